/**
 * Flattens a flow and the sub-flows it goes into into one set of states.
 * A sub-flow node `acct` into flow `cannot-sign-in` contributes that flow's
 * nodes as `acct/<node>` (recursively `a/b/c`). Sub-flow nodes disappear:
 * whatever leads to one leads to the sub-flow's start, and, when the node has
 * `then:`, whatever would reach a resolution inside leads to `then` instead.
 * Only states reachable from the start are produced.
 */
import type { Flow, FlowNode } from './schema.ts';

/** A node that becomes a machine state (every kind but `subflow`). */
export type FlatNode = Exclude<FlowNode, { type: 'subflow' }>;

/** One state of the flattened flow. */
export interface FlatState {
  /** State id: the sub-flow path and the node id, e.g. `acct/reset-password`. */
  id: string;
  /** The flow the node is written in. */
  flow: Flow;
  /** The node id in that flow. */
  nodeId: string;
  node: FlatNode;
  /** The state each answer, outcome (fixed, not-fixed) or branch case (then otherwise) leads to. */
  targets: string[];
}

/** The flattened flow: its start state and every reachable state, in discovery order. */
export interface FlatFlow {
  start: string;
  states: Map<string, FlatState>;
}

interface Frame {
  prefix: string;
  flow: Flow;
  /** The flows entered to get here, to stop a flow from going into itself. */
  chain: readonly string[];
  /** Where a resolution inside this frame continues, when the sub-flow node has `then`. */
  exit?: { frame: Frame; node: string };
}

/** How deep sub-flows and `then` redirections may nest before the flow is taken to be circular. */
const MAX_DEPTH = 64;

/**
 * Flattens flow `rootId` and its sub-flows. The flows must have passed the
 * checker; a dangling reference or a flow that goes into itself is a bug in
 * the caller and throws.
 */
export function inlineSubflows(rootId: string, flows: ReadonlyMap<string, Flow>): FlatFlow {
  const root = flows.get(rootId);
  if (!root) throw new Error(`Cannot compile flow "${rootId}": there is no such flow.`);
  const states = new Map<string, FlatState>();
  const pending: Array<{ frame: Frame; nodeId: string; id: string }> = [];

  const resolve = (frame: Frame, nodeId: string, depth: number): string => {
    const node = frame.flow.nodes[nodeId];
    if (!node) {
      throw new Error(`Cannot compile flow "${rootId}": node "${nodeId}" does not exist in flow "${frame.flow.id}".`);
    }
    if (depth > MAX_DEPTH) {
      throw new Error(`Cannot compile flow "${rootId}": sub-flows at "${frame.prefix}${nodeId}" nest too deep.`);
    }
    if (node.type === 'subflow') {
      const inner = flows.get(node.flow);
      if (!inner) {
        throw new Error(`Cannot compile flow "${rootId}": sub-flow "${node.flow}" at "${frame.prefix}${nodeId}" does not exist.`);
      }
      if (frame.chain.includes(inner.id)) {
        throw new Error(`Cannot compile flow "${rootId}": flow "${inner.id}" goes into itself via "${frame.prefix}${nodeId}".`);
      }
      const child: Frame = {
        prefix: `${frame.prefix}${nodeId}/`,
        flow: inner,
        chain: [...frame.chain, inner.id],
        ...(node.then === undefined ? {} : { exit: { frame, node: node.then } }),
      };
      return resolve(child, node.start ?? inner.start, depth + 1);
    }
    if (node.type === 'resolution' && frame.exit) return resolve(frame.exit.frame, frame.exit.node, depth + 1);
    const id = frame.prefix + nodeId;
    if (!states.has(id)) {
      states.set(id, { id, flow: frame.flow, nodeId, node, targets: [] });
      pending.push({ frame, nodeId, id });
    }
    return id;
  };

  const start = resolve({ prefix: '', flow: root, chain: [root.id] }, root.start, 0);
  // `pending` grows while it is walked: each new state queues its own targets.
  for (let i = 0; i < pending.length; i++) {
    const item = pending[i];
    const state = item && states.get(item.id);
    if (item && state) state.targets = nextNodes(state.node).map((next) => resolve(item.frame, next, 0));
  }
  return { start, states };
}

/** The node ids a node leads to, in answer order. */
function nextNodes(node: FlatNode): string[] {
  switch (node.type) {
    case 'question':
      return node.options.map((o) => o.next);
    case 'step':
      return [node.outcomes.fixed, node.outcomes['not-fixed']];
    case 'branch':
      return [...node.cases.map((c) => c.next), node.otherwise];
    default:
      return [];
  }
}
