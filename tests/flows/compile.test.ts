import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import {
  compileFlow,
  compileFlows,
  onlyLocale,
  stripAgentText,
  textFor,
} from '../../src/core/flows/compile-flow.ts';
import { createFlowMachine } from '../../src/core/flows/machine-runtime.ts';
import type { Flow } from '../../src/core/flows/schema.ts';
import { FIXTURES, loadFlows } from '../fixtures/compile/load-flows.ts';

const flows = loadFlows(FIXTURES);
const router = compileFlow('router', flows);
const account = compileFlow('account', flows);

describe('compileFlow', () => {
  test('the compiled flow is plain JSON that survives a round trip', () => {
    expect(JSON.parse(JSON.stringify(router))).toEqual(router);
    expect(JSON.parse(JSON.stringify(account))).toEqual(account);
  });

  test('the machine config runs in xstate and starts at the flow start', () => {
    const actor = createActor(createFlowMachine(router.machine)).start();
    expect(actor.getSnapshot().value).toBe('who');
    actor.send({ type: 'CHOOSE', index: 1 });
    expect(actor.getSnapshot().value).toBe('lights');
    expect(actor.getSnapshot().context).toEqual({
      vars: { customer: 'business' },
      trail: [{ state: 'who', choice: 1, vars: {} }],
    });
  });

  test('the machine carries no text, only where each state came from', () => {
    const json = JSON.stringify(router.machine);
    for (const phrase of ['Who are you?', 'Hvem er du?', 'Ask who is calling.', 'All green', 'Router fault']) {
      expect(json).not.toContain(phrase);
    }
    expect(router.machine.states.technician?.meta).toEqual({
      kind: 'handoff',
      flow: 'router',
      node: 'technician',
      queue: 'technical-support',
    });
  });

  test('an answer records itself, then stores its variables', () => {
    expect(router.machine.states.who?.on?.CHOOSE?.[1]).toEqual({
      guard: { type: 'choice', params: { index: 1 } },
      target: 'lights',
      actions: [
        { type: 'record', params: { state: 'who', index: 1 } },
        { type: 'assign', params: { set: { customer: 'business' } } },
      ],
    });
  });

  test('a conditional answer carries its condition in the choice guard and in the state', () => {
    const guard = router.machine.states.lights?.on?.CHOOSE?.[2]?.guard;
    expect(guard).toMatchObject({ type: 'choice', params: { index: 2, when: { type: 'test', variable: 'customer' } } });
    expect(router.states.lights?.options[2]).toMatchObject({ next: 'priority', when: { op: '==', values: ['business'] } });
    expect(router.states.lights?.options[0]).toEqual({ next: 'restart' });
  });

  test('a branch becomes eventless transitions: each case in order, then otherwise', () => {
    const always = router.machine.states.route?.always;
    expect(always?.map((t) => [t.guard?.type, t.target])).toEqual([
      ['cond', 'priority'],
      [undefined, 'technician'],
    ]);
    expect(router.states.route).toBeUndefined();
  });

  test('a step offers fixed (0) and not fixed (1)', () => {
    expect(router.states.restart?.options).toEqual([{ next: 'fixed' }, { next: 'route' }]);
    expect(router.machine.states.restart?.on?.CHOOSE?.map((t) => t.target)).toEqual(['fixed', 'route']);
  });

  test('resolutions and handoffs are tagged terminal resting states, not final states', () => {
    expect(router.machine.states.fixed?.tags).toEqual(['terminal', 'resolved']);
    expect(router.machine.states.priority?.tags).toEqual(['terminal', 'handoff']);
    expect(JSON.stringify(router.machine)).not.toContain('"final"');
    expect(router.states.technician).toEqual({
      kind: 'handoff',
      flow: 'router',
      node: 'technician',
      options: [],
      articles: [],
      queue: 'technical-support',
      collect: ['customer-number'],
    });
  });

  test('BACK offers every resting state an answer can come from, looking through branches', () => {
    const back = (state: string) => router.machine.states[state]?.on?.BACK?.map((t) => t.target);
    expect(back('technician')).toEqual(['lights', 'restart']);
    expect(back('priority')).toEqual(['lights', 'restart']);
    expect(back('lights')).toEqual(['who']);
    expect(back('who')).toBeUndefined();
    expect(router.machine.states.fixed?.on?.BACK?.[0]).toEqual({
      guard: { type: 'cameFrom', params: { state: 'restart' } },
      target: 'restart',
      actions: 'undo',
    });
  });

  test('RESTART at the root goes back to the start and resets the context', () => {
    expect(router.machine.on.RESTART).toEqual({ target: '.who', actions: 'reset' });
  });

  test('version, title, summary, tags and keywords come from the flow', () => {
    expect(router).toMatchObject({
      id: 'router',
      version: 3,
      start: 'who',
      locales: ['en', 'da'],
      title: { en: 'My router is not working', da: 'Min router virker ikke' },
      tags: ['internet'],
      keywords: { en: ['router', 'offline'], da: ['router'] },
    });
    expect(account.locales).toEqual(['en']);
  });
});

describe('sub-flows', () => {
  test('are inlined as states named after the sub-flow node, nested as a/b/c', () => {
    expect(Object.keys(account.states).sort()).toEqual([
      'acct/app',
      'acct/device',
      'acct/locked',
      'acct/pw/email',
      'acct/pw/no-mail',
      'all-done',
      'anything-else',
      'bill/dispute',
      'bill/invoice',
      'bill/paid',
      'reset/email',
      'reset/no-mail',
      'reset/reset-done',
      'topic',
    ]);
    expect(account.states['acct/pw/email']).toMatchObject({ kind: 'question', flow: 'password-reset', node: 'email' });
  });

  test('leading into a sub-flow node goes to the sub-flow start, or its start: node', () => {
    expect(account.states.topic?.options.map((o) => o.next)).toEqual(['acct/device', 'bill/invoice', 'reset/email']);
    expect(account.machine.states['reset/check']).toBeUndefined();
  });

  test('with then, a resolution inside continues at then and is dropped', () => {
    expect(account.states['acct/pw/email']?.options[0]?.next).toBe('acct/which');
    expect(account.states['acct/app']?.options[0]?.next).toBe('anything-else');
    expect(account.machine.states['acct/signed-in']).toBeUndefined();
    expect(account.machine.states['acct/pw/reset-done']).toBeUndefined();
  });

  test('without then, the walk ends in the sub-flow, and a handoff inside always ends it', () => {
    expect(account.states['bill/paid']?.kind).toBe('resolution');
    expect(account.states['reset/reset-done']?.kind).toBe('resolution');
    expect(account.states['acct/locked']?.kind).toBe('handoff');
  });

  test('variables of a sub-flow are stored under its path, and its conditions read them there', () => {
    expect(account.machine.states['acct/device']?.on?.CHOOSE?.[0]?.actions).toContainEqual({
      type: 'assign',
      params: { set: { 'acct/device': 'phone' } },
    });
    expect(account.machine.states['acct/pw/check']?.always?.[0]?.guard).toMatchObject({
      type: 'cond',
      params: { scope: 'acct/pw/' },
    });
  });

  test('BACK from the first state of a sub-flow leads to the state before it', () => {
    expect(account.machine.states['acct/device']?.on?.BACK?.map((t) => t.target)).toEqual(['topic']);
    expect(account.machine.states['anything-else']?.on?.BACK?.map((t) => t.target)).toEqual(['acct/pw/email', 'acct/app']);
  });

  test('a flow that goes into itself is refused with its path', () => {
    const loop: Flow = {
      id: 'loop',
      version: 1,
      title: { en: 'Loop' },
      summary: { en: 'Loop' },
      start: 'again',
      nodes: { again: { type: 'subflow', flow: 'loop' } },
    };
    expect(() => compileFlow('loop', new Map([['loop', loop]]))).toThrow(
      'Cannot compile flow "loop": flow "loop" goes into itself via "again".',
    );
  });
});

describe('text', () => {
  test('each locale gets its own table, falling back to English and saying so', () => {
    expect(router.text.da?.who).toEqual({
      text: 'Hvem er du?',
      options: ['Privatkunde', 'Erhvervskunde'],
      script: 'Spørg hvem der ringer.',
      note: 'Erhvervskunder har forrang.',
    });
    expect(router.text.da?.fixed).toEqual({ text: 'Glad it works again.', options: [], fallback: true });
    expect(router.text.da?.technician?.reason).toBe('Mulig routerfejl');
    expect(router.text.en?.fixed?.fallback).toBeUndefined();
  });

  test('steps get the built-in outcome labels in every locale', () => {
    expect(router.text.da?.restart?.options).toEqual(['Det løste problemet', 'Det virker stadig ikke']);
    const all = compileFlow('router', flows, { locales: ['en', 'da', 'de', 'fi', 'sv', 'lt'] });
    expect(Object.fromEntries(all.locales.map((l) => [l, all.text[l]?.restart?.options]))).toEqual({
      en: ['That fixed it', 'Still not working'],
      da: ['Det løste problemet', 'Det virker stadig ikke'],
      de: ['Das hat das Problem gelöst', 'Funktioniert immer noch nicht'],
      fi: ['Se korjasi ongelman', 'Ei toimi vieläkään'],
      sv: ['Det löste problemet', 'Fungerar fortfarande inte'],
      lt: ['Tai išsprendė problemą', 'Vis dar neveikia'],
    });
    expect(all.text.de?.who).toMatchObject({ text: 'Who are you?', fallback: true });
    expect(all.title.de).toBe('My router is not working');
  });

  test('stripAgentText removes every script and note and keeps the rest', () => {
    const stripped = stripAgentText(router);
    const json = JSON.stringify(stripped);
    expect(json).not.toContain('"script"');
    expect(json).not.toContain('"note"');
    expect(stripped.text.da?.technician?.reason).toBe('Mulig routerfejl');
    expect(stripped.machine).toEqual(router.machine);
    expect(router.text.en?.who?.script).toBe('Ask who is calling.');
  });

  test('a page can take one locale alone', () => {
    const da = onlyLocale(router, 'da');
    expect(Object.keys(da.text)).toEqual(['da']);
    expect(da.title).toEqual({ da: 'Min router virker ikke' });
    expect(textFor(router, 'da').who?.text).toBe('Hvem er du?');
    expect(textFor(router, 'fi').who?.text).toBe('Who are you?');
  });
});

test('compileFlows compiles every flow by id', () => {
  const all = compileFlows(flows);
  expect([...all.keys()].sort()).toEqual(['account', 'billing', 'password-reset', 'router', 'sign-in']);
  expect(all.get('sign-in')?.states['pw/email']?.options[0]?.next).toBe('which');
});
