/**
 * Compiles checked flows into xstate v5 machine configs (plain JSON, see
 * machine-runtime.ts) plus per-locale text tables (see compiled-flow.ts).
 * Sub-flows are inlined; branches become eventless transitions; resolutions
 * and handoffs are tagged resting states, not final states, so BACK and
 * RESTART still work on them.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locales.ts';
import { parseCondition } from './condition.ts';
import type { CompiledFlow, CompiledOption, CompiledState, RestingKind, StateText } from './compiled-flow.ts';
import { inlineSubflows, type FlatFlow, type FlatState } from './inline-subflows.ts';
import {
  scopeOf,
  type ConditionAst,
  type FlowActionRef,
  type FlowMachineConfig,
  type FlowStateJson,
  type FlowTransitionJson,
} from './machine-runtime.ts';
import type { Flow, LocalizedText } from './schema.ts';
import { STEP_LABELS } from './step-labels.ts';

export type { CompiledFlow, CompiledState, StateText } from './compiled-flow.ts';
export { onlyLocale, stripAgentText, textFor } from './compiled-flow.ts';

/** Options of `compileFlow`. */
export interface CompileOptions {
  /** Locales to build text tables for (default: the flow's `locales`, else the locales of its title). */
  locales?: Locale[];
}

/**
 * Compiles flow `id`, inlining the sub-flows it goes into from `flows`.
 * The flows must have passed the checker: a dangling reference, a bad
 * condition or a flow that goes into itself throws, as a bug in the caller.
 */
export function compileFlow(id: string, flows: ReadonlyMap<string, Flow>, options: CompileOptions = {}): CompiledFlow {
  const flat = inlineSubflows(id, flows);
  const root = flows.get(id) as Flow;
  const locales = options.locales ?? root.locales ?? LOCALES.filter((l) => root.title[l] !== undefined);
  const states: Record<string, CompiledState> = {};
  for (const state of flat.states.values()) {
    if (state.node.type !== 'branch') states[state.id] = describeState(state, state.node.type);
  }
  const text: CompiledFlow['text'] = {};
  const title: CompiledFlow['title'] = {};
  const summary: CompiledFlow['summary'] = {};
  for (const locale of locales) {
    text[locale] = textTable(flat, locale);
    title[locale] = pick(root.title, locale)?.value ?? root.id;
    summary[locale] = pick(root.summary, locale)?.value ?? '';
  }
  return {
    id,
    version: root.version,
    start: flat.start,
    locales: [...locales],
    machine: buildMachine(id, root.version, flat),
    states,
    text,
    title,
    summary,
    tags: [...(root.tags ?? [])],
    keywords: structuredClone(root.keywords ?? {}),
  };
}

/** Compiles every flow in `flows`, keyed by flow id. */
export function compileFlows(flows: ReadonlyMap<string, Flow>, options: CompileOptions = {}): Map<string, CompiledFlow> {
  return new Map([...flows.keys()].map((id) => [id, compileFlow(id, flows, options)]));
}

function describeState(state: FlatState, kind: RestingKind): CompiledState {
  const { node } = state;
  const options: CompiledOption[] = [];
  if (node.type === 'question') {
    node.options.forEach((option, index) => {
      const next = state.targets[index] as string;
      options.push(option.when === undefined ? { next } : { next, when: condition(option.when) });
    });
  } else if (node.type === 'step') {
    options.push(...state.targets.map((next) => ({ next })));
  }
  const described: CompiledState = { kind, flow: state.flow.id, node: state.nodeId, options, articles: [] };
  if (node.type !== 'branch') described.articles = [...(node.articles ?? [])];
  if (node.type === 'handoff') {
    described.queue = node.queue;
    if (node.collect) described.collect = [...node.collect];
  }
  return described;
}

function buildMachine(id: string, version: number, flat: FlatFlow): FlowMachineConfig {
  const predecessors = restingPredecessors(flat);
  const states: Record<string, FlowStateJson> = {};
  for (const state of flat.states.values()) {
    const { node } = state;
    const scope = scopeOf(state.id);
    const json: FlowStateJson = { meta: { kind: node.type, flow: state.flow.id, node: state.nodeId } };
    if (node.type === 'question' || node.type === 'step') {
      const conditions = node.type === 'question' ? node.options.map((o) => o.when) : [];
      const sets = node.type === 'question' ? node.options.map((o) => o.set) : [];
      json.on = {
        CHOOSE: state.targets.map((target, index) => {
          const when = conditions[index];
          const set = sets[index];
          const actions: FlowActionRef[] = [{ type: 'record', params: { state: state.id, index } }];
          if (set && Object.keys(set).length > 0) actions.push({ type: 'assign', params: { set: namespaced(set, scope) } });
          return {
            guard: {
              type: 'choice',
              params: { index, ...(when === undefined ? {} : { when: condition(when) }), ...(scope ? { scope } : {}) },
            },
            target,
            actions,
          };
        }),
      };
    } else if (node.type === 'branch') {
      json.always = [
        ...node.cases.map((c, index) => ({
          guard: { type: 'cond' as const, params: { ast: condition(c.when), ...(scope ? { scope } : {}) } },
          target: state.targets[index] as string,
        })),
        { target: state.targets.at(-1) as string },
      ];
    } else {
      json.tags = ['terminal', node.type === 'resolution' ? 'resolved' : 'handoff'];
      if (node.type === 'handoff') json.meta.queue = node.queue;
    }
    const back = predecessors.get(state.id);
    if (back && back.length > 0) {
      const transitions: FlowTransitionJson[] = back.map((p) => ({
        guard: { type: 'cameFrom', params: { state: p } },
        target: p,
        actions: 'undo',
      }));
      json.on = { ...json.on, BACK: transitions };
    }
    states[state.id] = json;
  }
  return {
    id,
    version: String(version),
    initial: flat.start,
    context: { vars: {}, trail: [] },
    on: { RESTART: { target: `.${flat.start}`, actions: 'reset' } },
    states,
  };
}

/**
 * For each resting state, the resting states a single answer can come from,
 * looking through branches (which are passed without resting).
 */
function restingPredecessors(flat: FlatFlow): Map<string, string[]> {
  const result = new Map<string, string[]>();
  const isBranch = (id: string) => flat.states.get(id)?.node.type === 'branch';
  for (const from of flat.states.values()) {
    if (from.node.type !== 'question' && from.node.type !== 'step') continue;
    const seen = new Set<string>();
    const stack = [...from.targets];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (seen.has(next)) continue;
      seen.add(next);
      if (isBranch(next)) {
        stack.push(...(flat.states.get(next)?.targets ?? []));
        continue;
      }
      const list = result.get(next) ?? [];
      if (!list.includes(from.id)) list.push(from.id);
      result.set(next, list);
    }
  }
  return result;
}

function namespaced(set: Record<string, string>, scope: string): Record<string, string> {
  return Object.fromEntries(Object.entries(set).map(([name, value]) => [scope + name, value]));
}

function condition(source: string): ConditionAst {
  const parsed = parseCondition(source);
  if (!parsed.ok) throw new Error(`Cannot compile condition ${JSON.stringify(source)}: it did not pass the checker.`);
  return parsed.ast;
}

function pick(text: LocalizedText | undefined, locale: Locale): { value: string; fallback: boolean } | undefined {
  if (!text) return undefined;
  const own = text[locale];
  if (own !== undefined) return { value: own, fallback: false };
  const value = text[DEFAULT_LOCALE] ?? Object.values(text)[0];
  return value === undefined ? undefined : { value, fallback: true };
}

function textTable(flat: FlatFlow, locale: Locale): Record<string, StateText> {
  const table: Record<string, StateText> = {};
  for (const { id, node } of flat.states.values()) {
    if (node.type === 'branch') continue;
    let fallback = false;
    const resolve = (t: LocalizedText | undefined) => {
      const picked = pick(t, locale);
      if (picked?.fallback) fallback = true;
      return picked?.value;
    };
    const entry: StateText = { text: resolve(node.text) ?? '', options: [] };
    if (node.type === 'question') entry.options = node.options.map((o) => resolve(o.label) ?? '');
    if (node.type === 'step') entry.options = [...STEP_LABELS[locale]];
    const script = resolve(node.script);
    const note = resolve(node.note);
    const reason = node.type === 'handoff' ? resolve(node.reason) : undefined;
    if (script !== undefined) entry.script = script;
    if (note !== undefined) entry.note = note;
    if (reason !== undefined) entry.reason = reason;
    if (fallback) entry.fallback = true;
    table[id] = entry;
  }
  return table;
}
