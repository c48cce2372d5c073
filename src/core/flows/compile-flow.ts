/**
 * Compiles checked flows into xstate v5 machine configs (plain JSON, see
 * machine-runtime.ts) plus per-locale text tables (see compiled-flow.ts).
 * Sub-flows are inlined; branches become eventless transitions; resolutions
 * and handoffs are tagged resting states, not final states, so BACK and
 * RESTART still work on them.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locales.ts';
import { conditionOf } from './condition.ts';
import type { CompiledFlow, CompiledOption, CompiledState, RestingKind, StateText } from './compiled-flow.ts';
import { inlineSubflows, type FlatState } from './inline-subflows.ts';
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
  const list = [...flat.states.values()];
  const states: Record<string, CompiledState> = {};
  for (let n = 0; n < list.length; n++) {
    const state = list[n]!;
    if (state.node.type !== 'branch') states[state.id] = describeState(state, state.node.type);
  }
  const text: CompiledFlow['text'] = {};
  const title: CompiledFlow['title'] = {};
  const summary: CompiledFlow['summary'] = {};
  for (const locale of locales) {
    text[locale] = textTable(list, locale);
    title[locale] = pick(root.title, locale)?.value ?? root.id;
    summary[locale] = pick(root.summary, locale)?.value ?? '';
  }
  return {
    id,
    version: root.version,
    start: flat.start,
    locales: [...locales],
    machine: buildMachine(id, root.version, flat.start, list),
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
      options.push(option.when === undefined ? { next } : { next, when: condition(option) });
    });
  } else if (node.type === 'step') {
    for (const next of state.targets) options.push({ next });
  }
  const described: CompiledState = { kind, flow: state.flow.id, node: state.nodeId, options, articles: [] };
  if (node.type !== 'branch') described.articles = [...(node.articles ?? [])];
  if (node.type === 'handoff') {
    described.queue = node.queue;
    if (node.collect) described.collect = [...node.collect];
  }
  return described;
}

function buildMachine(id: string, version: number, start: string, list: readonly FlatState[]): FlowMachineConfig {
  const predecessors = restingPredecessors(list);
  const states: Record<string, FlowStateJson> = {};
  for (let n = 0; n < list.length; n++) {
    const state = list[n]!;
    const { node } = state;
    const scope = scopeOf(state.id);
    const json: FlowStateJson = { meta: { kind: node.type, flow: state.flow.id, node: state.nodeId } };
    if (node.type === 'question' || node.type === 'step') {
      const options = node.type === 'question' ? node.options : undefined;
      json.on = {
        CHOOSE: state.targets.map((target, index) => {
          const option = options?.[index];
          const set = option?.set;
          const actions: FlowActionRef[] = [{ type: 'record', params: { state: state.id, index } }];
          if (set && Object.keys(set).length > 0) actions.push({ type: 'assign', params: { set: namespaced(set, scope) } });
          const params: { index: number; when?: ConditionAst; scope?: string } = { index };
          if (option?.when !== undefined) params.when = condition(option);
          if (scope) params.scope = scope;
          return { guard: { type: 'choice', params }, target, actions };
        }),
      };
    } else if (node.type === 'branch') {
      json.always = node.cases.map((c, index) => {
        const params: { ast: ConditionAst; scope?: string } = { ast: condition(c) };
        if (scope) params.scope = scope;
        return { guard: { type: 'cond' as const, params }, target: state.targets[index] as string };
      });
      json.always.push({ target: state.targets.at(-1) as string });
    } else {
      json.tags = ['terminal', node.type === 'resolution' ? 'resolved' : 'handoff'];
      if (node.type === 'handoff') json.meta.queue = node.queue;
    }
    const back = predecessors[n];
    if (back !== undefined) {
      const transitions: FlowTransitionJson[] = back.map((p) => ({
        guard: { type: 'cameFrom', params: { state: p } },
        target: p,
        actions: 'undo',
      }));
      if (json.on) json.on.BACK = transitions;
      else json.on = { BACK: transitions };
    }
    states[state.id] = json;
  }
  return {
    id,
    version: String(version),
    initial: start,
    context: { vars: {}, trail: [] },
    on: { RESTART: { target: `.${start}`, actions: 'reset' } },
    states,
  };
}

/**
 * For each state of `list` (by position), the resting states a single answer
 * can come from, looking through branches (which are passed without resting);
 * undefined when there are none.
 */
function restingPredecessors(list: readonly FlatState[]): Array<string[] | undefined> {
  const numberOf = new Map<string, number>();
  for (let n = 0; n < list.length; n++) numberOf.set(list[n]!.id, n);
  const result: Array<string[] | undefined> = new Array(list.length);
  // seen[n] === from + 1 when state n was already visited from state `from`.
  const seen = new Int32Array(list.length);
  const stack: number[] = [];
  for (let from = 0; from < list.length; from++) {
    const { node, id, targets } = list[from]!;
    if (node.type !== 'question' && node.type !== 'step') continue;
    for (let k = 0; k < targets.length; k++) stack.push(numberOf.get(targets[k]!)!);
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (seen[next] === from + 1) continue;
      seen[next] = from + 1;
      const state = list[next]!;
      if (state.node.type === 'branch') {
        for (let k = 0; k < state.targets.length; k++) stack.push(numberOf.get(state.targets[k]!)!);
        continue;
      }
      // Each state is visited once per `from`, so `id` is added once.
      (result[next] ??= []).push(id);
    }
  }
  return result;
}

function namespaced(set: Record<string, string>, scope: string): Record<string, string> {
  return Object.fromEntries(Object.entries(set).map(([name, value]) => [scope + name, value]));
}

/** The parsed `when` of an answer or case; the checker has usually parsed it already (see `conditionOf`). */
function condition(holder: { when?: string | undefined }): ConditionAst {
  const parsed = conditionOf(holder);
  if (!parsed?.ok) throw new Error(`Cannot compile condition ${JSON.stringify(holder.when)}: it did not pass the checker.`);
  return parsed.ast;
}

function pick(text: LocalizedText | undefined, locale: Locale): { value: string; fallback: boolean } | undefined {
  if (!text) return undefined;
  const own = text[locale];
  if (own !== undefined) return { value: own, fallback: false };
  const value = text[DEFAULT_LOCALE] ?? Object.values(text)[0];
  return value === undefined ? undefined : { value, fallback: true };
}

function textTable(list: readonly FlatState[], locale: Locale): Record<string, StateText> {
  const table: Record<string, StateText> = {};
  let fallback = false;
  // `pick` without an object per text: most texts exist in the locale.
  const resolve = (t: LocalizedText | undefined): string | undefined => {
    if (!t) return undefined;
    const own = t[locale];
    if (own !== undefined) return own;
    const value = t[DEFAULT_LOCALE] ?? Object.values(t)[0];
    if (value !== undefined) fallback = true;
    return value;
  };
  for (let n = 0; n < list.length; n++) {
    const { id, node } = list[n]!;
    if (node.type === 'branch') continue;
    fallback = false;
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
