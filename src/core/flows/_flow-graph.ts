/**
 * A flow as a graph of node ids: the links of every node, reachability from
 * the start (on nodes numbered in source order), and strongly connected
 * components. Internal to check-flows.ts.
 */
import type { FlowNode } from './schema.ts';
import type { YamlPath } from './_yaml-source-map.ts';

/** A flow's node ids and nodes in source order: `nodes[i]` is the node `ids[i]`. */
export interface NodeList {
  ids: string[];
  nodes: FlowNode[];
}

/** The nodes of `nodes` (a flow's `nodes:`) as a NodeList; two arrays rather than an [id, node] pair per node. */
export function nodeListOf(nodes: Readonly<Record<string, FlowNode>>): NodeList {
  const list: NodeList = { ids: [], nodes: [] };
  for (const id in nodes) {
    list.ids.push(id);
    list.nodes.push(nodes[id]!);
  }
  return list;
}

/** One link from a node to a node of the same flow, with where it is written. */
export interface Link {
  from: string;
  target: string;
  path: YamlPath;
  /** The key that holds the link, for messages: next, fixed, otherwise, then. */
  key: string;
}

/** The links a node makes inside its own flow, in source order. */
export function nodeLinks(id: string, node: FlowNode): Link[] {
  const base = ['nodes', id];
  switch (node.type) {
    case 'question':
      return node.options.map((option, i) => ({ from: id, target: option.next, path: [...base, 'options', i, 'next'], key: 'next' }));
    case 'step':
      return (['fixed', 'not-fixed'] as const).map((key) => ({ from: id, target: node.outcomes[key], path: [...base, 'outcomes', key], key }));
    case 'branch':
      return [
        ...node.cases.map((c, i) => ({ from: id, target: c.next, path: [...base, 'cases', i, 'next'], key: 'next' })),
        { from: id, target: node.otherwise, path: [...base, 'otherwise'], key: 'otherwise' },
      ];
    case 'subflow':
      return node.then === undefined ? [] : [{ from: id, target: node.then, path: [...base, 'then'], key: 'then' }];
    default:
      return [];
  }
}

/** How many links `nodeLinks(id, node)` has, without making them. */
export function linkCount(node: FlowNode): number {
  switch (node.type) {
    case 'question':
      return node.options.length;
    case 'step':
      return 2;
    case 'branch':
      return node.cases.length + 1;
    case 'subflow':
      return node.then === undefined ? 0 : 1;
    default:
      return 0;
  }
}

/** The target of link `k` of `nodeLinks(id, node)`, without making the links. */
export function linkTarget(node: FlowNode, k: number): string {
  switch (node.type) {
    case 'question':
      return node.options[k]!.next;
    case 'step':
      return k === 0 ? node.outcomes.fixed : node.outcomes['not-fixed'];
    case 'branch':
      return k < node.cases.length ? node.cases[k]!.next : node.otherwise;
    case 'subflow':
      return node.then!;
    default:
      throw new Error(`A ${node.type} node has no links.`);
  }
}

/** A graph on nodes numbered 0..n-1: the successors of node `i` are `targets[offsets[i]]` up to `targets[offsets[i + 1]]`. */
export interface NumberedGraph {
  offsets: Int32Array;
  targets: Int32Array;
}

/** The nodes reachable from `starts` along `graph` (1 = reached). */
export function reachableFrom(starts: readonly number[], graph: NumberedGraph): Uint8Array {
  const { offsets, targets } = graph;
  const seen = new Uint8Array(offsets.length - 1);
  const queue = new Int32Array(offsets.length - 1);
  let length = 0;
  for (const start of starts) {
    if (!seen[start]) {
      seen[start] = 1;
      queue[length++] = start;
    }
  }
  for (let i = 0; i < length; i++) {
    const node = queue[i]!;
    for (let e = offsets[node]!; e < offsets[node + 1]!; e++) {
      const next = targets[e]!;
      if (!seen[next]) {
        seen[next] = 1;
        queue[length++] = next;
      }
    }
  }
  return seen;
}

/** `graph` with every link turned around: the predecessors of each node, in node order. */
export function reverseGraph(graph: NumberedGraph): NumberedGraph {
  const { offsets, targets } = graph;
  const count = offsets.length - 1;
  const reverseOffsets = new Int32Array(count + 1);
  for (let e = 0; e < targets.length; e++) reverseOffsets[targets[e]! + 1]!++;
  for (let n = 0; n < count; n++) reverseOffsets[n + 1]! += reverseOffsets[n]!;
  const fill = reverseOffsets.slice(0, count);
  const reverseTargets = new Int32Array(targets.length);
  for (let from = 0; from < count; from++) {
    for (let e = offsets[from]!; e < offsets[from + 1]!; e++) reverseTargets[fill[targets[e]!]!++] = from;
  }
  return { offsets: reverseOffsets, targets: reverseTargets };
}

/**
 * The strongly connected components of the graph restricted to `nodes`, each
 * listed in the order of `nodes`; only components that contain a cycle (more
 * than one node, or a node linking to itself). Iterative Tarjan, linear time.
 */
export function cycles(nodes: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const inside = new Set(nodes);
  const order = new Map(nodes.map((node, i) => [node, i]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const within = (node: string): string[] => (edges.get(node) ?? []).filter((s) => inside.has(s));
    const work: Array<{ node: string; next: number; successors: string[] }> = [{ node: root, next: 0, successors: within(root) }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.successors.length) {
        const next = frame.successors[frame.next++]!;
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push({ node: next, next: 0, successors: within(next) });
        } else if (onStack.has(next)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(next)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      const selfLoop = component.length === 1 && (edges.get(frame.node) ?? []).includes(frame.node);
      if (component.length > 1 || selfLoop) found.push(component.sort((a, b) => order.get(a)! - order.get(b)!));
    }
  }
  return found.sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
}
