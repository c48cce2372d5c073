/**
 * The one runtime both node and the browser use to turn a compiled flow's
 * machine config (plain JSON) into an xstate machine. The config only names
 * guards and actions; their implementations live here, so a compiled flow
 * carries no code and no text.
 */
import { assign, setup } from 'xstate';
import { evaluateCondition } from './condition.ts';
import type { parseCondition } from './condition.ts';

/** A parsed condition, as produced by `parseCondition` (plain JSON). */
export type ConditionAst = Extract<ReturnType<typeof parseCondition>, { ok: true }>['ast'];

/** One answered resting state: where the walk was, what was chosen, and the variables before the choice. */
export interface TrailEntry {
  state: string;
  choice: number;
  vars: Record<string, string>;
}

/** The context of a flow machine: stored variables and the answered states so far. */
export interface FlowContext {
  vars: Record<string, string>;
  trail: TrailEntry[];
}

/** The events a flow machine accepts. */
export type FlowEvent = { type: 'CHOOSE'; index: number } | { type: 'BACK' } | { type: 'RESTART' };

/** Guard references a compiled machine may use. */
export type FlowGuardRef =
  | { type: 'choice'; params: { index: number; when?: ConditionAst; scope?: string } }
  | { type: 'cond'; params: { ast: ConditionAst; scope?: string } }
  | { type: 'cameFrom'; params: { state: string } };

/** Action references a compiled machine may use. */
export type FlowActionRef =
  | { type: 'record'; params: { state: string; index: number } }
  | { type: 'assign'; params: { set: Record<string, string> } }
  | 'undo'
  | 'reset';

/** One transition of a compiled machine. */
export interface FlowTransitionJson {
  target: string;
  guard?: FlowGuardRef;
  actions?: FlowActionRef[] | FlowActionRef;
}

/** What a state's `meta` carries: where it came from; never text. */
export interface FlowStateMeta {
  kind: 'question' | 'step' | 'branch' | 'resolution' | 'handoff';
  flow: string;
  node: string;
  queue?: string;
}

/** One state of a compiled machine. */
export interface FlowStateJson {
  tags?: string[];
  meta: FlowStateMeta;
  on?: { CHOOSE?: FlowTransitionJson[]; BACK?: FlowTransitionJson[] };
  always?: FlowTransitionJson[];
}

/** The whole machine config of a compiled flow: plain, serialisable JSON. */
export interface FlowMachineConfig {
  id: string;
  /** The flow's version, as a string (xstate's machine version). */
  version: string;
  initial: string;
  context: FlowContext;
  on: { RESTART: FlowTransitionJson };
  states: Record<string, FlowStateJson>;
}

/**
 * The variable scope of a state: its sub-flow path with a trailing slash
 * (`acct/` for `acct/reset`), or '' in the top flow. Sub-flow variables are
 * stored as `<scope><name>`, so the same flow used twice keeps its answers apart.
 */
export function scopeOf(stateId: string): string {
  return stateId.slice(0, stateId.lastIndexOf('/') + 1);
}

/** The variables as a flow at `scope` sees them: its own, without the prefix. */
export function scopedVars(vars: Record<string, string>, scope = ''): Record<string, string> {
  if (scope === '') return vars;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(vars)) {
    if (key.startsWith(scope) && !key.includes('/', scope.length)) out[key.slice(scope.length)] = value;
  }
  return out;
}

const flowSetup = setup({
  types: { context: {} as FlowContext, events: {} as FlowEvent },
  guards: {
    choice: ({ context, event }, params: { index: number; when?: ConditionAst; scope?: string }) =>
      event.type === 'CHOOSE' &&
      event.index === params.index &&
      (params.when === undefined || evaluateCondition(params.when, scopedVars(context.vars, params.scope))),
    cond: ({ context }, params: { ast: ConditionAst; scope?: string }) =>
      evaluateCondition(params.ast, scopedVars(context.vars, params.scope)),
    cameFrom: ({ context }, params: { state: string }) => context.trail.at(-1)?.state === params.state,
  },
  actions: {
    record: assign({
      trail: ({ context }, params: { state: string; index: number }) => [
        ...context.trail,
        { state: params.state, choice: params.index, vars: context.vars },
      ],
    }),
    assign: assign({
      vars: ({ context }, params: { set: Record<string, string> }) => ({ ...context.vars, ...params.set }),
    }),
    undo: assign(({ context }) => {
      const last = context.trail.at(-1);
      return last ? { vars: last.vars, trail: context.trail.slice(0, -1) } : {};
    }),
    reset: assign({ vars: () => ({}), trail: () => [] }),
  },
});

/**
 * Builds the xstate machine of a compiled flow's `machine` config, with the
 * fixed guards (`choice`, `cond`, `cameFrom`) and actions (`record`, `assign`,
 * `undo`, `reset`).
 */
export function createFlowMachine(config: FlowMachineConfig) {
  // The JSON config names only the guards and actions defined above; xstate's
  // config type cannot express that for data loaded at run time, and the state
  // names are only known at run time, so the machine is typed by its context alone.
  return flowSetup.createMachine(config as unknown as { context: FlowContext });
}

/** An xstate machine built from a compiled flow. */
export type FlowMachine = ReturnType<typeof createFlowMachine>;
