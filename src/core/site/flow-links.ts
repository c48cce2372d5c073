/** Links to troubleshooters, with their title and summary in the reader's locale where there is one. */
import type { CompiledFlow } from '../flows/compiled-flow.ts';
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import { flowUrl } from './urls.ts';

/** A troubleshooter as a list shows it. */
export interface FlowLink {
  id: string;
  title: string;
  summary: string;
  url: string;
  /** The language of title and summary when it is not the page's (a fallback), for `lang`. */
  lang?: Locale;
}

type Localized = Partial<Record<Locale, string>>;

function pick(table: Localized, locale: Locale): { text: string; from: Locale } | undefined {
  const own = table[locale];
  if (own !== undefined) return { text: own, from: locale };
  const fallback = table[DEFAULT_LOCALE];
  if (fallback !== undefined) return { text: fallback, from: DEFAULT_LOCALE };
  const first = Object.entries(table)[0];
  return first && { text: first[1] as string, from: first[0] as Locale };
}

/** The link to a troubleshooter for readers of `locale`. */
export function flowLink(flow: Pick<CompiledFlow, 'id' | 'title' | 'summary'>, locale: Locale): FlowLink {
  const title = pick(flow.title, locale);
  const summary = pick(flow.summary, locale);
  const from = title?.from ?? locale;
  return {
    id: flow.id,
    title: title?.text ?? flow.id,
    // The summary is shown only in the title's language, so one `lang` covers both.
    summary: summary && summary.from === from ? summary.text : '',
    url: flowUrl(locale, flow.id),
    ...(from !== locale ? { lang: from } : {}),
  };
}

/** Links to `flows` for `locale`, by title in the order readers of that locale sort. */
export function flowLinks(flows: Iterable<Pick<CompiledFlow, 'id' | 'title' | 'summary'>>, locale: Locale): FlowLink[] {
  const collator = new Intl.Collator(locale);
  return [...flows].map((flow) => flowLink(flow, locale)).sort((a, b) => collator.compare(a.title, b.title));
}

/**
 * The first `count` of `links` for the home page: the `featured` ids first,
 * in their order (ids without a link are skipped), then the others as they
 * come (by title).
 */
export function homeFlowLinks(links: readonly FlowLink[], featured: readonly string[] | undefined, count: number): FlowLink[] {
  const byId = new Map(links.map((link) => [link.id, link]));
  const first = [...new Set(featured ?? [])].flatMap((id) => byId.get(id) ?? []);
  const chosen = new Set(first.map((link) => link.id));
  return [...first, ...links.filter((link) => !chosen.has(link.id))].slice(0, count);
}
