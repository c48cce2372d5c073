/**
 * Walking a compiled flow, on xstate's pure `initialTransition` and
 * `transition`: every function takes a walk and returns a new one. A walk
 * wraps the machine snapshot; `persistWalk` / `resumeWalk` turn it into JSON
 * and back. Text is looked up in the compiled flow's tables, never the machine.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { Locale } from '../locales.ts';
import { evaluateCondition } from './condition.ts';
import { textFor, type CompiledFlow, type RestingKind } from './compiled-flow.ts';
import {
  createFlowMachine,
  scopedVars,
  type FlowContext,
  type FlowEvent,
  type FlowMachine,
  type FlowMachineConfig,
} from './machine-runtime.ts';

/** A machine snapshot of a compiled flow. */
export type FlowSnapshot = SnapshotFrom<FlowMachine>;

/** A walk through a compiled flow: the machine snapshot (which knows its machine). */
export interface Walk {
  readonly snapshot: FlowSnapshot;
}

/** Why an answer could not be given, and which answers (indexes) could. */
export interface WalkError {
  message: string;
  hint: string;
  choices: number[];
}

/** The result of answering. */
export type WalkResult = { ok: true; walk: Walk } | { ok: false; error: WalkError };

/** What the reader sees at the current state of a walk. */
export interface StepView {
  state: string;
  kind: RestingKind;
  text: string;
  /** The answers shown, in order: `number` is the 1-based position shown, `index` is what `choose` takes. */
  options: Array<{ index: number; number: number; label: string }>;
  script?: string;
  note?: string;
  reason?: string;
  articles: string[];
  queue?: string;
  collect?: string[];
  terminal: boolean;
  outcome?: 'resolved' | 'handoff';
  canGoBack: boolean;
  /** True when some text is missing in the locale and shown in English. */
  fallback?: boolean;
  progress: { step: number };
}

/** One answered state of a walk, in the reader's locale. */
export interface TranscriptEntry {
  state: string;
  kind: RestingKind;
  text: string;
  answer: { index: number; label: string };
}

/** A walk as JSON: the flow, its version and xstate's persisted snapshot. */
export interface PersistedWalk {
  flow: string;
  version: number;
  snapshot: { value: string; context: FlowContext; status: string } & Record<string, unknown>;
}

const machines = new WeakMap<FlowMachineConfig, FlowMachine>();

/** The xstate machine of a compiled flow, built once per compiled flow. */
export function machineOf(compiled: CompiledFlow): FlowMachine {
  let machine = machines.get(compiled.machine);
  if (!machine) {
    machine = createFlowMachine(compiled.machine);
    machines.set(compiled.machine, machine);
  }
  return machine;
}

/** A new walk at the flow's start. */
export function startWalk(compiled: CompiledFlow): Walk {
  return { snapshot: initialTransition(machineOf(compiled))[0] };
}

/** The state id the walk rests in. */
export function stateOf(walk: Walk): string {
  return walk.snapshot.value as string;
}

/** The variables the walk has stored, sub-flow variables as `<subflow-node>/<name>`. */
export function varsOf(walk: Walk): Record<string, string> {
  return walk.snapshot.context.vars;
}

/** The answer indexes given so far, oldest first. */
export function answersOf(walk: Walk): number[] {
  return walk.snapshot.context.trail.map((entry) => entry.choice);
}

const send = (walk: Walk, event: FlowEvent): Walk => {
  const machine = walk.snapshot.machine;
  return { snapshot: transition(machine, walk.snapshot, event)[0] };
};

/** The answer indexes that can be chosen now: those that exist and whose condition holds. */
export function choicesOf(walk: Walk): number[] {
  const config = walk.snapshot.machine.config as unknown as FlowMachineConfig;
  const transitions = config.states[stateOf(walk)]?.on?.CHOOSE ?? [];
  const vars = walk.snapshot.context.vars;
  const choices: number[] = [];
  for (const { guard } of transitions) {
    if (guard?.type !== 'choice') continue;
    const { index, when, scope } = guard.params;
    if (when === undefined || evaluateCondition(when, scopedVars(vars, scope))) choices.push(index);
  }
  return choices;
}

/** Gives answer `index` (0-based) at the current state; an answer that does not exist or is hidden is an error. */
export function choose(walk: Walk, index: number): WalkResult {
  const choices = choicesOf(walk);
  if (choices.includes(index)) return { ok: true, walk: send(walk, { type: 'CHOOSE', index }) };
  const config = walk.snapshot.machine.config as unknown as FlowMachineConfig;
  const state = stateOf(walk);
  const where = whereOf(walk);
  if (walk.snapshot.hasTag('terminal')) {
    return {
      ok: false,
      error: { message: `The walk has ended at ${where}; there is nothing to answer.`, hint: 'Go back or restart.', choices },
    };
  }
  if (choices.length === 0) {
    const message = `No answer can be chosen at ${where}: every answer is hidden by its condition.`;
    return { ok: false, error: { message, hint: 'Go back or restart; the flow needs an answer whose condition holds here.', choices } };
  }
  const exists = (config.states[state]?.on?.CHOOSE ?? []).some(
    (t) => t.guard?.type === 'choice' && t.guard.params.index === index,
  );
  const message = exists
    ? `Answer ${index} at ${where} is hidden by its condition.`
    : `There is no answer ${index} at ${where}.`;
  return { ok: false, error: { message, hint: `Choose one of ${listOf(choices)}.`, choices } };
}

/**
 * Gives the answer shown as `number` (1-based, as in `viewOf(...).options`):
 * numbering skips hidden answers, so it can differ from `index + 1`.
 */
export function chooseNumber(walk: Walk, number: number): WalkResult {
  const choices = choicesOf(walk);
  const index = Number.isInteger(number) && number >= 1 ? choices[number - 1] : undefined;
  if (index !== undefined || choices.length === 0) return choose(walk, index ?? -1);
  const range = choices.length === 1 ? '1' : `a number from 1 to ${choices.length}`;
  return {
    ok: false,
    error: { message: `There is no answer ${number} at ${whereOf(walk)}.`, hint: `Choose ${range}.`, choices },
  };
}

/** Undoes the last answer; at the start, the walk is unchanged. */
export function back(walk: Walk): Walk {
  return send(walk, { type: 'BACK' });
}

/** Goes back to the start and forgets every answer and variable. */
export function restart(walk: Walk): Walk {
  return send(walk, { type: 'RESTART' });
}

/** Walks a compiled flow from its start through `answers`, or says which answer failed. */
export function replay(compiled: CompiledFlow, answers: readonly number[]): WalkResult {
  let walk = startWalk(compiled);
  for (const [position, index] of answers.entries()) {
    const result = choose(walk, index);
    if (!result.ok) {
      const { message, hint, choices } = result.error;
      return { ok: false, error: { message: `Replay failed at answer ${position + 1}: ${message}`, hint, choices } };
    }
    walk = result.walk;
  }
  return { ok: true, walk };
}

/** What to show at the walk's current state, in `locale`, for a customer or a representative. */
export function viewOf(
  compiled: CompiledFlow,
  walk: Walk,
  locale: Locale,
  { audience }: { audience: 'customer' | 'agent' },
): StepView {
  const state = stateOf(walk);
  const described = compiled.states[state];
  const text = textFor(compiled, locale)[state];
  const kind = described?.kind ?? 'question';
  const terminal = kind === 'resolution' || kind === 'handoff';
  const view: StepView = {
    state,
    kind,
    text: text?.text ?? '',
    options: choicesOf(walk).map((index, position) => ({
      index,
      number: position + 1,
      label: text?.options[index] ?? '',
    })),
    articles: [...(described?.articles ?? [])],
    terminal,
    canGoBack: walk.snapshot.context.trail.length > 0,
    progress: { step: walk.snapshot.context.trail.length + 1 },
  };
  if (terminal) view.outcome = kind === 'resolution' ? 'resolved' : 'handoff';
  if (audience === 'agent' && text?.script !== undefined) view.script = text.script;
  if (audience === 'agent' && text?.note !== undefined) view.note = text.note;
  if (text?.reason !== undefined) view.reason = text.reason;
  if (described?.queue !== undefined) view.queue = described.queue;
  if (described?.collect !== undefined) view.collect = [...described.collect];
  if (text?.fallback) view.fallback = true;
  return view;
}

/** The answered states of the walk with the answer given at each, in `locale`. */
export function transcriptOf(compiled: CompiledFlow, walk: Walk, locale: Locale): TranscriptEntry[] {
  const table = textFor(compiled, locale);
  return walk.snapshot.context.trail.map(({ state, choice }) => ({
    state,
    kind: compiled.states[state]?.kind ?? 'question',
    text: table[state]?.text ?? '',
    answer: { index: choice, label: table[state]?.options[choice] ?? '' },
  }));
}

/** The walk as JSON, to store and resume later with `resumeWalk`. */
export function persistWalk(walk: Walk): PersistedWalk {
  const machine = walk.snapshot.machine;
  return {
    flow: machine.id,
    version: Number(machine.version),
    snapshot: structuredClone(machine.getPersistedSnapshot(walk.snapshot)) as unknown as PersistedWalk['snapshot'],
  };
}

/**
 * Resumes a walk stored with `persistWalk`. Returns undefined when the data is
 * not a walk of this flow and version, or names a state the flow no longer has,
 * so a stale walk restarts instead of breaking.
 */
export function resumeWalk(compiled: CompiledFlow, data: unknown): Walk | undefined {
  if (!isRecord(data) || data.flow !== compiled.id || data.version !== compiled.version) return undefined;
  const snapshot = data.snapshot;
  if (!isRecord(snapshot) || typeof snapshot.value !== 'string' || !isRecord(snapshot.context)) return undefined;
  const { vars, trail } = snapshot.context;
  const known = (state: unknown) => typeof state === 'string' && compiled.states[state] !== undefined;
  if (!known(snapshot.value) || !isStringRecord(vars) || !Array.isArray(trail)) return undefined;
  const entriesOk = trail.every(
    (e: unknown) => isRecord(e) && known(e.state) && Number.isInteger(e.choice) && isStringRecord(e.vars),
  );
  if (!entriesOk) return undefined;
  const context = structuredClone({ vars, trail }) as FlowContext;
  return { snapshot: machineOf(compiled).resolveState({ value: snapshot.value, context }) };
}

/** The current state as a message names it, e.g. `question "lights"`. */
function whereOf(walk: Walk): string {
  const config = walk.snapshot.machine.config as unknown as FlowMachineConfig;
  const state = stateOf(walk);
  return `${config.states[state]?.meta.kind ?? 'state'} "${state}"`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
}

function listOf(items: readonly number[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
