/**
 * The decisions of the search box that do not need a page: which result a
 * key moves to, what is announced, and the search page's address for a
 * query. Browser-safe; src/client/search renders what these decide.
 */
import { countLabel } from '../i18n/site-strings.ts';
import type { SearchStrings } from '../i18n/search-strings.ts';
import type { Locale } from '../locales.ts';

/** Results the box under the search field shows; the search page shows more. */
export const POPUP_RESULTS = 8;
export const PAGE_RESULTS = 30;

/** How long typing must pause before a search runs, in milliseconds. */
export const SEARCH_DEBOUNCE_MS = 80;

/**
 * The option ArrowDown (`step` 1) or ArrowUp (-1) moves to from `active`
 * (-1: none) among `count` options: wrapping round at both ends, ArrowUp
 * from none going to the last.
 */
export function nextActive(active: number, count: number, step: 1 | -1): number {
  if (count <= 0) return -1;
  if (active < 0 || active >= count) return step === 1 ? 0 : count - 1;
  return (active + step + count) % count;
}

/** What a search ended with, for `searchStatus`. */
export type SearchOutcome =
  | { kind: 'results'; count: number; complete: boolean }
  | { kind: 'none'; query: string }
  | { kind: 'searching' }
  | { kind: 'unavailable' }
  | { kind: 'empty' };

/** The sentence announced (and shown) for an outcome: "3 results", "No results for “xyz”.". */
export function searchStatus(outcome: SearchOutcome, locale: Locale, strings: SearchStrings): string {
  switch (outcome.kind) {
    case 'results': {
      const count = countLabel(locale, outcome.count, strings.resultCount);
      return outcome.complete ? count : `${count}. ${strings.incomplete}`;
    }
    case 'none':
      // A replacer function, so `$&` and the like in the reader's query stay as typed.
      return strings.noResults.replace('{query}', () => shortQuery(outcome.query));
    case 'searching':
      return strings.searching;
    case 'unavailable':
      return strings.unavailable;
    case 'empty':
      return '';
  }
}

/** A query as quoted back to the reader: white space collapsed, at most 60 characters. */
export function shortQuery(query: string): string {
  const flat = query.replace(/\s+/gu, ' ').trim();
  const chars = [...flat];
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : flat;
}

/** The query in a search page address (`?q=`), or '' when there is none. */
export function queryOfSearch(search: string): string {
  return new URLSearchParams(search).get('q') ?? '';
}

/**
 * The search page's address for `query`: `pagePath?q=…`, or `pagePath`
 * alone for an empty query, so the address bar always matches the box.
 */
export function searchPageHref(pagePath: string, query: string): string {
  if (query.trim() === '') return pagePath;
  return `${pagePath}?${new URLSearchParams({ q: query }).toString()}`;
}
