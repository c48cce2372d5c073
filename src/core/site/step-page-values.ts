/**
 * What one step page puts in its shell's slots (step-shell.ts): the step as
 * the customer sees it after the shortest walk to it, the links of its
 * answers, the state the island resumes from, the feedback subject and, where
 * the build shows flags, the "Flag this" link for this step.
 */
import type { CompiledFlow } from '../flows/compiled-flow.ts';
import { choose, replay, transcriptOf, viewOf, type Walk } from '../flows/walk.ts';
import { mailtoUrl } from '../handoff/case-message.ts';
import type { Locale } from '../locales.ts';
import type { FeedbackSubject } from './feedback-payload.ts';
import { flagUrl, type FlagIslandData } from './flag-url.ts';
import { stepBodyHtml } from './step-html.ts';
import { stepModel } from './step-model.ts';
import type { StepPage } from './step-pages.ts';
import { sameStep, stepPathOf, stepUrl } from './step-path.ts';
import type { StepSlotValues } from './step-shell.ts';
import type { TroubleshooterData } from './troubleshooter-data.ts';

/** One flow in one locale, as its step pages need it. */
export interface StepPageContext {
  flowId: string;
  locale: Locale;
  /** The flow's data in this locale; `data.flow` holds its texts. */
  data: TroubleshooterData;
  /** The site's address, for the absolute page URL a flag names. */
  site: string;
  /** Set when this build shows "Flag this" on troubleshooters. */
  flag?: FlagIslandData;
}

/**
 * The shortest walk to `page`, in any locale's copy of the flow (they differ in texts only).
 * An error names the page: enumeration and replay disagree only on a bug.
 */
export function walkTo(flow: CompiledFlow, page: StepPage): Walk {
  const walked = replay(flow, page.path);
  if (!walked.ok) throw new Error(`Step page ${stepPathOf(page.key)} of "${flow.id}" does not replay: ${walked.error.message}`);
  return walked.walk;
}

/**
 * walkTo for the pages of one flow taken in enumeration order (breadth-first,
 * step-pages.ts): a page's shortest path is its parent page's plus one
 * answer, so when the parent was walked already this takes that one answer
 * instead of replaying the whole path. Pages in any other order are replayed.
 */
export function stepWalker(flow: CompiledFlow): (page: StepPage) => Walk {
  const walks = new Map<string, Walk>();
  return (page) => {
    const parent = page.path.length === 0 ? undefined : walks.get(page.path.slice(0, -1).join());
    let walk: Walk;
    if (parent) {
      const chosen = choose(parent, page.path[page.path.length - 1]!);
      if (!chosen.ok) throw new Error(`Step page ${stepPathOf(page.key)} of "${flow.id}" does not replay: ${chosen.error.message}`);
      walk = chosen.walk;
    } else walk = walkTo(flow, page);
    walks.set(page.path.join(), walk);
    return walk;
  };
}

/** The title a troubleshooter shows in `locale`. */
export const flowTitle = (flow: CompiledFlow, flowId: string, locale: Locale): string => flow.title[locale] ?? flowId;

/** The slot values of `page`; `walk` is its shortest walk (walkTo), shared by every locale. */
export function stepPageValues(context: StepPageContext, page: StepPage, walk: Walk = walkTo(context.data.flow, page)): StepSlotValues {
  const { flowId, locale, data, flag } = context;
  const flow = data.flow;
  const model = stepModel(data, viewOf(flow, walk, locale, { audience: 'customer' }));
  const title = flowTitle(flow, flowId, locale);
  const atStart = sameStep(page.key, data.initial);
  const body = stepBodyHtml(model, data.strings, {
    hrefs: Object.fromEntries(page.options.map((o) => [o.index, stepUrl(locale, flowId, o.to, data.initial)])),
    ...(model.queue?.email === undefined ? {} : { mailto: mailtoUrl(model.queue.email, title) }),
    restart: stepUrl(locale, flowId, data.initial, data.initial),
    atStart,
  });
  const subject: FeedbackSubject = {
    kind: 'troubleshooter',
    id: flowId,
    version: flow.version,
    locale,
    step: page.key.state,
    outcome: model.kind === 'handoff' ? 'handoff' : 'resolved',
    answers: page.path,
  };
  const flagHref =
    flag === undefined
      ? ''
      : flagUrl({
          ...flag,
          ...(flag.targets[page.key.state] ?? { file: `flows/${flowId}.yaml`, line: 1 }),
          pageUrl: new URL(stepUrl(locale, flowId, page.key, data.initial), context.site).href,
          step: {
            id: page.key.state,
            answers: transcriptOf(flow, walk, locale).map((e) => ({ question: e.text, answer: e.answer.label })),
          },
        });
  return {
    path: atStart ? '' : `${stepPathOf(page.key)}/`,
    body,
    step: JSON.stringify({ state: page.key.state, vars: page.key.vars, path: page.path }),
    subject: JSON.stringify(subject),
    shown: String(model.kind === 'resolution' || model.kind === 'handoff'),
    flag: flagHref,
  };
}
