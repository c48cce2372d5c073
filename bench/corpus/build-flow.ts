/**
 * Builds one generated troubleshooting flow: a tree grown breadth-first to a
 * target size from questions, steps, branches and sub-flows, whose leaves are
 * resolutions, handoffs and sub-flows. Answers set at most two variables of
 * two or three values, and later branches and answers read only variables an
 * earlier answer on the same path may have set, so the (node, variables)
 * pairs a static site prerenders stay few. Internal to generate-flows.ts.
 */
import type { ArticleCategory } from '../../src/core/content/article-schema.ts';
import type { FlowInput } from '../../src/core/flows/schema.ts';
import { DEFAULT_LOCALE, type Locale } from '../../src/core/locales.ts';
import { TAGS, type TextWriter } from './generate-corpus.ts';
import { BUSINESS_QUEUE, EXTRA_FIELDS, QUEUE_OF_CATEGORY, type GeneratedQueue } from './generate-handoff.ts';

type NodeInput = FlowInput['nodes'][string];
type Text = Partial<Record<Locale, string>>;

/** A flow another flow may go into, and the nodes a sub-flow may start at. */
export interface SubflowTarget {
  id: string;
  entries: readonly string[];
}

/** What `buildFlow` needs. */
export interface BuildFlowInput {
  id: string;
  category: ArticleCategory;
  next: () => number;
  /** The flow's locales, the default first. */
  locales: readonly Locale[];
  /** A writer per locale of the flow, on the flow's topic. */
  writers: ReadonlyMap<Locale, TextWriter>;
  /** Public article keys nodes may cite. */
  articleKeys: readonly string[];
  /** Flows this one may go into; empty for none. */
  subflowTargets: readonly SubflowTarget[];
  /** A shared procedure that other flows go into: 10–25 nodes and at most one variable, so the flows that inline it stay small. */
  shared?: boolean;
}

/** A built flow and the nodes other flows' sub-flows may start at. */
export interface BuiltFlow {
  flow: FlowInput;
  entries: string[];
}

interface Variable {
  name: string;
  values: readonly string[];
  description: string;
}

const VARIABLES: readonly Variable[] = [
  { name: 'customer', values: ['private', 'business'], description: 'Home or business subscription; business customers go to business support.' },
  { name: 'line-type', values: ['fibre', 'dsl', 'cable'], description: 'How the address is connected. Not set when the customer does not know.' },
  { name: 'device', values: ['phone', 'laptop', 'tablet'], description: 'The device with the problem.' },
  { name: 'plan', values: ['prepaid', 'postpaid'], description: 'How the subscription is paid.' },
  { name: 'payment', values: ['card', 'invoice', 'direct-debit'], description: 'How the customer pays.' },
  { name: 'where', values: ['home', 'abroad'], description: 'Where the customer is.' },
  { name: 'os', values: ['android', 'ios'], description: 'The phone\'s operating system.' },
];

/** A place a node must be made for: the links to set to its id, and the variables answers before it may have set. */
interface Slot {
  link: (id: string) => void;
  known: readonly string[];
}

/** Builds the flow. Deterministic for the same input and `next`. */
export function buildFlow(input: BuildFlowInput): BuiltFlow {
  const { next, locales, writers, articleKeys, subflowTargets } = input;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const en = writers.get(DEFAULT_LOCALE)!;
  const queue: GeneratedQueue = QUEUE_OF_CATEGORY[input.category];
  // One flow in ten is still being translated: each translated text may be missing.
  const partial = next() < 0.1;

  const text = (min: number, max: number, topical = 0.3, end = '.', complete = false): Text => {
    const out: Text = {};
    for (const locale of locales) {
      const sentence = `${writers.get(locale)!.sentence(min, max, topical)}${end}`;
      if (locale === DEFAULT_LOCALE || complete || !partial || next() >= 0.1) out[locale] = sentence;
    }
    return out;
  };
  const paragraph = (sentences: number, end = '.'): Text => {
    const parts = Array.from({ length: sentences }, (_, i) => text(5, 14, 0.3, i === sentences - 1 ? end : '.'));
    const out: Text = {};
    for (const locale of locales) {
      const own = parts.map((p) => p[locale]);
      if (own.every((s) => s !== undefined)) out[locale] = own.join(' ');
    }
    return out;
  };

  const chosen: Variable[] = [];
  const roll = next();
  const wanted = Math.min(roll < 0.3 ? 0 : roll < 0.75 ? 1 : 2, input.shared ? 1 : 2);
  if (wanted > 0 && next() < 0.4) chosen.push(VARIABLES[0]!);
  while (chosen.length < wanted) {
    const v = pick(VARIABLES);
    if (!chosen.includes(v)) chosen.push(v);
  }
  const variable = (name: string): Variable => chosen.find((v) => v.name === name)!;

  const nodes: Record<string, NodeInput> = {};
  const used = new Set<string>();
  const resolutions: string[] = [];
  const handoffs: string[] = [];
  const entries: string[] = [];
  const setVariables = new Set<string>();
  let start = '';
  let created = 0;
  let subflows = subflowTargets.length > 0 ? (next() < 0.2 ? 2 : 1) : 0;
  // At most 58: the end may add one node for a sub-flow's `then` and one for a step's second outcome.
  const target = 10 + Math.floor(next() * (input.shared ? 16 : 49));
  const pending: Slot[] = [{ link: (id) => (start = id), known: [] }];

  const nodeId = (prefix: string): string => {
    const words = [prefix, pick(en.topic), ...(next() < 0.4 ? [pick(en.topic)] : [])];
    const base = [...new Set(words)].join('-');
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const add = (id: string, node: NodeInput, slot: Slot): string => {
    nodes[id] = node;
    created++;
    slot.link(id);
    return id;
  };
  /** Representative-only text and article links, on about half the shown nodes. */
  const extras = () => ({
    ...(next() < 0.5 ? { script: text(6, 16) } : {}),
    ...(next() < 0.25 ? { note: paragraph(1 + Math.floor(next() * 2)) } : {}),
    ...(articleKeys.length > 0 && next() < 0.3 ? { articles: [...new Set([pick(articleKeys), pick(articleKeys)])].slice(0, 1 + Math.floor(next() * 2)) } : {}),
  });
  const condition = (known: readonly string[]): string => {
    const v = variable(pick(known));
    const value = pick(v.values);
    const r = next();
    const other = known.find((name) => name !== v.name);
    if (other && r < 0.25) {
      const o = variable(other);
      return `${v.name} == "${value}" and ${next() < 0.5 ? `${o.name} != "${pick(o.values)}"` : `${o.name} is set`}`;
    }
    if (r < 0.35 && v.values.length >= 3) return `${v.name} in ["${v.values[0]}", "${v.values[1]}"]`;
    if (r < 0.45) return `${v.name} != "${value}"`;
    if (r < 0.5) return `not (${v.name} == "${value}")`;
    return `${v.name} == "${value}"`;
  };

  const resolution = (slot: Slot): void => {
    resolutions.push(add(nodeId('fixed'), { type: 'resolution', text: paragraph(1 + Math.floor(next() * 3)), ...extras() }, slot));
  };
  const handoff = (slot: Slot, to: GeneratedQueue = queue): void => {
    const collect = [...to.fields];
    for (let i = Math.floor(next() * 3); i > 0; i--) {
      const field = pick(EXTRA_FIELDS);
      if (!collect.includes(field)) collect.push(field);
    }
    const node: NodeInput = {
      type: 'handoff',
      queue: to.id,
      collect,
      text: paragraph(2),
      ...extras(),
      ...(next() < 0.7 ? { reason: text(4, 9, 0.5, '') } : {}),
    };
    handoffs.push(add(nodeId(to === queue ? 'handoff' : 'business'), node, slot));
  };
  /** A sub-flow; it continues here (`then`) when other slots may still grow, and always when none is waiting. */
  const subflow = (slot: Slot, room: number): void => {
    subflows--;
    const into = pick(subflowTargets);
    const node = {
      type: 'subflow' as const,
      flow: into.id,
      ...(into.entries.length > 0 && next() < 0.25 ? { start: pick(into.entries) } : {}),
      ...(next() < 0.3 ? { note: text(6, 14) } : {}),
    } as Extract<NodeInput, { type: 'subflow' }>;
    add(nodeId('go'), node, slot);
    if (pending.length === 0 || (room >= 1 && next() < 0.7)) pending.push({ link: (id) => (node.then = id), known: slot.known });
  };
  /** A question whose answers store `v`, plus "not sure" that stores nothing; answers share one next node when room is short. */
  const setter = (slot: Slot, v: Variable, room: number): void => {
    setVariables.add(v.name);
    const options = v.values.map((value) => ({ label: text(1, 4, 0.5, ''), next: '', set: { [v.name]: value } as Record<string, string> }));
    const unsure = next() < 0.5 ? [{ label: text(2, 4, 0.2, ''), next: '' }] : [];
    const all: Array<{ label: Text; next: string; set?: Record<string, string> }> = [...options, ...unsure];
    const id = add(nodeId('ask'), { type: 'question', text: text(6, 14, 0.4, '?'), ...extras(), options: all }, slot);
    entries.push(id);
    const known = [...slot.known, v.name];
    if (room >= all.length && next() < 0.6) for (const option of all) pending.push({ link: (to) => (option.next = to), known });
    else pending.push({ link: (to) => all.forEach((option) => (option.next = to)), known });
  };
  const question = (slot: Slot, room: number): void => {
    const count = Math.min(room, 2 + Math.floor(next() ** 1.5 * 4));
    const options: Array<{ label: Text; next: string; when?: string }> = Array.from({ length: count }, () => ({ label: text(1, 5, 0.5, ''), next: '' }));
    // At most one answer is conditional, so some answer always shows.
    if (count >= 3 && slot.known.length > 0 && next() < 0.3) options[count - 1]!.when = condition(slot.known);
    const id = add(nodeId('ask'), { type: 'question', text: text(6, 16, 0.4, '?'), ...extras(), options }, slot);
    entries.push(id);
    for (const option of options) pending.push({ link: (to) => (option.next = to), known: slot.known });
  };
  const step = (slot: Slot, room: number): void => {
    const reuse = resolutions.length > 0 && (room < 2 || next() < 0.4);
    const outcomes = { fixed: reuse ? pick(resolutions) : '', 'not-fixed': '' };
    const id = add(nodeId(pick(['try', 'check', 'restart'])), { type: 'step', text: paragraph(1 + Math.floor(next() * 2)), ...extras(), outcomes }, slot);
    entries.push(id);
    if (!reuse) pending.push({ link: (to) => (outcomes.fixed = to), known: slot.known });
    pending.push({ link: (to) => (outcomes['not-fixed'] = to), known: slot.known });
  };
  const branch = (slot: Slot, room: number): void => {
    const v = variable(pick(slot.known));
    const count = Math.max(1, Math.min(room - 1, v.values.length - 1, 1 + Math.floor(next() * 2)));
    const cases = v.values.slice(0, count).map((value, i) => ({
      when: i === 0 && next() < 0.4 ? condition(slot.known) : `${v.name} == "${value}"`,
      next: '',
    }));
    const node = { type: 'branch' as const, cases, otherwise: '', ...(next() < 0.3 ? { note: text(6, 14) } : {}) };
    add(nodeId('route'), node, slot);
    for (const c of cases) pending.push({ link: (to) => (c.next = to), known: slot.known });
    pending.push({ link: (to) => (node.otherwise = to), known: slot.known });
  };
  /** Business customers to business support, everyone else to the flow's own queue. */
  const routeHandoff = (slot: Slot): void => {
    const node = { type: 'branch' as const, cases: [{ when: 'customer == "business"', next: '' }], otherwise: '' };
    add(nodeId('route'), node, slot);
    handoff({ link: (to) => (node.cases[0]!.next = to), known: slot.known }, BUSINESS_QUEUE);
    handoff({ link: (to) => (node.otherwise = to), known: slot.known });
  };

  const terminal = (slot: Slot): void => {
    if (subflows > 0) return subflow(slot, 0);
    if ((handoffs.length === 0 && pending.length === 0) || next() < 0.35) return handoff(slot);
    resolution(slot);
  };
  while (pending.length > 0) {
    const slot = pending.shift()!;
    // Nodes that may still be added beyond one for this slot and one for each slot waiting.
    const room = target - (created + pending.length + 1);
    if (created === 0 && chosen.length > 0) setter(slot, chosen[0]!, room);
    else if (room <= 0) terminal(slot);
    else if (subflows > 0 && created >= 3 && next() < 0.2) subflow(slot, room);
    else if (pending.length > 0 && next() < 0.25) {
      // Answers converge on endings already written, as in a real tree; the size is still reached.
      const ending = next() < 0.5 ? [...resolutions, ...handoffs] : [];
      if (ending.length > 0) slot.link(pick(ending));
      else terminal(slot);
    }
    else {
      const unset = chosen.filter((v) => !setVariables.has(v.name));
      if (unset.length > 0 && next() < 0.5) setter(slot, unset[0]!, room);
      else if (slot.known.includes('customer') && room >= 2 && pending.length > 0 && next() < 0.15) routeHandoff(slot);
      else if (slot.known.length > 0 && room >= 2 && next() < 0.25) branch(slot, room);
      else if (room < 2 || next() < 0.45) step(slot, room);
      else question(slot, room);
    }
  }

  const declared = chosen.filter((v) => setVariables.has(v.name));
  const flow: FlowInput = {
    id: input.id,
    version: 1 + Math.floor(next() ** 3 * 4),
    title: text(3, 7, 0.7, '', true),
    summary: paragraph(1 + Math.floor(next() * 2)),
    ...(next() < 0.5 ? { locales: [...locales] } : {}),
    tags: [...new Set([input.category, ...Array.from({ length: Math.floor(next() * 3) }, () => pick(TAGS))])],
    keywords: Object.fromEntries(
      locales.map((locale) => {
        const w = writers.get(locale)!;
        const phrases = Array.from({ length: 3 + Math.floor(next() * 4) }, () => Array.from({ length: 1 + Math.floor(next() * 3) }, () => w.word(0.7)).join(' '));
        return [locale, [...new Set(phrases)]];
      }),
    ),
    ...(declared.length > 0 ? { variables: Object.fromEntries(declared.map((v) => [v.name, { values: [...v.values], description: v.description }])) } : {}),
    start,
    nodes,
  };
  return { flow, entries };
}
