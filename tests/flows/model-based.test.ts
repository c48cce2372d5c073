/**
 * Proves the trees: every path of every flow (the project's flows/*.yaml and
 * the compiler fixtures) is walked through its compiled machine. A new flow
 * file is covered without a new test.
 */
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { compileFlow } from '../../src/core/flows/compile-flow.ts';
import type { CompiledFlow } from '../../src/core/flows/compiled-flow.ts';
import type { Flow } from '../../src/core/flows/schema.ts';
import {
  back,
  choicesOf,
  choose,
  machineOf,
  persistWalk,
  resumeWalk,
  startWalk,
  stateOf,
  type Walk,
} from '../../src/core/flows/walk.ts';
import { FIXTURES, loadFlows } from '../fixtures/compile/load-flows.ts';

/** More paths than this in one flow fails the test rather than slowing the suite down. */
const MAX_PATHS = 20_000;

interface Exploration {
  /** Complete paths, each ending in a resolution or handoff. */
  paths: number;
  /** Answer paths that came back to a state with the same variables (a loop the reader can leave). */
  loops: number;
  /** Everything that went wrong, one line each, naming the path. */
  problems: string[];
  /** Resting states seen. */
  states: Set<string>;
}

const keyOf = (walk: Walk) => `${stateOf(walk)} ${JSON.stringify(walk.snapshot.context.vars)}`;
const describePath = (answers: readonly string[]) => (answers.length ? answers.join(' > ') : '(start)');

/**
 * Walks every path of a compiled flow depth-first, checking at each answer
 * that BACK returns to the state before it, and at each state that the walk
 * persists and resumes, as JSON, through `resumeWalk` and through an actor.
 */
function explore(compiled: CompiledFlow): Exploration {
  const result: Exploration = { paths: 0, loops: 0, problems: [], states: new Set() };
  const restoredStates = new Set<string>();

  const checkRestore = (walk: Walk, path: string) => {
    const state = stateOf(walk);
    if (restoredStates.has(state)) return;
    restoredStates.add(state);
    const stored = JSON.parse(JSON.stringify(persistWalk(walk)));
    const resumed = resumeWalk(compiled, stored);
    if (!resumed || stateOf(resumed) !== state || keyOf(resumed) !== keyOf(walk)) {
      result.problems.push(`${path}: the persisted walk at "${state}" does not resume there`);
    }
    const actor = createActor(machineOf(compiled), { snapshot: stored.snapshot }).start();
    const snapshot = actor.getSnapshot();
    if (snapshot.value !== state || JSON.stringify(snapshot.context) !== JSON.stringify(walk.snapshot.context)) {
      result.problems.push(`${path}: an actor restored at "${state}" is at "${String(snapshot.value)}"`);
    }
    actor.stop();
  };

  const visit = (walk: Walk, answers: string[], onPath: Set<string>) => {
    const state = stateOf(walk);
    const path = describePath(answers);
    result.states.add(state);
    checkRestore(walk, path);
    if (walk.snapshot.hasTag('terminal')) {
      result.paths++;
      if (!compiled.states[state]) result.problems.push(`${path}: ended in "${state}", which is not a compiled state`);
      return;
    }
    const choices = choicesOf(walk);
    if (choices.length === 0) {
      result.problems.push(`${path}: stuck at "${state}", which is not a resolution or handoff and has no answer to give`);
      return;
    }
    for (const index of choices) {
      if (result.paths > MAX_PATHS) return;
      const step = choose(walk, index);
      const next = [...answers, `${state}=${index}`];
      if (!step.ok) {
        result.problems.push(`${describePath(next)}: ${step.error.message}`);
        continue;
      }
      const undone = back(step.walk);
      if (keyOf(undone) !== keyOf(walk) || JSON.stringify(undone.snapshot.context) !== JSON.stringify(walk.snapshot.context)) {
        result.problems.push(`${describePath(next)}: BACK from "${stateOf(step.walk)}" went to "${stateOf(undone)}", not "${state}"`);
      }
      const key = keyOf(step.walk);
      if (onPath.has(key)) {
        result.loops++;
        continue;
      }
      onPath.add(key);
      visit(step.walk, next, onPath);
      onPath.delete(key);
    }
  };

  const start = startWalk(compiled);
  visit(start, [], new Set([keyOf(start)]));
  if (result.paths > MAX_PATHS) result.problems.push(`more than ${MAX_PATHS} paths; raise MAX_PATHS or split the flow`);
  return result;
}

const projectFlows = loadFlows(new URL('../../flows/', import.meta.url).pathname);
const suites: Array<[string, Map<string, Flow>]> = [
  ['the compiler fixtures', loadFlows(FIXTURES)],
  ['the project flows', projectFlows],
];

for (const [name, flows] of suites) {
  // flows/ may still be empty in a new project; the fixtures always run.
  if (flows.size === 0) continue;
  describe(`every path of ${name}`, () => {
    for (const id of [...flows.keys()].sort()) {
      test(`every path of ${id} ends in a resolution or handoff, with BACK and resume working at every step`, () => {
        const compiled = compileFlow(id, flows);
        const explored = explore(compiled);
        expect(explored.problems).toEqual([]);
        expect(explored.paths).toBeGreaterThan(0);
      });
    }
  });
}

describe('the path explorer', () => {
  test('covers every resting state of the fixtures', () => {
    const flows = loadFlows(FIXTURES);
    const account = compileFlow('account', flows);
    const explored = explore(account);
    expect([...explored.states].sort()).toEqual(Object.keys(account.states).sort());
    // 9 through sign-in, 2 through billing, 2 through password reset.
    expect(explored.paths).toBe(13);
  });

  test('reports a question whose every answer is hidden', () => {
    const stuck: Flow = {
      id: 'stuck',
      version: 1,
      title: { en: 'Stuck' },
      summary: { en: 'Stuck' },
      variables: { plan: { values: ['basic', 'pro'] } },
      start: 'ask',
      nodes: {
        ask: {
          type: 'question',
          text: { en: 'Which plan?' },
          options: [
            { label: { en: 'Pro' }, next: 'done', when: 'plan == "pro"' },
            { label: { en: 'Basic' }, next: 'done', when: 'plan == "basic"' },
          ],
        },
        done: { type: 'resolution', text: { en: 'Done' } },
      },
    };
    const explored = explore(compileFlow('stuck', new Map([['stuck', stuck]])));
    expect(explored.problems).toEqual([
      '(start): stuck at "ask", which is not a resolution or handoff and has no answer to give',
    ]);
  });
});
