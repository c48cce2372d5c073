/**
 * The troubleshooter island. The prerendered step page works on its own
 * (answers are links); once the flow's data has loaded, this takes over the
 * same markup: the compiled xstate machine decides where the walk is, the
 * answers given travel in the URL (`?a=0.2.1`) so a reload or a shared link
 * resumes exactly, and every step is a history entry.
 */
import { answersOf, back, choose, replay, startWalk, stateOf, transcriptOf, varsOf, viewOf, type Walk } from '../../core/flows/walk.ts';
import type { FeedbackSubject } from '../../core/site/feedback-payload.ts';
import type { StepEventDetail } from '../../core/site/flag-url.ts';
import { stepModel } from '../../core/site/step-model.ts';
import {
  formatAnswerQuery,
  parseAnswerQuery,
  parseStepPath,
  sameStep,
  stepUrl,
  type StepKey,
} from '../../core/site/step-path.ts';
import type { TroubleshooterData } from '../../core/site/troubleshooter-data.ts';
import { mountHandoff } from '../handoff/handoff-panel.ts';
import { byId } from './dom.ts';
import { renderStep } from './render-step.ts';

interface PageStep extends StepKey {
  path: number[];
}

const root = byId('troubleshooter');

async function start(): Promise<void> {
  const response = await fetch(root.dataset.src ?? '');
  if (!response.ok) return; // The links keep working without the island.
  const data = (await response.json()) as TroubleshooterData;
  const page = JSON.parse(root.dataset.step ?? '{}') as PageStep;
  const { flow, locale, strings } = data;
  const base = new URL(stepUrl(locale, flow.id, data.initial, data.initial), location.href).pathname;
  let walk: Walk = startWalk(flow);
  /** Answers a deep link implied; the customer did not give them here. */
  let implied = 0;

  const keyOf = (w: Walk): StepKey => ({ state: stateOf(w), vars: varsOf(w) });
  const urlOf = () =>
    stepUrl(locale, flow.id, keyOf(walk), data.initial) + formatAnswerQuery({ answers: answersOf(walk), implied });

  /** Starts at the prerendered page's step, as a deep link: its answers are implied, not given. */
  const deepLink = () => {
    const result = replay(flow, page.path);
    walk = result.ok ? result.walk : startWalk(flow);
    implied = answersOf(walk).length;
  };

  /** Reads the walk from the address bar; answers that do not replay to the step it names are ignored with a notice. */
  const fromLocation = (): boolean => {
    const rest = location.pathname.startsWith(base) ? location.pathname.slice(base.length).split('/') : [];
    const key = rest.some((s) => s !== '') ? parseStepPath(rest) : data.initial;
    const query = parseAnswerQuery(location.search);
    const result = query ? replay(flow, query.answers) : undefined;
    if (query && result?.ok && key && sameStep(keyOf(result.walk), key)) {
      walk = result.walk;
      implied = query.implied;
      return true;
    }
    if (key && sameStep(key, page)) deepLink();
    else {
      walk = startWalk(flow);
      implied = 0;
    }
    return query === undefined;
  };

  /** "Flag this" and "Was this helpful?" follow the walk (see FlagStepLink.astro and Feedback.astro). */
  const feedback = document.getElementById('feedback');
  const follow = (view: ReturnType<typeof viewOf>) => {
    const detail: StepEventDetail = {
      state: view.state,
      answers: transcriptOf(flow, walk, locale).map((e) => ({ question: e.text, answer: e.answer.label })),
    };
    // STEP_EVENT of flag-url.ts, written out: importing it would put that module into this bundle.
    root.dispatchEvent(new CustomEvent('kb:step', { bubbles: true, detail }));
    if (feedback) {
      const subject: FeedbackSubject = {
        kind: 'troubleshooter',
        id: flow.id,
        version: flow.version,
        locale,
        step: view.state,
        outcome: view.kind === 'handoff' ? 'handoff' : 'resolved',
        answers: answersOf(walk),
      };
      const json = JSON.stringify(subject);
      // Only a change restarts the question: the reader may have answered it already.
      if (feedback.dataset.subject !== json) feedback.dataset.subject = json;
      if (feedback.dataset.shown !== String(view.terminal)) feedback.dataset.shown = String(view.terminal);
    }
  };

  const show = (focus: boolean) => {
    const view = viewOf(flow, walk, locale, { audience: 'customer' });
    const model = stepModel(data, view);
    follow(view);
    byId('ts-progress').textContent = model.progress;
    renderStep(byId('ts-step'), model, strings, (index) => {
      const result = choose(walk, index);
      if (result.ok) go(result.walk);
    });
    const given = answersOf(walk).length - implied;
    byId('ts-back').hidden = given <= 0;
    byId('ts-restart').hidden = given <= 0 && implied === 0;
    if (model.queue) mountHandoff(byId('ts-case'), { data, model, walk, implied });
    if (focus) byId('ts-heading').focus();
  };

  const go = (next: Walk, nextImplied = implied) => {
    walk = next;
    implied = nextImplied;
    byId('ts-notice').textContent = '';
    history.pushState(null, '', urlOf());
    show(true);
  };

  byId('ts-back').addEventListener('click', () => go(back(walk)));
  byId('ts-restart').addEventListener('click', (event) => {
    event.preventDefault();
    go(startWalk(flow), 0);
  });
  addEventListener('popstate', () => {
    fromLocation();
    show(true);
  });
  addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (!/^[1-9]$/.test(event.key)) return;
    const option = root.querySelectorAll<HTMLButtonElement>('.ts-option')[Number(event.key) - 1];
    if (!option) return;
    event.preventDefault();
    option.click();
  });

  if (!fromLocation()) byId('ts-notice').textContent = strings.badLink;
  history.replaceState(null, '', urlOf());
  show(false);
  root.dataset.ready = 'true';
}

void start();
