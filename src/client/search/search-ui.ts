/**
 * The search code proper, loaded by bootstrap.ts on first use: opens the
 * locale's index and runs the box as a combobox with its results list
 * (search-popup.ts), or as the search page's results (search-page.ts).
 */
import { SEARCH_STRINGS } from '../../core/i18n/search-strings.ts';
import { DEFAULT_LOCALE, isLocale } from '../../core/locales.ts';
import { createFetchSource } from '../../core/search/search-source.ts';
import { openSearch, type Searcher } from '../../core/search/searcher.ts';
import type { SearchContext } from './search-context.ts';
import { mountPage } from './search-page.ts';
import { mountPopup } from './search-popup.ts';

/**
 * Runs the search box `form` (its `data-search` says which kind).
 * `manifest` is the index manifest the bootstrap already asked for.
 */
export function mountSearch(form: HTMLFormElement, input: HTMLInputElement, manifest?: Promise<Response>): void {
  const locale = isLocale(form.dataset.locale) ? form.dataset.locale : DEFAULT_LOCALE;
  let prefetched = manifest;
  const fetchOnce: typeof fetch = (url, init) => {
    // The bootstrap's request serves the first read of the manifest; any later read goes to the network.
    if (prefetched && String(url).endsWith('/manifest.json')) {
      const response = prefetched;
      prefetched = undefined;
      return response;
    }
    return fetch(url, init);
  };
  const source = createFetchSource(form.dataset.index ?? '/', fetchOnce);
  let opening: Promise<Searcher | undefined> | undefined;
  const searcher = () =>
    (opening ??= openSearch(source).catch(() => {
      opening = undefined;
      return undefined;
    }));
  void searcher();
  const context: SearchContext = {
    form,
    input,
    locale,
    strings: SEARCH_STRINGS[locale],
    searcher,
    pagePath: new URL(form.action, location.href).pathname,
  };
  if (form.dataset.search === 'page') mountPage(context);
  else mountPopup(context);
}
