/**
 * Which locales have an article, and what a reader of each locale sees:
 * the translation when there is one, else the default locale's text under
 * the reader's locale (a fallback page). Every (locale, key) pair with a
 * translation or a default-locale original has a page.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locales.ts';
import { articleUrl } from './urls.ts';

/** What these helpers need to know of an article file. */
export interface ArticleRef {
  key: string;
  locale: Locale;
  category: string;
}

/** The articles by key, then by the locale they are written in. */
export type ArticleIndex<T extends ArticleRef> = ReadonlyMap<string, ReadonlyMap<Locale, T>>;

/** The article shown on the page of one (locale, key) pair. */
export interface ArticleVersion<T extends ArticleRef> {
  /** The file shown: the translation, or the default locale's original. */
  article: T;
  /** False when the page shows the default locale's text (a fallback page). */
  translated: boolean;
}

/** A page in another locale, for the language switcher and hreflang. */
export interface SiteAlternate {
  locale: Locale;
  url: string;
  /** True when that locale's page shows the default locale's text: no hreflang for it. */
  fallback?: boolean;
}

/** Groups articles by key and locale. The first article of a (locale, key) pair wins; duplicates are the checker's job. */
export function indexArticles<T extends ArticleRef>(articles: Iterable<T>): Map<string, Map<Locale, T>> {
  const index = new Map<string, Map<Locale, T>>();
  for (const article of articles) {
    let byLocale = index.get(article.key);
    if (!byLocale) index.set(article.key, (byLocale = new Map()));
    if (!byLocale.has(article.locale)) byLocale.set(article.locale, article);
  }
  return index;
}

/** The article a reader of `locale` gets for `key`, or undefined when that locale has no page for it. */
export function articleVersion<T extends ArticleRef>(
  index: ArticleIndex<T>,
  key: string,
  locale: Locale,
): ArticleVersion<T> | undefined {
  const byLocale = index.get(key);
  const own = byLocale?.get(locale);
  if (own) return { article: own, translated: true };
  const original = byLocale?.get(DEFAULT_LOCALE);
  return original ? { article: original, translated: false } : undefined;
}

/** The URL of the page of `key` in `locale`, or undefined when there is none. */
export function articlePageUrl<T extends ArticleRef>(index: ArticleIndex<T>, key: string, locale: Locale): string | undefined {
  const version = articleVersion(index, key, locale);
  return version && articleUrl(locale, version.article.category, key);
}

/** Every page of the site's articles: one per (locale, key) pair that has a translation or a fallback. */
export function articlePages<T extends ArticleRef>(index: ArticleIndex<T>): Array<ArticleVersion<T> & { locale: Locale }> {
  const pages: Array<ArticleVersion<T> & { locale: Locale }> = [];
  for (const key of index.keys()) {
    for (const locale of LOCALES) {
      const version = articleVersion(index, key, locale);
      if (version) pages.push({ locale, ...version });
    }
  }
  return pages;
}

/**
 * The pages of `key` in every locale that has one, in the order of
 * LOCALES, for the language switcher; fallback pages are marked so they get
 * no hreflang link (their text is not in that language).
 */
export function articleAlternates<T extends ArticleRef>(index: ArticleIndex<T>, key: string): SiteAlternate[] {
  const alternates: SiteAlternate[] = [];
  for (const locale of LOCALES) {
    const version = articleVersion(index, key, locale);
    if (!version) continue;
    const url = articleUrl(locale, version.article.category, key);
    alternates.push(version.translated ? { locale, url } : { locale, url, fallback: true });
  }
  return alternates;
}
