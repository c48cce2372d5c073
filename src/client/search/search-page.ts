/**
 * The search page with JavaScript: reads `?q=`, shows the results as a list
 * of links under the box as the reader types, and keeps the address in
 * step (replaceState), so a reload or a shared link shows the same search.
 * The page's browsing lists (its no-JavaScript fallback) show while the box
 * is empty, and when the index cannot be loaded.
 */
import type { SearchHit, Searcher } from '../../core/search/searcher.ts';
import {
  PAGE_RESULTS,
  queryOfSearch,
  SEARCH_DEBOUNCE_MS,
  searchPageHref,
  searchStatus,
  type SearchOutcome,
} from '../../core/site/search-combobox.ts';
import { byId, h } from './dom.ts';
import { contactsFrom, fillSnippet, markedTitle, SNIPPET_LENGTH, snippetSlot, typeLabel } from './render-results.ts';
import type { SearchContext } from './search-context.ts';

/** Runs the search page's box over its (server-rendered) results region. */
export function mountPage({ form, input, locale, strings, searcher }: SearchContext): void {
  const id = input.id;
  const status = byId(`${id}-status`);
  const results = byId(`${id}-results`);
  const template = document.getElementById(`${id}-contacts`) as HTMLTemplateElement | null;
  const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const say = (outcome: SearchOutcome) => (status.textContent = searchStatus(outcome, locale, strings));

  function list(hits: SearchHit[], found: Searcher, isCurrent: () => boolean): HTMLElement {
    return h(
      'ol',
      { class: 'search-results' },
      ...hits.map((hit) => {
        const snippet = snippetSlot('p');
        void fillSnippet(found, hit, snippet, SNIPPET_LENGTH.page, isCurrent);
        return h(
          'li',
          { class: 'search-result' },
          h('a', { href: hit.url, class: 'search-title' }, ...markedTitle(hit)),
          ' ',
          typeLabel(hit, strings),
          snippet,
        );
      }),
    );
  }

  async function run(query: string): Promise<void> {
    const mine = ++latest;
    const isCurrent = () => mine === latest;
    history.replaceState(history.state, '', searchPageHref(location.pathname, query));
    if (query.trim() === '') {
      results.replaceChildren();
      status.textContent = strings.typeToSearch;
      if (fallback) fallback.hidden = false;
      return;
    }
    const found = await searcher();
    if (!isCurrent()) return;
    if (!found) {
      results.replaceChildren();
      say({ kind: 'unavailable' });
      if (fallback) fallback.hidden = false;
      return;
    }
    const answer = await found.search(query, { limit: PAGE_RESULTS });
    if (!isCurrent()) return;
    if (fallback) fallback.hidden = true;
    if (answer.hits.length > 0) {
      results.replaceChildren(list(answer.hits, found, isCurrent));
      say({ kind: 'results', count: answer.hits.length, complete: answer.complete });
      return;
    }
    const flows = await found.troubleshooters();
    if (!isCurrent()) return;
    results.replaceChildren(
      h('p', {}, strings.tryTroubleshooters),
      list(flows, found, isCurrent),
      ...contactsFrom(template),
    );
    say({ kind: 'none', query });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value;
    timer = setTimeout(() => void run(query), SEARCH_DEBOUNCE_MS);
  });

  const fromAddress = queryOfSearch(location.search);
  if (fromAddress !== '' && input.value === '') input.value = fromAddress;
  void run(input.value);
}
