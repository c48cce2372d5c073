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
import { cycles, linkCount, linkTarget, nodeLinks, nodeListOf, reachableFrom, reverseGraph, type NodeList, type NumberedGraph } from './_flow-graph.ts';
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
/** Node types where a walk ends (a sub-flow may end inside the sub-flow). */
const EXIT_TYPES: ReadonlySet<string> = new Set(['resolution', 'handoff', 'subflow']);

/** What every flow's checks share: the handoff file's ids, read once. */
interface SharedContext {
  queues: string[];
  fields: string[];
}

/** Where a localised text is: the flow's title or summary, a text of node `id`, or the label of its answer `option`. */
interface TextPlace {
  id?: string;
  key: 'title' | 'summary' | (typeof TEXT_KEYS)[number] | 'label';
  option?: number;
}

function pathOfText(place: TextPlace): YamlPath {
  if (place.id === undefined) return [place.key];
  return place.option === undefined ? ['nodes', place.id, place.key] : ['nodes', place.id, 'options', place.option, 'label'];
}

/**
 * Calls `visit` with every localised text of a flow, in source order. The
 * place object is reused: paths are made only for texts with a problem.
 */
function forEachText(flow: Flow, { ids, nodes }: NodeList, visit: (text: LocalizedText, place: TextPlace) => void): void {
  const place: TextPlace = { key: 'title' };
  visit(flow.title, place);
  place.key = 'summary';
  visit(flow.summary, place);
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n]!;
    place.id = ids[n]!;
    place.option = undefined;
    const record = node as Partial<Record<(typeof TEXT_KEYS)[number], LocalizedText>>;
    for (let k = 0; k < TEXT_KEYS.length; k++) {
      const key = TEXT_KEYS[k]!;
      const text = record[key];
      place.key = key;
      if (text) visit(text, place);
    }
    if (node.type === 'question') {
      const { options } = node;
      place.key = 'label';
      for (let i = 0; i < options.length; i++) {
        place.option = i;
        visit(options[i]!.label, place);
      }
    }
  }
}

/** Checks one valid flow; `valid` holds every valid flow by id, for sub-flow targets. */
function checkFlow(entry: FlowToCheck, list: NodeList, valid: ReadonlyMap<string, Flow>, context: FlowCheckContext, shared: SharedContext, out: Diagnostic[]): void {
  const { file, flow, map } = entry;
  const { ids, nodes } = list;
  const push = (at: { line: number; column: number }, code: string, message: string, hint: string, severity: Severity = 'error'): void => {
    out.push({ file, line: at.line, column: at.column, severity, code, message, hint });
  };
  // Nodes are numbered in source order; the graph checks work on the numbers.
  const count = nodes.length;
  const numberOf = new Map<string, number>();
  for (let i = 0; i < count; i++) numberOf.set(ids[i]!, i);
  const has = (id: string): boolean => numberOf.has(id);
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
  // The nodes each node links to (by number, repeats kept), in link order.
  const offsets = new Int32Array(count + 1);
  const links: number[] = [];
  for (let n = 0; n < count; n++) {
    const id = ids[n]!;
    const node = nodes[n]!;
    const linkTotal = linkCount(node);
    offsets[n] = links.length;
    for (let k = 0; k < linkTotal; k++) {
      const target = numberOf.get(linkTarget(node, k));
      if (target !== undefined) {
        links.push(target);
        continue;
      }
      const link = nodeLinks(id, node)[k]!;
      const code = link.key === 'then' ? 'missing-subflow-node' : 'missing-node';
      push(map.valueAt(link.path), code, `${link.key} "${link.target}" of node "${id}" does not exist`, missingHint(link.target));
    }
    if (node.type === 'handoff') {
      const { queues, fields } = shared;
      if (!context.handoffExists) {
        push(map.valueAt(['nodes', id, 'queue']), 'unknown-queue', `queue "${node.queue}" is not defined: there is no content/handoff.yaml`, 'Create content/handoff.yaml and define the queue under queues:.');
      } else if (context.handoff && !queues.includes(node.queue)) {
        push(map.valueAt(['nodes', id, 'queue']), 'unknown-queue', `queue "${node.queue}" is not defined in content/handoff.yaml`,
          didYouMean(node.queue, queues, `Add it under queues: in content/handoff.yaml, or use one of ${listWords(queues)}.`));
      }
      const collect = node.collect ?? [];
      for (let i = 0; i < collect.length; i++) {
        const field = collect[i]!;
        if (!context.handoff || fields.includes(field)) continue;
        push(map.valueAt(['nodes', id, 'collect', i]), 'unknown-field', `field "${field}" is not defined in content/handoff.yaml`,
          didYouMean(field, fields, `Add it under fields: in content/handoff.yaml, or use one of ${listWords(fields)}.`));
      }
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
    const articles = 'articles' in node ? node.articles : undefined;
    if (articles) {
      for (let i = 0; i < articles.length; i++) {
        const article = articles[i]!;
        if (context.articleIds.has(article)) continue;
        push(map.valueAt(['nodes', id, 'articles', i]), 'missing-article', `article "${article}" does not exist`,
          didYouMean(article, [...context.articleIds].sort(), 'Write the article, or link to an existing article id (the key of its translations).'));
      }
    }
  }

  offsets[count] = links.length;
  const graph: NumberedGraph = { offsets, targets: Int32Array.from(links) };

  const start = numberOf.get(flow.start);
  if (start !== undefined) {
    const reached = reachableFrom([start], graph);
    for (let n = 0; n < count; n++) {
      if (!reached[n]) {
        push(map.keyAt(['nodes', ids[n]!]), 'unreachable-node', `node "${ids[n]}" can never be reached from start "${flow.start}"`,
          'Lead to it from another node (an answer, outcome, case or then), or delete it.');
      }
    }
    // Walks end at resolutions, handoffs and sub-flows (which may end inside the sub-flow).
    const exits: number[] = [];
    for (let n = 0; n < count; n++) if (EXIT_TYPES.has(nodes[n]!.type)) exits.push(n);
    const canEnd = reachableFrom(exits, reverseGraph(graph));
    const trapped: string[] = [];
    for (let n = 0; n < count; n++) if (reached[n] && !canEnd[n]) trapped.push(ids[n]!);
    if (trapped.length > 0) {
      const successors = (n: number): string[] => [...graph.targets.subarray(offsets[n], offsets[n + 1])].map((target) => ids[target]!);
      const named = new Map(trapped.map((id) => [id, successors(numberOf.get(id)!)]));
      for (const cycle of cycles(trapped, named)) {
        const names = cycle.length > 6 ? [...cycle.slice(0, 5).map((n) => `"${n}"`), `${cycle.length - 5} more`] : cycle.map((n) => `"${n}"`);
        push(map.keyAt(['nodes', cycle[0]!]), 'inescapable-cycle',
          cycle.length === 1 ? `node "${cycle[0]}" leads only back to itself, never to a resolution or handoff` : `nodes ${listWords(names, 'and')} form a loop that never reaches a resolution or handoff`,
          'Give one of these nodes an answer or outcome that leads to a resolution or a handoff.');
      }
    }
  }

  checkConditions(flow, map, push, list);

  const locales: Locale[] = flow.locales ?? (Object.keys(flow.title) as Locale[]);
  const translated = locales.filter((locale) => locale !== DEFAULT_LOCALE);
  forEachText(flow, list, (text, place) => {
    const hasDefault = Object.hasOwn(text, DEFAULT_LOCALE);
    let missing: Locale[] | undefined;
    for (let l = 0; l < translated.length; l++) if (!Object.hasOwn(text, translated[l]!)) (missing ??= []).push(translated[l]!);
    if (hasDefault && !missing) return;
    const path = pathOfText(place);
    if (!hasDefault) {
      push(map.keyAt(path), 'missing-default-locale', `${describePath(path, 'the flow')} has no English (en) text`, 'Add en: "...": English is what every locale falls back to.');
    }
    if (missing) {
      push(map.keyAt(path), 'missing-translation', `${describePath(path, 'the flow')} is not translated into ${listWords(missing, 'and')}`,
        `Add ${missing.map((l) => `${l}: "..."`).join(', ')}; until then readers of ${missing.length === 1 ? 'that locale' : 'those locales'} see the English text.`, 'warning');
    }
  });
}

/** Flows that go into themselves through sub-flows (a → b → a), reported at each sub-flow node on the loop. */
function checkRecursion(flows: readonly FlowToCheck[], nodeLists: readonly NodeList[], valid: ReadonlyMap<string, Flow>, out: Diagnostic[]): void {
  const edges = new Map<string, string[]>();
  flows.forEach(({ file }, f) => {
    const targets = new Set<string>();
    const { nodes } = nodeLists[f]!;
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n]!;
      if (node.type === 'subflow' && valid.has(node.flow)) targets.add(node.flow);
    }
    edges.set(flowIdOfFile(file), [...targets]);
  });
  const loops = cycles(flows.map((f) => flowIdOfFile(f.file)), edges);
  const loopOf = new Map<string, Set<string>>();
  for (const loop of loops) for (const id of loop) loopOf.set(id, new Set(loop));
  flows.forEach(({ file, map }, f) => {
    const self = flowIdOfFile(file);
    const loop = loopOf.get(self);
    if (!loop) return;
    const { ids, nodes } = nodeLists[f]!;
    for (let n = 0; n < nodes.length; n++) {
      const id = ids[n]!;
      const node = nodes[n]!;
      if (node.type !== 'subflow' || !loop.has(node.flow)) continue;
      const chain = pathWithin(node.flow, self, edges, loop);
      const at = map.valueAt(['nodes', id, 'flow']);
      out.push({
        file, line: at.line, column: at.column, severity: 'error', code: 'recursive-subflow',
        message: `sub-flow "${node.flow}" leads back into this flow: ${[self, ...chain].join(' → ')}`,
        hint: 'A flow cannot go into itself, directly or through other flows; end that path with a resolution or a handoff instead.',
      });
    }
  });
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
  // Each flow's node list is made once, for all the checks.
  const nodeLists: NodeList[] = flows.map(({ flow }) => nodeListOf(flow.nodes));
  const shared: SharedContext = {
    queues: context.handoff ? Object.keys(context.handoff.queues) : [],
    fields: context.handoff ? Object.keys(context.handoff.fields) : [],
  };
  flows.forEach((entry, f) => checkFlow(entry, nodeLists[f]!, valid, context, shared, out));
  checkRecursion(flows, nodeLists, valid, out);
  return out;
}
