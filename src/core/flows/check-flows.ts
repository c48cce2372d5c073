/**
 * The checks that need a whole valid flow, or all of them: links between
 * nodes, reachability, loops without a way out, sub-flows, queues and fields
 * of the handoff file, articles, conditions and variables, translations.
 */
import type { Diagnostic, Severity } from '../diagnostics.ts';
import type { HandoffConfig } from '../handoff/config-schema.ts';
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import type { Flow, LocalizedText } from './schema.ts';
import type { YamlPath, YamlSourceMap } from './_yaml-source-map.ts';
import { checkConditions } from './_check-conditions.ts';
import { didYouMean, listWords, nearest } from './_did-you-mean.ts';
import { cycles, nodeLinks, reachable } from './_flow-graph.ts';
import { describePath } from './_yaml-paths.ts';

/** A flow that passed validation, with where it came from. */
export interface FlowToCheck {
  /** Project-relative path, e.g. `flows/internet-down.yaml`. */
  file: string;
  flow: Flow;
  map: YamlSourceMap;
}

/** What the checks know about the rest of the project. */
export interface FlowCheckContext {
  /** The id of every flow file (its name without extension), valid or not. */
  flowIds: ReadonlySet<string>;
  /** The handoff configuration, when content/handoff.yaml exists and is valid. */
  handoff?: HandoffConfig;
  /** True when content/handoff.yaml exists (even if it has errors of its own). */
  handoffExists: boolean;
  /** Every known article id. */
  articleIds: ReadonlySet<string>;
}

/** The first line every flow file should start with, so editors validate it as it is typed. */
export const SCHEMA_REF_LINE = '# yaml-language-server: $schema=../schema/flow.schema.json';

/** The id a flow file must have: its file name without `.yaml`. */
export function flowIdOfFile(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');
}

/** A `missing-schema-ref` warning when `text` does not start with `SCHEMA_REF_LINE`. */
export function checkSchemaRef(file: string, text: string): Diagnostic[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = body.slice(0, body.indexOf('\n') === -1 ? body.length : body.indexOf('\n')).trimEnd();
  if (first === SCHEMA_REF_LINE) return [];
  const other = /\$schema=(\S+)/.exec(first)?.[1];
  return [{
    file, line: 1, column: 1, severity: 'warning', code: 'missing-schema-ref',
    message: other ? `the schema reference points to "${other}", not to ../schema/flow.schema.json` : 'the file does not start with the schema reference line',
    hint: `Make the first line "${SCHEMA_REF_LINE}" so editors check the flow as you type.`,
  }];
}

const TEXT_KEYS = ['text', 'script', 'note', 'reason'] as const;

/** Every localised text of a flow with its path, in source order. */
function textsOf(flow: Flow): Array<{ text: LocalizedText; path: YamlPath }> {
  const out: Array<{ text: LocalizedText; path: YamlPath }> = [
    { text: flow.title, path: ['title'] },
    { text: flow.summary, path: ['summary'] },
  ];
  for (const [id, node] of Object.entries(flow.nodes)) {
    const record = node as Partial<Record<(typeof TEXT_KEYS)[number], LocalizedText>>;
    for (const key of TEXT_KEYS) {
      const text = record[key];
      if (text) out.push({ text, path: ['nodes', id, key] });
    }
    if (node.type === 'question') node.options.forEach((option, i) => out.push({ text: option.label, path: ['nodes', id, 'options', i, 'label'] }));
  }
  return out;
}

/** Checks one valid flow; `valid` holds every valid flow by id, for sub-flow targets. */
function checkFlow(entry: FlowToCheck, valid: ReadonlyMap<string, Flow>, context: FlowCheckContext, out: Diagnostic[]): void {
  const { file, flow, map } = entry;
  const push = (at: { line: number; column: number }, code: string, message: string, hint: string, severity: Severity = 'error'): void => {
    out.push({ file, line: at.line, column: at.column, severity, code, message, hint });
  };
  const ids = Object.keys(flow.nodes);
  const has = (id: string): boolean => Object.hasOwn(flow.nodes, id);
  const missingHint = (id: string): string => {
    const close = didYouMean(id, ids, '');
    if (close) return close;
    const known = ids.length <= 8 ? `one of ${listWords(ids)}` : `an existing id such as "${nearest(id, ids) ?? ''}"`;
    return `Add a node "${id}" under nodes:, or use ${known}.`;
  };

  const fileId = flowIdOfFile(file);
  if (flow.id !== fileId) {
    push(map.valueAt(['id']), 'id-mismatch', `id "${flow.id}" does not match the file name "${file.slice(file.lastIndexOf('/') + 1)}"`,
      `Change the id to "${fileId}", or rename the file to ${file.slice(0, file.lastIndexOf('/') + 1)}${flow.id}.yaml.`);
  }

  if (!has(flow.start)) push(map.valueAt(['start']), 'missing-node', `start "${flow.start}" does not exist`, missingHint(flow.start));
  const edges = new Map<string, string[]>();
  for (const [id, node] of Object.entries(flow.nodes)) {
    const targets: string[] = [];
    edges.set(id, targets);
    for (const link of nodeLinks(id, node)) {
      if (has(link.target)) {
        targets.push(link.target);
        continue;
      }
      const code = link.key === 'then' ? 'missing-subflow-node' : 'missing-node';
      push(map.valueAt(link.path), code, `${link.key} "${link.target}" of node "${id}" does not exist`, missingHint(link.target));
    }
    if (node.type === 'handoff') {
      const queues = context.handoff ? Object.keys(context.handoff.queues) : [];
      if (!context.handoffExists) {
        push(map.valueAt(['nodes', id, 'queue']), 'unknown-queue', `queue "${node.queue}" is not defined: there is no content/handoff.yaml`, 'Create content/handoff.yaml and define the queue under queues:.');
      } else if (context.handoff && !queues.includes(node.queue)) {
        push(map.valueAt(['nodes', id, 'queue']), 'unknown-queue', `queue "${node.queue}" is not defined in content/handoff.yaml`,
          didYouMean(node.queue, queues, `Add it under queues: in content/handoff.yaml, or use one of ${listWords(queues)}.`));
      }
      const fields = context.handoff ? Object.keys(context.handoff.fields) : [];
      (node.collect ?? []).forEach((field, i) => {
        if (!context.handoff || fields.includes(field)) return;
        push(map.valueAt(['nodes', id, 'collect', i]), 'unknown-field', `field "${field}" is not defined in content/handoff.yaml`,
          didYouMean(field, fields, `Add it under fields: in content/handoff.yaml, or use one of ${listWords(fields)}.`));
      });
    }
    if (node.type === 'subflow') {
      const target = valid.get(node.flow);
      if (!context.flowIds.has(node.flow)) {
        push(map.valueAt(['nodes', id, 'flow']), 'missing-flow', `flow "${node.flow}" does not exist`,
          didYouMean(node.flow, [...context.flowIds].sort(), `Create flows/${node.flow}.yaml, or go into an existing flow.`));
      } else if (target && node.start !== undefined && !Object.hasOwn(target.nodes, node.start)) {
        const targetIds = Object.keys(target.nodes);
        push(map.valueAt(['nodes', id, 'start']), 'missing-subflow-node', `start "${node.start}" does not exist in flow "${node.flow}"`,
          didYouMean(node.start, targetIds, `Use a node of flow "${node.flow}", or leave start out to begin at its start "${target.start}".`));
      }
    }
    for (const [i, article] of (('articles' in node ? node.articles : undefined) ?? []).entries()) {
      if (context.articleIds.has(article)) continue;
      push(map.valueAt(['nodes', id, 'articles', i]), 'missing-article', `article "${article}" does not exist`,
        didYouMean(article, [...context.articleIds].sort(), 'Write the article, or link to an existing article id (the key of its translations).'));
    }
  }

  if (has(flow.start)) {
    const reached = reachable([flow.start], edges);
    for (const id of ids) {
      if (!reached.has(id)) {
        push(map.keyAt(['nodes', id]), 'unreachable-node', `node "${id}" can never be reached from start "${flow.start}"`,
          'Lead to it from another node (an answer, outcome, case or then), or delete it.');
      }
    }
    // Walks end at resolutions, handoffs and sub-flows (which may end inside the sub-flow).
    const reverse = new Map<string, string[]>();
    for (const [from, targets] of edges) for (const target of targets) (reverse.get(target) ?? reverse.set(target, []).get(target)!).push(from);
    const exits = ids.filter((id) => ['resolution', 'handoff', 'subflow'].includes(flow.nodes[id]!.type));
    const canEnd = reachable(exits, reverse);
    const trapped = ids.filter((id) => reached.has(id) && !canEnd.has(id));
    for (const cycle of cycles(trapped, edges)) {
      const names = cycle.length > 6 ? [...cycle.slice(0, 5).map((n) => `"${n}"`), `${cycle.length - 5} more`] : cycle.map((n) => `"${n}"`);
      push(map.keyAt(['nodes', cycle[0]!]), 'inescapable-cycle',
        cycle.length === 1 ? `node "${cycle[0]}" leads only back to itself, never to a resolution or handoff` : `nodes ${listWords(names, 'and')} form a loop that never reaches a resolution or handoff`,
        'Give one of these nodes an answer or outcome that leads to a resolution or a handoff.');
    }
  }

  checkConditions(flow, map, push);

  const locales: Locale[] = flow.locales ?? (Object.keys(flow.title) as Locale[]);
  for (const { text, path } of textsOf(flow)) {
    if (!Object.hasOwn(text, DEFAULT_LOCALE)) {
      push(map.keyAt(path), 'missing-default-locale', `${describePath(path, 'the flow')} has no English (en) text`, 'Add en: "...": English is what every locale falls back to.');
    }
    const missing = locales.filter((locale) => locale !== DEFAULT_LOCALE && !Object.hasOwn(text, locale));
    if (missing.length) {
      push(map.keyAt(path), 'missing-translation', `${describePath(path, 'the flow')} is not translated into ${listWords(missing, 'and')}`,
        `Add ${missing.map((l) => `${l}: "..."`).join(', ')}; until then readers of ${missing.length === 1 ? 'that locale' : 'those locales'} see the English text.`, 'warning');
    }
  }
}

/** Flows that go into themselves through sub-flows (a → b → a), reported at each sub-flow node on the loop. */
function checkRecursion(flows: readonly FlowToCheck[], valid: ReadonlyMap<string, Flow>, out: Diagnostic[]): void {
  const edges = new Map<string, string[]>();
  for (const { file, flow } of flows) {
    const targets = Object.values(flow.nodes).flatMap((node) => (node.type === 'subflow' && valid.has(node.flow) ? [node.flow] : []));
    edges.set(flowIdOfFile(file), [...new Set(targets)]);
  }
  const loops = cycles(flows.map((f) => flowIdOfFile(f.file)), edges);
  const loopOf = new Map<string, Set<string>>();
  for (const loop of loops) for (const id of loop) loopOf.set(id, new Set(loop));
  for (const { file, flow, map } of flows) {
    const self = flowIdOfFile(file);
    const loop = loopOf.get(self);
    if (!loop) continue;
    for (const [id, node] of Object.entries(flow.nodes)) {
      if (node.type !== 'subflow' || !loop.has(node.flow)) continue;
      const chain = pathWithin(node.flow, self, edges, loop);
      const at = map.valueAt(['nodes', id, 'flow']);
      out.push({
        file, line: at.line, column: at.column, severity: 'error', code: 'recursive-subflow',
        message: `sub-flow "${node.flow}" leads back into this flow: ${[self, ...chain].join(' → ')}`,
        hint: 'A flow cannot go into itself, directly or through other flows; end that path with a resolution or a handoff instead.',
      });
    }
  }
}

/** The shortest chain of flow ids from `from` to `to` inside `loop`, both included. */
function pathWithin(from: string, to: string, edges: ReadonlyMap<string, string[]>, loop: ReadonlySet<string>): string[] {
  if (from === to) return [from];
  const previous = new Map<string, string>([[from, '']]);
  const queue = [from];
  for (let i = 0; i < queue.length && !previous.has(to); i++) {
    for (const next of edges.get(queue[i]!) ?? []) {
      if (!loop.has(next) || previous.has(next)) continue;
      previous.set(next, queue[i]!);
      queue.push(next);
    }
  }
  const chain = [to];
  for (let at = previous.get(to); at; at = previous.get(at)) chain.unshift(at);
  return chain;
}

/**
 * Runs every cross-node and cross-flow check on flows that passed
 * validation. Returns the diagnostics in no particular order.
 */
export function checkFlows(flows: readonly FlowToCheck[], context: FlowCheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const valid = new Map<string, Flow>();
  // Sub-flows name files (flows/<id>.yaml), so flows are known by file name here.
  for (const { file, flow } of flows) valid.set(flowIdOfFile(file), flow);
  for (const entry of flows) checkFlow(entry, valid, context, out);
  checkRecursion(flows, valid, out);
  return out;
}
