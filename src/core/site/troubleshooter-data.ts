/**
 * The data a troubleshooter page ships to the browser for one flow and one
 * locale: the compiled flow with only that locale's text, which of its texts
 * are English fallbacks, the cited articles' links, the handoff queues and
 * fields it can reach (without representatives' text), and the interface
 * strings. Built at build time; the island reads it as JSON.
 */
import type { CompiledFlow } from '../flows/compiled-flow.ts';
import { onlyLocale } from '../flows/compiled-flow.ts';
import type { HandoffConfig } from '../handoff/config-schema.ts';
import type { PublicField } from '../handoff/field-validation.ts';
import { formatOpeningHours } from '../handoff/opening-hours.ts';
import { TROUBLESHOOTER_STRINGS, type TroubleshooterStrings } from '../i18n/troubleshooter-strings.ts';
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import type { StepKey } from './step-path.ts';
import { articleUrl } from './urls.ts';

/** A link to an article a step cites. */
export interface ArticleLink {
  url: string;
  title: string;
  /** True when the article is not written in the page's locale and links to the English one. */
  english?: boolean;
}

/** A queue as customers see it: no transfer instructions. */
export interface PublicQueue {
  name: string;
  phone?: string;
  /** The phone number for a tel: link (digits and a leading +). */
  tel?: string;
  /** Opening hours, worded for the locale. */
  hours: string[];
  email?: string;
  chat?: string;
  webhook?: string;
}

/** Which texts of a state are English because the locale lacks them. */
export interface EnglishParts {
  text?: true;
  options?: number[];
}

/** Everything the troubleshooter island needs for one flow in one locale. */
export interface TroubleshooterData {
  locale: Locale;
  flow: CompiledFlow;
  /** True when the flow is not written in the locale at all: every text is English. */
  flowInEnglish: boolean;
  english: Record<string, EnglishParts>;
  articles: Record<string, ArticleLink>;
  queues: Record<string, PublicQueue>;
  fields: Record<string, PublicField>;
  strings: TroubleshooterStrings;
  /** The step a walk starts at, before any answer. */
  initial: StepKey;
}

/**
 * Article pages by id, then by locale: what `troubleshooterData` can link to.
 * A locale without its own page falls back to the default locale's.
 */
export type ArticleLinks = ReadonlyMap<string, Partial<Record<Locale, ArticleLink>>>;

/** An article page as the content collection describes it. */
export interface ArticlePageRef {
  key: string;
  locale: Locale;
  category: string;
  title: string;
  audience: 'public' | 'agent';
  /** False on a fallback page (the English text under another locale). */
  translated: boolean;
}

/** The links of every article page `audience` may cite: public ones only, or every one for representatives. */
export function articleLinksOf(pages: Iterable<ArticlePageRef>, audience: 'public' | 'agent'): ArticleLinks {
  const links = new Map<string, Partial<Record<Locale, ArticleLink>>>();
  for (const page of pages) {
    if (audience === 'public' && page.audience !== 'public') continue;
    const byLocale = links.get(page.key) ?? {};
    byLocale[page.locale] = {
      url: articleUrl(page.locale, page.category, page.key),
      title: page.title,
      ...(page.translated ? {} : { english: true }),
    };
    links.set(page.key, byLocale);
  }
  return links;
}

/** What `troubleshooterData` is built from. */
export interface TroubleshooterDataInput {
  /** The compiled flow for the public site (scripts and notes already removed). */
  flow: CompiledFlow;
  locale: Locale;
  handoff: HandoffConfig | undefined;
  articles: ArticleLinks;
  initial: StepKey;
}

const pick = <T>(table: Partial<Record<Locale, T>>, locale: Locale): { value: T; english: boolean } | undefined => {
  const own = table[locale];
  if (own !== undefined) return { value: own, english: false };
  const fallback = table[DEFAULT_LOCALE];
  return fallback === undefined ? undefined : { value: fallback, english: locale !== DEFAULT_LOCALE };
};

/** Which texts of each partly translated state are the English ones. */
function englishParts(flow: CompiledFlow, locale: Locale): Record<string, EnglishParts> {
  const own = flow.text[locale];
  const english = flow.text[DEFAULT_LOCALE];
  const parts: Record<string, EnglishParts> = {};
  if (!own || !english || locale === DEFAULT_LOCALE) return parts;
  for (const [state, entry] of Object.entries(own)) {
    const en = english[state];
    if (!entry.fallback || !en) continue;
    const found: EnglishParts = {};
    if (entry.text === en.text) found.text = true;
    const options = entry.options.flatMap((label, i) => (label === en.options[i] ? [i] : []));
    if (options.length > 0) found.options = options;
    parts[state] = found;
  }
  return parts;
}

/** The phone number as a tel: URI path: digits and a leading +. */
export function telOf(phone: string): string {
  return phone.replace(/(?!^\+)[^\d]/gu, '');
}

/** Builds the data a troubleshooter page ships for `flow` in `locale`. */
export function troubleshooterData({ flow, locale, handoff, articles, initial }: TroubleshooterDataInput): TroubleshooterData {
  const strings = TROUBLESHOOTER_STRINGS[locale];
  const states = Object.values(flow.states);
  const linked: Record<string, ArticleLink> = {};
  for (const id of new Set(states.flatMap((s) => s.articles))) {
    const found = pick(articles.get(id) ?? {}, locale);
    if (found) linked[id] = found.english ? { ...found.value, english: true } : found.value;
  }
  const queues: Record<string, PublicQueue> = {};
  const fields: Record<string, PublicField> = {};
  for (const state of states) {
    const queue = state.queue === undefined ? undefined : handoff?.queues[state.queue];
    if (state.queue !== undefined && queue) {
      const name = pick(queue.name, locale)?.value ?? state.queue;
      const shown: PublicQueue = { name, hours: formatOpeningHours(queue.hours ?? [], locale, strings) };
      if (queue.phone !== undefined) Object.assign(shown, { phone: queue.phone, tel: telOf(queue.phone) });
      if (queue.email !== undefined) shown.email = queue.email;
      if (queue.chat !== undefined) shown.chat = queue.chat;
      if (queue.webhook !== undefined) shown.webhook = queue.webhook;
      queues[state.queue] = shown;
    }
    for (const id of state.collect ?? []) {
      const spec = handoff?.fields[id];
      if (!spec) continue;
      const label = pick(spec.label, locale);
      const help = spec.help === undefined ? undefined : pick(spec.help, locale);
      const field: PublicField = { label: label?.value ?? id, kind: spec.kind, required: spec.required };
      if (help) field.help = help.value;
      if (spec.pattern !== undefined) field.pattern = spec.pattern;
      if (spec.maxLength !== undefined) field.maxLength = spec.maxLength;
      if (label?.english || help?.english) field.english = true;
      fields[id] = field;
    }
  }
  return {
    locale,
    flow: onlyLocale(flow, locale),
    flowInEnglish: locale !== DEFAULT_LOCALE && flow.text[locale] === undefined,
    english: englishParts(flow, locale),
    articles: linked,
    queues,
    fields,
    strings,
    initial,
  };
}
