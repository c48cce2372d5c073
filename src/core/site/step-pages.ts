/**
 * Which static step pages a troubleshooter has. Without JavaScript the tree
 * works through prerendered pages whose answers are plain links, and what a
 * state shows (and where its answers lead) can depend on the variables stored
 * on the way. So a page is keyed by (state, variables): this file walks every
 * reachable pair breadth-first through the compiled machine itself, so
 * branches and hidden answers are decided exactly as the browser decides them.
 */
import type { CompiledFlow, RestingKind } from '../flows/compiled-flow.ts';
import { answersOf, choicesOf, choose, startWalk, stateOf, varsOf, type Walk } from '../flows/walk.ts';
import { stepKeyId, type StepKey } from './step-path.ts';

/** One static step page. */
export interface StepPage {
  key: StepKey;
  kind: RestingKind;
  /** A shortest list of answers from the start to this page (breadth-first order). */
  path: number[];
  /** The answers shown here, in order: `number` is the position shown, `to` the page it leads to. */
  options: Array<{ index: number; number: number; to: StepKey }>;
}

/** A problem found while enumerating, for the build to report. */
export interface StepPagesProblem {
  message: string;
  hint: string;
}

/** Every step page of a flow, the first (the flow's own URL), and what went wrong. */
export interface StepPages {
  initial: StepKey;
  pages: StepPage[];
  /** True when the cap was reached: pages beyond it exist only for JavaScript users. */
  truncated: boolean;
  problems: StepPagesProblem[];
}

/** The default cap on pages per flow and locale. */
export const MAX_STEP_PAGES = 2_000;

const keyOf = (walk: Walk): StepKey => ({ state: stateOf(walk), vars: { ...varsOf(walk) } });

/**
 * Enumerates the (state, variables) pairs reachable from the flow's start.
 * Stops at `limit` pages and reports it: variables that combine freely can
 * multiply the pages beyond what a static site should hold.
 */
export function enumerateStepPages(compiled: CompiledFlow, { limit = MAX_STEP_PAGES } = {}): StepPages {
  const start = startWalk(compiled);
  const initial = keyOf(start);
  const seen = new Map<string, StepPage>();
  const queue: Walk[] = [];
  const pages: StepPage[] = [];
  const problems: StepPagesProblem[] = [];
  let truncated = false;
  const visit = (walk: Walk): StepKey => {
    const key = keyOf(walk);
    const id = stepKeyId(key);
    if (!seen.has(id) && !truncated) {
      if (pages.length >= limit) {
        truncated = true;
        problems.push({
          message: `Flow "${compiled.id}" has more than ${limit} step pages (state and variable combinations); only the first ${limit} are prerendered.`,
          hint: 'Without JavaScript, answers beyond them lead nowhere. Set fewer variables, or set them closer to the branches that test them.',
        });
        return key;
      }
      const page: StepPage = {
        key,
        kind: compiled.states[key.state]?.kind ?? 'question',
        path: answersOf(walk),
        options: [],
      };
      seen.set(id, page);
      pages.push(page);
      queue.push(walk);
    }
    return key;
  };
  visit(start);
  for (let walk = queue.shift(); walk !== undefined; walk = queue.shift()) {
    const page = seen.get(stepKeyId(keyOf(walk)));
    if (!page) continue;
    choicesOf(walk).forEach((index, position) => {
      const result = choose(walk, index);
      if (!result.ok) return;
      page.options.push({ index, number: position + 1, to: visit(result.walk) });
    });
  }
  return { initial, pages, truncated, problems };
}
