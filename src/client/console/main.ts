/**
 * The call console island (representatives' build only). A call starts from
 * a troubleshooter or from a customer's case code; the walk runs on the
 * compiled machine (walk.ts), the page shows what consoleView decides, and
 * everything works from the keyboard (console-shortcuts.ts). The call is
 * kept in sessionStorage so a reload does not lose it.
 */
import { answersOf, back, chooseNumber, replay, startWalk, stateOf, transcriptOf, type Walk } from '../../core/flows/walk.ts';
import { fill } from '../../core/handoff/field-validation.ts';
import { pickUpCase, type PickupError } from '../../core/handoff/pick-up-case.ts';
import type { ConsoleStrings } from '../../core/i18n/console-strings.ts';
import type { DiagramStrings } from '../../core/i18n/diagram-strings.ts';
import type { Locale } from '../../core/locales.ts';
import type { ConsoleFlowData } from '../../core/site/console-data.ts';
import { callOfPickup, flowOfCaseCode, pickupErrorText } from '../../core/site/console-pickup.ts';
import { consoleShortcut, type ConsoleAction } from '../../core/site/console-shortcuts.ts';
import { consoleDataUrl } from '../../core/site/console-urls.ts';
import { consoleView, type ConsoleCall, type ConsoleView } from '../../core/site/console-view.ts';
import { flagUrl, type FlagTarget } from '../../core/site/flag-url.ts';
import { byId, h } from '../troubleshooter/dom.ts';
import { loadCall, saveCall } from './call-storage.ts';
import { createDiagramPanel } from './diagram-panel.ts';
import { copyText, downloadJson } from './notes-export.ts';
import { renderCall, type CallHandlers } from './render-call.ts';

/** What the page tells the island (Console.astro, `data-config`). */
interface ConsoleConfig {
  locale: Locale;
  /** Flow ids in the order the page numbers them. */
  flows: string[];
  strings: ConsoleStrings;
  /** Each flow's diagram URL. */
  diagrams: Record<string, string>;
  diagramStrings: DiagramStrings;
  /** "Flag this step": the repository and where each state of each flow is written. */
  flag: { repository: string; branch: string; label: string; targets: Record<string, Record<string, FlagTarget>> };
}

const root = byId('console');
const config = JSON.parse(root.dataset.config ?? '{}') as ConsoleConfig;
const { locale, strings: s } = config;
const startSection = byId('console-start');
const callSection = byId('console-call');
const status = byId('console-status');
const caseForm = byId<HTMLFormElement>('console-case-form');
const caseInput = byId<HTMLInputElement>('console-case');
const caseError = byId('console-case-error');

let call: ConsoleCall | undefined;
let view: ConsoleView | undefined;
let checked = new Set<string>();
const diagram = createDiagramPanel(config.diagramStrings);
const flowData = new Map<string, Promise<ConsoleFlowData>>();

function loadFlow(id: string): Promise<ConsoleFlowData> {
  let pending = flowData.get(id);
  if (!pending) {
    pending = fetch(consoleDataUrl(locale, id)).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.url}`);
      return response.json() as Promise<ConsoleFlowData>;
    });
    // A failed fetch is tried again next time.
    pending.catch(() => flowData.delete(id));
    flowData.set(id, pending);
  }
  return pending;
}

function say(text: string): void {
  // Cleared first so the same message is announced again.
  status.textContent = '';
  status.textContent = text;
}

/** Renders the console; `focus` moves focus to the new step or the start, or keeps it on the control that had it. */
function show(focus: 'step' | 'start' | 'keep'): void {
  const active = document.activeElement?.id;
  saveCall(
    call && {
      flow: call.data.flow.id,
      version: call.data.flow.version,
      answers: answersOf(call.walk),
      customerLocale: call.customerLocale,
      fromCode: call.fromCode,
      ...(call.pickup ? { pickup: call.pickup } : {}),
      customerWording: call.customerWording,
      checked: [...checked],
    },
  );
  startSection.hidden = call !== undefined;
  callSection.hidden = call === undefined;
  if (!call) {
    view = undefined;
    callSection.replaceChildren();
    if (focus === 'start') byId('console-start-title').focus();
    return;
  }
  view = consoleView({ ...call, collected: [...checked] }, s);
  const flow = call.data.flow;
  const state = stateOf(call.walk);
  const { flag } = config;
  const flagHref = flagUrl({
    repository: flag.repository,
    branch: flag.branch,
    ...(flag.targets[flow.id]?.[state] ?? { file: `flows/${flow.id}.yaml`, line: 1 }),
    title: view.title.text,
    pageUrl: location.href,
    step: { id: state, answers: transcriptOf(flow, call.walk, locale).map((e) => ({ question: e.text, answer: e.answer.label })) },
  });
  const diagramUrl = config.diagrams[flow.id];
  renderCall(callSection, view, s, { customerWording: call.customerWording, checked }, handlers, {
    flag: { href: flagHref, label: flag.label },
    ...(diagramUrl ? { diagram: diagram.element } : {}),
  });
  if (diagramUrl) diagram.show({ url: diagramUrl, current: state, trail: call.walk.snapshot.context.trail });
  const keep = active ? document.getElementById(active) : null;
  if (focus === 'step' || (focus === 'keep' && (!keep || keep.hasAttribute('disabled')))) byId('console-step-heading').focus();
  else keep?.focus();
}

function walkTo(walk: Walk, fromCode = call?.fromCode ?? 0): void {
  if (!call) return;
  // Answers taken back are no longer the customer's own, even if given again on the call.
  call = { ...call, walk, fromCode: Math.min(fromCode, answersOf(walk).length) };
  show('step');
}

async function startFlow(id: string): Promise<void> {
  say(s.loading);
  try {
    const data = await loadFlow(id);
    checked = new Set();
    call = { data, walk: startWalk(data.flow), customerLocale: locale, fromCode: 0, customerWording: false };
    say('');
    show('step');
  } catch {
    say(s.loadFailed);
  }
}

function showCaseError(error: PickupError | undefined, typed: string): void {
  if (!error) {
    caseError.replaceChildren();
    caseInput.removeAttribute('aria-invalid');
    return;
  }
  const text = pickupErrorText(error, typed, s);
  caseError.replaceChildren(h('p', { class: 'console-error-message' }, text.message), h('p', {}, text.hint));
  caseInput.setAttribute('aria-invalid', 'true');
  caseInput.focus();
}

async function pickUp(typed: string): Promise<void> {
  const found = flowOfCaseCode(typed, config.flows);
  if (!found.ok) return showCaseError(found.error, typed);
  say(s.loading);
  let data: ConsoleFlowData;
  try {
    data = await loadFlow(found.flowId);
  } catch {
    say(s.loadFailed);
    return;
  }
  say('');
  const picked = pickUpCase(typed, new Map([[found.flowId, data.flow]]));
  if (!picked.ok) return showCaseError(picked.error, typed);
  showCaseError(undefined, typed);
  checked = new Set();
  call = callOfPickup(picked.value, data);
  show('step');
}

async function copyNotes(): Promise<void> {
  if (!view) return;
  say((await copyText(view.notesText, document.getElementById('console-notes'))) ? s.notesCopied : s.copyFailed);
}

function downloadNotes(): void {
  if (!view) return;
  downloadJson(view.notes, view.notesFile);
  say(fill(s.downloaded, { file: view.notesFile }));
}

function newCall(): void {
  call = undefined;
  checked = new Set();
  caseInput.value = '';
  showCaseError(undefined, '');
  say('');
  show('start');
}

const handlers: CallHandlers = {
  choose: (number) => {
    if (!call) return;
    const result = chooseNumber(call.walk, number);
    if (result.ok) walkTo(result.walk);
  },
  back: () => {
    if (call && answersOf(call.walk).length > 0) walkTo(back(call.walk));
  },
  restart: () => {
    if (!call) return;
    // Starting over drops what came with the code; the customer's language stays.
    const { pickup: _dropped, ...rest } = call;
    call = { ...rest, walk: startWalk(call.data.flow), fromCode: 0 };
    show('step');
  },
  newCall,
  copy: () => void copyNotes(),
  download: downloadNotes,
  wording: () => {
    if (!call || !view?.otherLanguage) return;
    call = { ...call, customerWording: !call.customerWording };
    show('keep');
  },
  check: (id, on) => {
    if (on) checked.add(id);
    else checked.delete(id);
    show('keep');
  },
};

/** Runs a shortcut; false when it does nothing here (so the key keeps its usual meaning). */
function run(action: ConsoleAction): boolean {
  switch (action.type) {
    case 'choose': {
      if (call) {
        if (!view?.step.options.some((o) => o.number === action.number)) return false;
        handlers.choose(action.number);
        return true;
      }
      const id = config.flows[action.number - 1];
      if (id === undefined) return false;
      void startFlow(id);
      return true;
    }
    case 'back':
      if (!call) return false;
      handlers.back();
      return true;
    case 'search':
      byId('console-search').focus();
      return true;
    case 'copy':
    case 'download':
      if (!view) return false;
      if (action.type === 'copy') handlers.copy();
      else handlers.download();
      return true;
    case 'wording':
      if (!view?.otherLanguage) return false;
      handlers.wording();
      return true;
    case 'new-call':
      newCall();
      return true;
  }
}

document.addEventListener('keydown', (event) => {
  const target = event.target instanceof HTMLElement ? event.target : null;
  const action = consoleShortcut({
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    target: target && { tagName: target.tagName, type: (target as HTMLInputElement).type, isContentEditable: target.isContentEditable },
  });
  if (action && run(action)) event.preventDefault();
});

caseForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void pickUp(caseInput.value);
});
for (const button of startSection.querySelectorAll<HTMLButtonElement>('[data-flow]')) {
  button.addEventListener('click', () => void startFlow(button.dataset.flow ?? ''));
}

/** Picks up `?case=` when the link has one, else resumes the call kept in this tab. */
async function resume(): Promise<void> {
  const fromLink = new URLSearchParams(location.search).get('case');
  if (fromLink !== null) {
    caseInput.value = fromLink;
    // Once picked up, a reload resumes the call instead of picking the code up again.
    history.replaceState(null, '', location.pathname);
    await pickUp(fromLink);
    return;
  }
  const stored = loadCall();
  if (!stored || !config.flows.includes(stored.flow)) return;
  try {
    const data = await loadFlow(stored.flow);
    const walked = data.flow.version === stored.version ? replay(data.flow, stored.answers) : undefined;
    if (!walked?.ok) return saveCall(undefined);
    checked = new Set(stored.checked);
    call = {
      data,
      walk: walked.walk,
      customerLocale: stored.customerLocale,
      fromCode: stored.fromCode,
      ...(stored.pickup ? { pickup: stored.pickup } : {}),
      customerWording: stored.customerWording,
    };
    show('keep');
  } catch {
    say(s.loadFailed);
  }
}

void resume().finally(() => {
  root.dataset.ready = 'true';
});
