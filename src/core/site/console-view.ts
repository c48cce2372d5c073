/**
 * What the call console shows for a call, decided in one place so the
 * browser only renders it: the step with what the customer sees, the script
 * and the internal note; the answers; at a handoff the queue, how to transfer
 * and what to collect; the transcript; and the case notes, made by the same
 * `caseNotesOf` as `kb case`, so the notes always match the transcript.
 * Browser-safe.
 */
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import type { CompiledFlow, StateText } from '../flows/compiled-flow.ts';
import { answersOf, viewOf, type Walk } from '../flows/walk.ts';
import { encodeCaseCode } from '../handoff/case-code.ts';
import { caseNotesOf, renderCaseNotes, type CaseNotes } from '../handoff/case-notes.ts';
import { fill } from '../handoff/field-validation.ts';
import type { PickupStatus } from '../handoff/pick-up-case.ts';
import { CASE_NOTES_STRINGS } from '../i18n/case-notes-strings.ts';
import type { ConsoleStrings } from '../i18n/console-strings.ts';
import type { ArticleLink } from './troubleshooter-data.ts';
import type { ConsoleFlowData, ConsoleText } from './console-data.ts';

/** How a call started from a customer's case code. */
export interface ConsolePickup {
  /** The customer's code, canonically spelled. */
  code: string;
  status: PickupStatus;
  codeVersion: number;
  recovered: number;
  total: number;
}

/** A call in progress. */
export interface ConsoleCall {
  data: ConsoleFlowData;
  walk: Walk;
  customerLocale: Locale;
  /** How many of the walk's first answers the customer gave online (they came with the case code). */
  fromCode: number;
  pickup?: ConsolePickup;
  /** Show each text also in the customer's language. */
  customerWording: boolean;
  /** The fields the representative has ticked as collected at a handoff. */
  collected?: readonly string[];
}

/** A text with its language when that is not the page's. */
export interface ShownText {
  text: string;
  lang?: Locale;
}

/** One answered step of the call. */
export interface TranscriptLine {
  text: string;
  answer: string;
  /** True when the customer gave this answer online, before the call. */
  fromCustomer: boolean;
  customer?: { text: string; answer: string; lang: Locale };
}

/** The case notes as the console copies and downloads them. */
export type ConsoleNotes = CaseNotes & { status?: PickupStatus; pickedUpFrom?: string };

/** Everything the console renders for a call. */
export interface ConsoleView {
  title: ShownText;
  meta: string;
  customerLanguage: string;
  /** Labels the customer's wording of a text: "In Danish". */
  wordingLabel: string;
  caseCode: string;
  notices: Array<{ text: string; tone: 'info' | 'warning' }>;
  step: {
    state: string;
    kind: 'question' | 'step' | 'resolution' | 'handoff';
    kindLabel: string;
    progress: string;
    text: ShownText;
    /** The same text in the customer's language, when asked for and different. */
    customerText?: ShownText;
    script?: ShownText;
    note?: ShownText;
    reason?: ShownText;
    options: Array<{ index: number; number: number; label: ShownText; customerLabel?: ShownText }>;
    articles: ArticleLink[];
  };
  handoff?: {
    heading: string;
    transfer?: ConsoleText;
    phone?: string;
    tel?: string;
    hours: string[];
    collect: Array<{ id: string; label: string }>;
  };
  transcript: TranscriptLine[];
  canGoBack: boolean;
  /** True when the customer's language is not the representative's: their wording can be shown. */
  otherLanguage: boolean;
  notes: ConsoleNotes;
  notesText: string;
  /** File name of the downloaded notes. */
  notesFile: string;
}

type Part = 'text' | 'script' | 'note' | 'reason';

/**
 * The language a state's text is really shown in for `locale`: the locale's
 * own, or English when the flow lacks that text in the locale (compiled
 * flows fill gaps with English).
 */
function langOf(flow: CompiledFlow, locale: Locale, state: string, part: Part | number): Locale | undefined {
  const own = flow.text[locale];
  if (!own) return flow.text[DEFAULT_LOCALE] ? DEFAULT_LOCALE : (Object.keys(flow.text)[0] as Locale | undefined);
  const entry = own[state];
  const english = flow.text[DEFAULT_LOCALE]?.[state];
  if (locale === DEFAULT_LOCALE || !entry?.fallback || !english) return undefined;
  const value = (e: StateText) => (typeof part === 'number' ? e.options[part] : e[part]);
  return value(entry) === value(english) ? DEFAULT_LOCALE : undefined;
}

const shown = (text: string, lang: Locale | undefined, page: Locale): ShownText =>
  lang === undefined || lang === page ? { text } : { text, lang };

/** The console's view of `call`, in the representative's language (`strings`, `call.data.locale`). */
export function consoleView(call: ConsoleCall, strings: ConsoleStrings): ConsoleView {
  const { data, walk, customerLocale, pickup } = call;
  const { flow, locale } = data;
  const view = viewOf(flow, walk, locale, { audience: 'agent' });
  const otherLanguage = customerLocale !== locale;
  const wording = call.customerWording && otherLanguage;
  const theirs = wording ? viewOf(flow, walk, customerLocale, { audience: 'customer' }) : undefined;
  const at = (part: Part | number) => langOf(flow, locale, view.state, part);
  const caseCode = encodeCaseCode({ flowId: flow.id, flowVersion: flow.version, locale: customerLocale, answers: answersOf(walk) });
  const titleLang = flow.title[locale] === undefined ? DEFAULT_LOCALE : undefined;
  const language = CASE_NOTES_STRINGS[locale].languages[customerLocale];

  const step: ConsoleView['step'] = {
    state: view.state,
    kind: view.kind,
    kindLabel: strings.kinds[view.kind],
    progress: fill(strings.step, { n: view.progress.step }),
    text: shown(view.text, at('text'), locale),
    options: view.options.map((o) => {
      const option: ConsoleView['step']['options'][number] = { index: o.index, number: o.number, label: shown(o.label, at(o.index), locale) };
      const other = theirs?.options.find((t) => t.index === o.index);
      if (other && other.label !== o.label) option.customerLabel = { text: other.label, lang: customerLocale };
      return option;
    }),
    articles: view.articles.flatMap((id) => data.articles[id] ?? []),
  };
  if (theirs && theirs.text !== view.text) step.customerText = { text: theirs.text, lang: customerLocale };
  if (view.script !== undefined) step.script = shown(view.script, at('script'), locale);
  if (view.note !== undefined) step.note = shown(view.note, at('note'), locale);
  if (view.reason !== undefined) step.reason = shown(view.reason, at('reason'), locale);

  const notes: ConsoleNotes = caseNotesOf({
    flow,
    walk,
    caseCode,
    customerLocale,
    locale,
    handoff: data.handoff,
    customerWording: wording,
    ...(pickup ? { pickup } : {}),
    ...(call.collected ? { collected: call.collected } : {}),
  });
  if (pickup) Object.assign(notes, { status: pickup.status, pickedUpFrom: pickup.code });

  const queue = view.queue === undefined ? undefined : data.queues[view.queue];
  const result: ConsoleView = {
    title: shown(notes.flow.title, titleLang, locale),
    meta: fill(strings.flowMeta, { flow: flow.id, version: flow.version }),
    customerLanguage: fill(strings.customerLanguage, { language }),
    wordingLabel: fill(strings.inLanguage, { language }),
    caseCode,
    notices: noticesOf(call, strings, notes),
    step,
    transcript: notes.steps.map((s, i) => ({
      text: s.text,
      answer: s.answer,
      fromCustomer: i < call.fromCode,
      ...(s.customerText !== undefined ? { customer: { text: s.customerText, answer: s.customerAnswer ?? '', lang: customerLocale } } : {}),
    })),
    canGoBack: view.canGoBack,
    otherLanguage,
    notes,
    notesText: renderCaseNotes(notes),
    // Without the check symbol (it may be * ~ $ =), which file systems may not allow.
    notesFile: `case-${caseCode.replace(/[^0-9A-Z-]/gu, '').replace(/-+$/u, '')}.json`,
  };
  if (view.queue !== undefined) {
    result.handoff = {
      heading: fill(strings.handoffHeading, { queue: notes.queue?.name ?? view.queue }),
      hours: queue?.hours ?? [],
      collect: notes.collect,
    };
    if (queue?.transfer) result.handoff.transfer = queue.transfer;
    if (queue?.phone !== undefined) Object.assign(result.handoff, { phone: queue.phone, tel: queue.tel });
  }
  return result;
}

/** What the console says about how the call started: the pickup, and a flow shown in English. */
function noticesOf(call: ConsoleCall, strings: ConsoleStrings, notes: CaseNotes): ConsoleView['notices'] {
  const notices: ConsoleView['notices'] = [];
  const { pickup, data } = call;
  if (pickup) {
    const picked = pickup.total === 0 ? strings.pickedUpNone : fill(strings.pickedUp, { count: pickup.total });
    const continues = fill(strings.continuesAt, { n: pickup.recovered + 1 });
    if (pickup.status === 'exact') notices.push({ text: `${picked} ${continues}`, tone: 'info' });
    // The notes carry the version notice (replayed or partial) in the representative's language.
    else notices.push({ text: `${notes.notice ?? picked} ${continues}`, tone: 'warning' });
  }
  if (data.flow.text[data.locale] === undefined) notices.push({ text: strings.flowInEnglish, tone: 'info' });
  return notices;
}
