/**
 * Marking where a walk is on a flow diagram: the current node, the nodes
 * passed and the arrows taken, as classes on the diagram's groups. Works on
 * the SVG text (at build time or on a server) and on a live element (in the
 * browser, through a minimal structural type so the core needs no DOM).
 * Kept apart from diagram.ts so a browser bundle that only highlights a
 * prebuilt diagram does not pull in the layout library.
 */

/** The classes a highlighted diagram carries; its own style sheet styles them. */
export const DIAGRAM_CLASSES = {
  /** The node the walk rests at. */
  current: 'is-current',
  /** Nodes the walk went through, branches included. */
  visited: 'is-visited',
  /** Arrows the walk went along. */
  taken: 'is-taken',
} as const;

/** One answered state of a walk: the shape of the walk's trail (`walk.snapshot.context.trail`). */
export interface DiagramTrailEntry {
  /** A compiled state id, or a node id. */
  state: string;
  /** The answer index given there; without it, every arrow to the next state counts as taken. */
  choice?: number;
}

/** Where a walk is: the state it rests in and the answered states before it, oldest first. */
export interface DiagramHighlight {
  current?: string;
  trail?: readonly DiagramTrailEntry[];
}

/**
 * The diagram node a compiled state is drawn as. States inlined from a
 * sub-flow (`sign-in/reset-password`) are drawn as their sub-flow node
 * (`sign-in`); other state ids are node ids.
 */
export function diagramNodeOf(stateId: string): string {
  const slash = stateId.indexOf('/');
  return slash === -1 ? stateId : stateId.slice(0, slash);
}

interface EdgeRef {
  from: string;
  to: string;
  answer: number | undefined;
}

interface Plan {
  current: string | undefined;
  visited: Set<string>;
  /** Taken arrows, by their position in the diagram. */
  taken: Set<number>;
}

/**
 * Which nodes and arrows to mark. The answer given picks the arrow out of a
 * node; walks never rest at branches, so from there the path to the next
 * state is found by a search through branch nodes only.
 */
function planOf(kinds: ReadonlyMap<string, string>, edges: readonly EdgeRef[], highlight: DiagramHighlight): Plan {
  const trail = highlight.trail ?? [];
  const current = highlight.current === undefined ? undefined : diagramNodeOf(highlight.current);
  const visited = new Set<string>(trail.map((entry) => diagramNodeOf(entry.state)));
  const taken = new Set<number>();
  const outOf = (node: string) => edges.flatMap((edge, i) => (edge.from === node ? [i] : []));
  trail.forEach((entry, step) => {
    const from = diagramNodeOf(entry.state);
    const nextState = step + 1 < trail.length ? trail[step + 1]!.state : highlight.current;
    if (nextState === undefined) return;
    const to = diagramNodeOf(nextState);
    if (from === to && entry.state !== from) return; // two states inside one sub-flow
    // Inside a sub-flow the answer belongs to the sub-flow's node, not to an arrow of this diagram.
    const chosen = entry.state === from && entry.choice !== undefined ? outOf(from).filter((i) => edges[i]!.answer === entry.choice) : [];
    const firstHops = chosen.length ? chosen : outOf(from);
    const previous = new Map<string, number>();
    const queue: number[] = [];
    for (const i of firstHops) {
      const target = edges[i]!.to;
      if (target === to) taken.add(i);
      else if (kinds.get(target) === 'branch' && !previous.has(target)) {
        previous.set(target, i);
        queue.push(i);
      }
    }
    if (firstHops.some((i) => taken.has(i))) return;
    let found: number | undefined;
    while (queue.length && found === undefined) {
      const node = edges[queue.shift()!]!.to;
      for (const i of outOf(node)) {
        const target = edges[i]!.to;
        if (target === to) {
          found = i;
          break;
        }
        if (kinds.get(target) === 'branch' && !previous.has(target)) {
          previous.set(target, i);
          queue.push(i);
        }
      }
    }
    for (let i = found; i !== undefined; i = previous.get(edges[i]!.from)) {
      taken.add(i);
      visited.add(edges[i]!.from);
    }
  });
  if (current !== undefined) visited.delete(current);
  return { current, visited, taken };
}

const NODE_TAG = /<g class="(node [^"]*)" id="[^"]*" data-node="([^"]+)" data-kind="([^"]+)"/g;
const EDGE_TAG = /<g class="(edge [^"]*)" data-from="([^"]+)" data-to="([^"]+)"(?: data-answer="(\d+)")?/g;

/** `svg` (made by `flowDiagram`) with the walk's current node, visited nodes and taken arrows marked. */
export function highlightDiagram(svg: string, highlight: DiagramHighlight): string {
  const kinds = new Map([...svg.matchAll(NODE_TAG)].map((m) => [m[2]!, m[3]!]));
  const edges = [...svg.matchAll(EDGE_TAG)].map((m) => ({ from: m[2]!, to: m[3]!, answer: m[4] === undefined ? undefined : Number(m[4]) }));
  const plan = planOf(kinds, edges, highlight);
  let edgeIndex = 0;
  return svg
    .replace(NODE_TAG, (tag, cls: string, id: string) => {
      const extra = id === plan.current ? DIAGRAM_CLASSES.current : plan.visited.has(id) ? DIAGRAM_CLASSES.visited : '';
      return extra ? tag.replace(`class="${cls}"`, `class="${cls} ${extra}"`) : tag;
    })
    .replace(EDGE_TAG, (tag, cls: string) =>
      plan.taken.has(edgeIndex++) ? tag.replace(`class="${cls}"`, `class="${cls} ${DIAGRAM_CLASSES.taken}"`) : tag,
    );
}

/** The part of a DOM element the highlighter uses. */
export interface DiagramElementLike {
  getAttribute(name: string): string | null;
  classList: { toggle(token: string, force?: boolean): boolean };
}

/** The part of a DOM element or document the highlighter uses (an inlined diagram's `<svg>`, or its container). */
export interface DiagramRootLike {
  querySelectorAll(selectors: string): ArrayLike<DiagramElementLike>;
}

/**
 * Marks the walk on a diagram already in the page, replacing any earlier
 * marks: call it after every step with the walk's current state and history.
 */
export function highlightDiagramElement(root: DiagramRootLike, highlight: DiagramHighlight): void {
  const nodes = Array.from(root.querySelectorAll('g.node[data-node]'));
  const edgeElements = Array.from(root.querySelectorAll('g.edge[data-from]'));
  const kinds = new Map(nodes.map((el) => [el.getAttribute('data-node') ?? '', el.getAttribute('data-kind') ?? '']));
  const edges = edgeElements.map((el) => {
    const answer = el.getAttribute('data-answer');
    return { from: el.getAttribute('data-from') ?? '', to: el.getAttribute('data-to') ?? '', answer: answer === null ? undefined : Number(answer) };
  });
  const plan = planOf(kinds, edges, highlight);
  for (const el of nodes) {
    const id = el.getAttribute('data-node') ?? '';
    el.classList.toggle(DIAGRAM_CLASSES.current, id === plan.current);
    el.classList.toggle(DIAGRAM_CLASSES.visited, id !== plan.current && plan.visited.has(id));
  }
  edgeElements.forEach((el, i) => el.classList.toggle(DIAGRAM_CLASSES.taken, plan.taken.has(i)));
}
