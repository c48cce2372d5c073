/** What the two kinds of search box (search-popup.ts, search-page.ts) are given, and the event they dispatch. */
import type { SearchStrings } from '../../core/i18n/search-strings.ts';
import type { Locale } from '../../core/locales.ts';
import type { Searcher } from '../../core/search/searcher.ts';

/** What both kinds of search box work with. */
export interface SearchContext {
  form: HTMLFormElement;
  input: HTMLInputElement;
  locale: Locale;
  strings: SearchStrings;
  /** The searcher; undefined when the index cannot be opened (tried again on the next query). */
  searcher: () => Promise<Searcher | undefined>;
  /** The search page's path, for "all results" and the page's own address. */
  pagePath: string;
}

/**
 * The event a box dispatches on its form when a result is chosen (bubbling,
 * cancelable, `detail` a ChooseDetail). Cancel it to handle the result
 * yourself, as the call console does for troubleshooters; otherwise the
 * browser opens the result's page.
 */
export const CHOOSE_EVENT = 'kb-search-choose';

/** `detail` of CHOOSE_EVENT. */
export interface ChooseDetail {
  id: string;
  type: 'article' | 'flow';
  url: string;
}
