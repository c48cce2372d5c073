/**
 * The data the call console fetches for one flow, for representatives
 * working in one locale: the compiled flow with scripts and notes in every
 * locale (the customer may speak another language than the representative),
 * the queues it can hand over to with their transfer instructions, the
 * fields those handoffs collect, and links to the articles its steps cite.
 * Built at build time for the representatives' build only.
 */
import type { CompiledFlow } from '../flows/compiled-flow.ts';
import type { HandoffConfig } from '../handoff/config-schema.ts';
import { formatOpeningHours } from '../handoff/opening-hours.ts';
import { TROUBLESHOOTER_STRINGS } from '../i18n/troubleshooter-strings.ts';
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import { telOf, type ArticleLink, type ArticleLinks } from './troubleshooter-data.ts';

/** A text in the representative's language, or in English (`lang: 'en'`) when it has no translation. */
export interface ConsoleText {
  text: string;
  lang?: 'en';
}

/** A queue as the console shows it at a handoff. */
export interface ConsoleQueue {
  name: string;
  transfer?: ConsoleText;
  phone?: string;
  tel?: string;
  /** Opening hours, worded for the representative's locale. */
  hours: string[];
}

/** Everything the console needs for one flow. */
export interface ConsoleFlowData {
  /** The representative's locale. */
  locale: Locale;
  /** With scripts and notes, in every locale the flow is written in. */
  flow: CompiledFlow;
  /** The queues and fields this flow reaches, as content/handoff.yaml has them (for the case notes). */
  handoff: HandoffConfig;
  queues: Record<string, ConsoleQueue>;
  articles: Record<string, ArticleLink>;
}

/** What `consoleFlowData` is built from. */
export interface ConsoleFlowDataInput {
  /** Compiled for the representatives' build: scripts and notes kept. */
  flow: CompiledFlow;
  locale: Locale;
  handoff: HandoffConfig | undefined;
  articles: ArticleLinks;
}

function pick<T>(table: Partial<Record<Locale, T>> | undefined, locale: Locale): { value: T; english: boolean } | undefined {
  const own = table?.[locale];
  if (own !== undefined) return { value: own, english: false };
  const fallback = table?.[DEFAULT_LOCALE];
  return fallback === undefined ? undefined : { value: fallback, english: locale !== DEFAULT_LOCALE };
}

/** Builds the console's data of `flow` for representatives working in `locale`. */
export function consoleFlowData({ flow, locale, handoff, articles }: ConsoleFlowDataInput): ConsoleFlowData {
  const states = Object.values(flow.states);
  const reached: HandoffConfig = { queues: {}, fields: {} };
  const queues: Record<string, ConsoleQueue> = {};
  for (const state of states) {
    const queue = state.queue === undefined ? undefined : handoff?.queues[state.queue];
    if (state.queue !== undefined && queue) {
      reached.queues[state.queue] = queue;
      const shown: ConsoleQueue = {
        name: pick(queue.name, locale)?.value ?? state.queue,
        hours: formatOpeningHours(queue.hours ?? [], locale, TROUBLESHOOTER_STRINGS[locale]),
      };
      const transfer = pick(queue.transfer, locale);
      if (transfer) shown.transfer = transfer.english ? { text: transfer.value, lang: 'en' } : { text: transfer.value };
      if (queue.phone !== undefined) Object.assign(shown, { phone: queue.phone, tel: telOf(queue.phone) });
      queues[state.queue] = shown;
    }
    for (const id of state.collect ?? []) {
      const field = handoff?.fields[id];
      if (field) reached.fields[id] = field;
    }
  }
  const linked: Record<string, ArticleLink> = {};
  for (const id of new Set(states.flatMap((s) => s.articles))) {
    const found = pick(articles.get(id), locale);
    if (found) linked[id] = found.english ? { ...found.value, english: true } : found.value;
  }
  return { locale, flow, handoff: reached, queues, articles: linked };
}
