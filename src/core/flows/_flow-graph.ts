/**
 * A flow as a graph of node ids: the links of every node, reachability from
 * the start, and strongly connected components. Internal to check-flows.ts.
 */
import type { FlowNode } from './schema.ts';
import type { YamlPath } from './_yaml-source-map.ts';

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

/** The nodes reachable from `starts` along `edges` (a node's successors). */
export function reachable(starts: Iterable<string>, edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const start of starts) {
    if (!seen.has(start)) {
      seen.add(start);
      queue.push(start);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    for (const next of edges.get(queue[i]!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
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
