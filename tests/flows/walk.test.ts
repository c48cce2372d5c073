import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { compileFlow } from '../../src/core/flows/compile-flow.ts';
import {
  answersOf,
  back,
  choicesOf,
  choose,
  chooseNumber,
  machineOf,
  persistWalk,
  replay,
  restart,
  resumeWalk,
  startWalk,
  stateOf,
  transcriptOf,
  varsOf,
  viewOf,
  type Walk,
} from '../../src/core/flows/walk.ts';
import { FIXTURES, loadFlows } from '../fixtures/compile/load-flows.ts';

const flows = loadFlows(FIXTURES);
const router = compileFlow('router', flows);
const account = compileFlow('account', flows);

/** Answers in order, failing the test on an answer that cannot be given. */
function walkThrough(walk: Walk, ...answers: number[]): Walk {
  for (const index of answers) {
    const result = choose(walk, index);
    if (!result.ok) throw new Error(result.error.message);
    walk = result.walk;
  }
  return walk;
}

describe('walking', () => {
  test('a walk starts at the start with no answers', () => {
    const walk = startWalk(router);
    expect(stateOf(walk)).toBe('who');
    expect(answersOf(walk)).toEqual([]);
    expect(viewOf(router, walk, 'en', { audience: 'customer' })).toEqual({
      state: 'who',
      kind: 'question',
      text: 'Who are you?',
      options: [
        { index: 0, number: 1, label: 'A home customer' },
        { index: 1, number: 2, label: 'A business' },
      ],
      articles: [],
      terminal: false,
      canGoBack: false,
      progress: { step: 1 },
    });
  });

  test('answers move the walk on, store variables and are remembered in order', () => {
    const walk = walkThrough(startWalk(router), 1, 0);
    expect(stateOf(walk)).toBe('restart');
    expect(varsOf(walk)).toEqual({ customer: 'business' });
    expect(answersOf(walk)).toEqual([1, 0]);
    expect(viewOf(router, walk, 'en', { audience: 'customer' }).progress).toEqual({ step: 3 });
  });

  test('an answer hidden by its condition is neither shown nor accepted', () => {
    const home = walkThrough(startWalk(router), 0);
    expect(viewOf(router, home, 'en', { audience: 'customer' }).options.map((o) => o.label)).toEqual([
      'All green',
      'Red or off',
    ]);
    expect(choose(home, 2)).toEqual({
      ok: false,
      error: {
        message: 'Answer 2 at question "lights" is hidden by its condition.',
        hint: 'Choose one of 0 or 1.',
        choices: [0, 1],
      },
    });
    const business = walkThrough(startWalk(router), 1);
    expect(choicesOf(business)).toEqual([0, 1, 2]);
    expect(stateOf(walkThrough(business, 2))).toBe('priority');
  });

  test('an answer that does not exist is refused, naming the step and the valid answers', () => {
    expect(choose(startWalk(router), 5)).toEqual({
      ok: false,
      error: { message: 'There is no answer 5 at question "who".', hint: 'Choose one of 0 or 1.', choices: [0, 1] },
    });
    expect(choose(startWalk(router), -1).ok).toBe(false);
  });

  test('answers can be given by the number shown, which skips hidden answers', () => {
    const flows2 = new Map(flows);
    const lights = flows2.get('router')?.nodes.lights;
    if (lights?.type !== 'question') throw new Error('fixture changed');
    // Move the business-only answer first, so the numbers shown to a home customer start at index 1.
    const reordered = { ...lights, options: [lights.options[2]!, lights.options[0]!, lights.options[1]!] };
    flows2.set('router', { ...flows2.get('router')!, nodes: { ...flows2.get('router')!.nodes, lights: reordered } });
    const compiled = compileFlow('router', flows2);
    const home = walkThrough(startWalk(compiled), 0);
    expect(viewOf(compiled, home, 'en', { audience: 'customer' }).options).toEqual([
      { index: 1, number: 1, label: 'All green' },
      { index: 2, number: 2, label: 'Red or off' },
    ]);
    const second = chooseNumber(home, 2);
    expect(second.ok && stateOf(second.walk)).toBe('technician');
    expect(chooseNumber(home, 3)).toEqual({
      ok: false,
      error: { message: 'There is no answer 3 at question "lights".', hint: 'Choose a number from 1 to 2.', choices: [1, 2] },
    });
  });

  test('nothing can be answered once the walk has ended', () => {
    const ended = walkThrough(startWalk(router), 0, 1);
    expect(choose(ended, 0)).toEqual({
      ok: false,
      error: { message: 'The walk has ended at handoff "technician"; there is nothing to answer.', hint: 'Go back or restart.', choices: [] },
    });
  });

  test('branches route on the stored variables', () => {
    expect(stateOf(walkThrough(startWalk(router), 0, 1))).toBe('technician');
    expect(stateOf(walkThrough(startWalk(router), 1, 1))).toBe('priority');
    expect(stateOf(walkThrough(startWalk(router), 1, 0, 1))).toBe('priority');
  });
});

describe('back and restart', () => {
  test('back returns to the previous question and forgets its answer and variables', () => {
    const atLights = walkThrough(startWalk(router), 1);
    const backAgain = back(atLights);
    expect(stateOf(backAgain)).toBe('who');
    expect(varsOf(backAgain)).toEqual({});
    expect(answersOf(backAgain)).toEqual([]);
  });

  test('back from the end of a walk returns to the last question, across a branch', () => {
    const ended = walkThrough(startWalk(router), 0, 0, 1);
    expect(stateOf(ended)).toBe('technician');
    const previous = back(ended);
    expect(stateOf(previous)).toBe('restart');
    expect(viewOf(router, previous, 'en', { audience: 'customer' }).canGoBack).toBe(true);
  });

  test('back at the start changes nothing', () => {
    const walk = back(startWalk(router));
    expect(stateOf(walk)).toBe('who');
    expect(answersOf(walk)).toEqual([]);
  });

  test('restart goes to the start and forgets everything, even from the end', () => {
    const walk = restart(walkThrough(startWalk(router), 1, 2));
    expect(stateOf(walk)).toBe('who');
    expect(walk.snapshot.context).toEqual({ vars: {}, trail: [] });
  });

  test('back out of a sub-flow lands on the state before it', () => {
    const inside = walkThrough(startWalk(account), 0);
    expect(stateOf(inside)).toBe('acct/device');
    expect(stateOf(back(inside))).toBe('topic');
    const continued = walkThrough(inside, 1, 0);
    expect(stateOf(continued)).toBe('anything-else');
    expect(stateOf(back(continued))).toBe('acct/pw/email');
  });
});

describe('sub-flows', () => {
  test('a sub-flow keeps its variables apart from the flow that goes into it', () => {
    // sign-in sets its own "device"; password-reset's "device is set" must not see it.
    const walk = walkThrough(startWalk(account), 0, 0);
    expect(varsOf(walk)).toEqual({ 'acct/device': 'phone' });
    expect(stateOf(walk)).toBe('acct/pw/email');
    const done = walkThrough(walk, 0);
    expect(varsOf(done)).toEqual({ 'acct/device': 'phone', 'acct/pw/email': 'received' });
    expect(stateOf(done)).toBe('acct/app');
  });

  test('with then, the walk continues in the outer flow; without it, the walk ends inside', () => {
    expect(stateOf(walkThrough(startWalk(account), 0, 1, 0))).toBe('anything-else');
    expect(stateOf(walkThrough(startWalk(account), 0, 1, 0, 0, 0))).toBe('bill/paid');
    expect(stateOf(walkThrough(startWalk(account), 2, 0))).toBe('reset/reset-done');
  });
});

describe('views and transcripts', () => {
  test('representatives see the script and note; customers do not', () => {
    const walk = startWalk(router);
    const agent = viewOf(router, walk, 'da', { audience: 'agent' });
    expect(agent.script).toBe('Spørg hvem der ringer.');
    expect(agent.note).toBe('Erhvervskunder har forrang.');
    const customer = viewOf(router, walk, 'da', { audience: 'customer' });
    expect(customer.script).toBeUndefined();
    expect(customer.note).toBeUndefined();
  });

  test('a handoff shows its queue, fields and reason as the end of the walk', () => {
    const view = viewOf(router, walkThrough(startWalk(router), 0, 1), 'da', { audience: 'customer' });
    expect(view).toEqual({
      state: 'technician',
      kind: 'handoff',
      text: 'En tekniker ringer til dig.',
      options: [],
      reason: 'Mulig routerfejl',
      articles: [],
      queue: 'technical-support',
      collect: ['customer-number'],
      terminal: true,
      outcome: 'handoff',
      canGoBack: true,
      progress: { step: 3 },
    });
  });

  test('text missing in the locale is shown in English and marked', () => {
    const view = viewOf(router, walkThrough(startWalk(router), 0, 0, 0), 'da', { audience: 'customer' });
    expect(view).toMatchObject({ text: 'Glad it works again.', outcome: 'resolved', fallback: true });
  });

  test('the transcript lists each answered state with the answer given', () => {
    const walk = walkThrough(startWalk(router), 0, 0, 1);
    expect(transcriptOf(router, walk, 'da')).toEqual([
      { state: 'who', kind: 'question', text: 'Hvem er du?', answer: { index: 0, label: 'Privatkunde' } },
      { state: 'lights', kind: 'question', text: 'Hvad viser routerens lamper?', answer: { index: 0, label: 'Alle grønne' } },
      {
        state: 'restart',
        kind: 'step',
        text: 'Genstart routeren og vent to minutter.',
        answer: { index: 1, label: 'Det virker stadig ikke' },
      },
    ]);
  });
});

describe('replay', () => {
  test('replaying the answers of a walk reaches the same state', () => {
    const walk = walkThrough(startWalk(account), 0, 0, 0, 1);
    const replayed = replay(account, answersOf(walk));
    expect(replayed.ok && stateOf(replayed.walk)).toBe(stateOf(walk));
    expect(replayed.ok && replayed.walk.snapshot.context).toEqual(walk.snapshot.context);
  });

  test('a replay that cannot go on names the answer where it failed', () => {
    expect(replay(router, [0, 2])).toEqual({
      ok: false,
      error: {
        message: 'Replay failed at answer 2: Answer 2 at question "lights" is hidden by its condition.',
        hint: 'Choose one of 0 or 1.',
        choices: [0, 1],
      },
    });
  });
});

describe('persistence', () => {
  test('a persisted walk resumes at the same state with the same answers', () => {
    const walk = walkThrough(startWalk(account), 0, 1);
    const stored = JSON.parse(JSON.stringify(persistWalk(walk)));
    const resumed = resumeWalk(account, stored);
    expect(resumed && stateOf(resumed)).toBe('acct/pw/email');
    expect(resumed?.snapshot.context).toEqual(walk.snapshot.context);
    expect(resumed && stateOf(back(back(resumed)))).toBe('topic');
  });

  test('an actor restores from a persisted snapshot and carries on', () => {
    const actor = createActor(machineOf(router)).start();
    actor.send({ type: 'CHOOSE', index: 1 });
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    const restored = createActor(machineOf(router), { snapshot: stored }).start();
    expect(restored.getSnapshot().value).toBe('lights');
    restored.send({ type: 'BACK' });
    expect(restored.getSnapshot().value).toBe('who');
    expect(restored.getSnapshot().context).toEqual({ vars: {}, trail: [] });
  });

  test('a stored walk of another version, flow or state is not resumed', () => {
    const stored = persistWalk(walkThrough(startWalk(router), 1));
    expect(resumeWalk(router, { ...stored, version: 2 })).toBeUndefined();
    expect(resumeWalk(account, stored)).toBeUndefined();
    expect(resumeWalk(router, { ...stored, snapshot: { ...stored.snapshot, value: 'gone' } })).toBeUndefined();
    expect(resumeWalk(router, 'nonsense')).toBeUndefined();
  });
});
