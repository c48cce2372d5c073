import { describe, expect, test } from 'vitest';
import { compileFlow } from '../../src/core/flows/compile-flow.ts';
import { answersOf, replay, stateOf, varsOf, type Walk } from '../../src/core/flows/walk.ts';
import { stepWalker } from '../../src/core/site/step-page-values.ts';
import { enumerateStepPages } from '../../src/core/site/step-pages.ts';
import { stepKeyId, stepPathOf } from '../../src/core/site/step-path.ts';
import { loadFlows as loadSampleFlows } from '../../src/node/load-flows.ts';
import { FIXTURES, loadFlows } from '../fixtures/compile/load-flows.ts';

const fixtures = loadFlows(FIXTURES);
const sample = loadSampleFlows(new URL('../..', import.meta.url).pathname, 'public').flows;

describe('static step pages', () => {
  test('a page exists for each state and variable assignment the walk can reach', () => {
    const { pages, initial, truncated } = enumerateStepPages(compileFlow('router', fixtures));
    expect(truncated).toBe(false);
    expect(initial).toEqual({ state: 'who', vars: {} });
    expect(pages.map((p) => stepPathOf(p.key))).toEqual([
      'who',
      'lights/customer=home',
      'lights/customer=business',
      'restart/customer=home',
      'technician/customer=home',
      'restart/customer=business',
      'priority/customer=business',
      'fixed/customer=home',
      'fixed/customer=business',
    ]);
  });

  test('branches are decided by the variables of the page', () => {
    const { pages } = enumerateStepPages(compileFlow('router', fixtures));
    const redOrOff = (customer: string) =>
      pages.find((p) => stepPathOf(p.key) === `lights/customer=${customer}`)?.options.find((o) => o.index === 1)?.to;
    expect(redOrOff('home')).toEqual({ state: 'technician', vars: { customer: 'home' } });
    expect(redOrOff('business')).toEqual({ state: 'priority', vars: { customer: 'business' } });
  });

  test('an answer hidden by its condition is not offered, and the shown numbers skip it', () => {
    const { pages } = enumerateStepPages(compileFlow('router', fixtures));
    const options = (customer: string) =>
      pages.find((p) => stepPathOf(p.key) === `lights/customer=${customer}`)?.options.map((o) => [o.index, o.number]);
    expect(options('home')).toEqual([[0, 1], [1, 2]]);
    expect(options('business')).toEqual([[0, 1], [1, 2], [2, 3]]);
  });

  test('sub-flow states and their scoped variables get pages of their own', () => {
    const { pages } = enumerateStepPages(compileFlow('account', fixtures));
    const paths = pages.map((p) => stepPathOf(p.key));
    expect(paths).toContain('acct/pw/email/acct.device=phone');
    expect(paths).toContain('acct/app/acct.device=phone/acct.pw.email=received');
    expect(paths.filter((p) => p.startsWith('acct/app/'))).toHaveLength(1);
  });

  test.each([...sample.keys()])('every page of the sample flow %s replays to its own step, and every answer leads to a page', (id) => {
    const flow = sample.get(id)!;
    const { pages, problems } = enumerateStepPages(flow);
    expect(problems).toEqual([]);
    const ids = new Set(pages.map((p) => stepKeyId(p.key)));
    for (const page of pages) {
      const walked = replay(flow, page.path);
      if (!walked.ok) throw new Error(walked.error.message);
      expect({ state: stateOf(walked.walk), vars: varsOf(walked.walk) }).toEqual(page.key);
      for (const option of page.options) expect(ids.has(stepKeyId(option.to))).toBe(true);
      expect(page.options.length === 0).toBe(page.kind === 'resolution' || page.kind === 'handoff');
    }
  });

  test('walking the pages in order from their parents reaches what a full replay reaches, in any order given', () => {
    const flows = [...sample.values(), compileFlow('router', fixtures), compileFlow('account', fixtures)];
    const where = (walk: Walk) => ({ state: stateOf(walk), vars: varsOf(walk), answers: answersOf(walk) });
    let fromParent = 0;
    for (const flow of flows) {
      const { pages } = enumerateStepPages(flow);
      for (const order of [pages, [...pages].reverse()]) {
        const walkTo = stepWalker(flow);
        for (const page of order) {
          const replayed = replay(flow, page.path);
          if (!replayed.ok) throw new Error(replayed.error.message);
          expect(where(walkTo(page))).toEqual(where(replayed.walk));
        }
      }
      fromParent += pages.filter((p) => p.path.length > 0).length;
    }
    expect(fromParent).toBeGreaterThan(20);
  });

  test('a flow whose pages exceed the cap is cut off and reported, not enumerated forever', () => {
    const result = enumerateStepPages(compileFlow('router', fixtures), { limit: 4 });
    expect(result.truncated).toBe(true);
    expect(result.pages).toHaveLength(4);
    expect(result.problems).toEqual([
      {
        message: 'Flow "router" has more than 4 step pages (state and variable combinations); only the first 4 are prerendered.',
        hint: 'Without JavaScript, answers beyond them lead nowhere. Set fewer variables, or set them closer to the branches that test them.',
      },
    ]);
  });
});
