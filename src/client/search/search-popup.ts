/**
 * The search box as a combobox (WAI-ARIA APG pattern, list autocomplete):
 * results appear in a listbox under the field as the reader types; arrow
 * keys move through them (focus stays in the field, aria-activedescendant
 * follows), Enter opens one, Escape closes the list and clears the field.
 * Enter with no result chosen submits the form to the search page. When
 * nothing is found the list offers the troubleshooters, and the contact
 * options are shown under it.
 */
import type { SearchHit, Searcher } from '../../core/search/searcher.ts';
import {
  nextActive,
  POPUP_RESULTS,
  SEARCH_DEBOUNCE_MS,
  searchPageHref,
  searchStatus,
  type SearchOutcome,
} from '../../core/site/search-combobox.ts';
import { byId, h } from './dom.ts';
import { contactsFrom, fillSnippet, markedTitle, SNIPPET_LENGTH, snippetSlot, typeLabel } from './render-results.ts';
import { CHOOSE_EVENT, type ChooseDetail, type SearchContext } from './search-context.ts';

/** Makes the box of `context` a combobox over its (server-rendered) popup. */
export function mountPopup({ form, input, locale, strings, searcher, pagePath }: SearchContext): void {
  const id = input.id;
  const popup = byId(`${id}-popup`);
  const listbox = byId(`${id}-listbox`);
  const message = byId(`${id}-message`);
  const contacts = byId(`${id}-contacts-slot`);
  const all = byId<HTMLAnchorElement>(`${id}-all`);
  const status = byId(`${id}-status`);
  const template = document.getElementById(`${id}-contacts`) as HTMLTemplateElement | null;

  let items: SearchHit[] = [];
  let active = -1;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const optionId = (i: number) => `${id}-option-${i}`;

  function setActive(index: number): void {
    active = index;
    listbox.querySelectorAll('[role=option]').forEach((el, i) => el.setAttribute('aria-selected', String(i === index)));
    const option = index >= 0 ? document.getElementById(optionId(index)) : null;
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function setOpen(open: boolean): void {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  }

  const hasContent = () => items.length > 0 || message.childElementCount > 0;

  function announce(outcome: SearchOutcome): void {
    status.textContent = searchStatus(outcome, locale, strings);
  }

  function clear(): void {
    latest++;
    clearTimeout(timer);
    items = [];
    listbox.replaceChildren();
    message.replaceChildren();
    contacts.replaceChildren();
    all.hidden = true;
    announce({ kind: 'empty' });
    setOpen(false);
  }

  function choose(hit: SearchHit): void {
    const detail: ChooseDetail = { id: hit.id, type: hit.type, url: hit.url };
    if (form.dispatchEvent(new CustomEvent(CHOOSE_EVENT, { bubbles: true, cancelable: true, detail }))) {
      location.assign(hit.url);
      return;
    }
    // Someone else (the call console) handled it.
    input.value = '';
    clear();
  }

  function showOptions(hits: SearchHit[], found: Searcher, isCurrent: () => boolean): void {
    items = hits;
    const options = hits.map((hit, i) => {
      const snippet = snippetSlot('span');
      void fillSnippet(found, hit, snippet, SNIPPET_LENGTH.popup, isCurrent);
      const option = h(
        'li',
        { id: optionId(i), role: 'option', 'aria-selected': 'false', class: 'search-option' },
        h('span', { class: 'search-option-head' }, h('span', { class: 'search-title' }, ...markedTitle(hit)), typeLabel(hit, strings)),
        snippet,
      );
      option.addEventListener('click', () => choose(hit));
      return option;
    });
    listbox.replaceChildren(...options);
    setActive(-1);
  }

  async function run(query: string): Promise<void> {
    const mine = ++latest;
    const isCurrent = () => mine === latest;
    if (query.trim() === '') return clear();
    const pending = searcher();
    const found = await Promise.race([pending, Promise.resolve(null)]);
    if (found === null && !hasContent()) {
      // The index is still loading: say so rather than show nothing.
      message.replaceChildren(h('p', {}, strings.searching));
      setOpen(true);
    }
    const ready = await pending;
    if (!isCurrent()) return;
    if (!ready) {
      items = [];
      listbox.replaceChildren();
      message.replaceChildren(h('p', {}, strings.unavailable));
      announce({ kind: 'unavailable' });
      setOpen(true);
      return;
    }
    const results = await ready.search(query, { limit: POPUP_RESULTS });
    if (!isCurrent()) return;
    if (results.hits.length > 0) {
      message.replaceChildren();
      contacts.replaceChildren();
      all.hidden = false;
      showOptions(results.hits, ready, isCurrent);
      announce({ kind: 'results', count: results.hits.length, complete: results.complete });
    } else {
      const flows = await ready.troubleshooters();
      if (!isCurrent()) return;
      const none: SearchOutcome = { kind: 'none', query };
      message.replaceChildren(
        h('p', { class: 'search-none' }, searchStatus(none, locale, strings)),
        h('p', {}, strings.tryTroubleshooters),
      );
      contacts.replaceChildren(...contactsFrom(template));
      all.hidden = true;
      showOptions(flows, ready, isCurrent);
      announce(none);
    }
    // Set last, so the link always names the query whose results are showing.
    all.href = searchPageHref(pagePath, query);
    setOpen(true);
  }

  function schedule(): void {
    clearTimeout(timer);
    const query = input.value;
    timer = setTimeout(() => void run(query), SEARCH_DEBOUNCE_MS);
  }

  input.addEventListener('input', schedule);
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && hasContent()) setOpen(true);
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!hasContent()) return;
        event.preventDefault();
        setOpen(true);
        setActive(nextActive(active, items.length, event.key === 'ArrowDown' ? 1 : -1));
        return;
      }
      case 'Enter': {
        const hit = popup.hidden ? undefined : items[active];
        if (!hit) return; // the form goes to the search page
        event.preventDefault();
        choose(hit);
        return;
      }
      case 'Escape': {
        if (popup.hidden && input.value === '') return;
        event.preventDefault();
        input.value = '';
        clear();
        return;
      }
    }
  });
  // Escape from a link in the popup (the contacts, "all results") closes it too.
  popup.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setOpen(false);
    input.focus();
  });
  // A click on an option must not take focus from the field first; links in the popup keep theirs.
  popup.addEventListener('mousedown', (event) => {
    if (!(event.target instanceof Element && event.target.closest('a'))) event.preventDefault();
  });
  form.addEventListener('focusout', (event) => {
    const to = event.relatedTarget;
    if (!(to instanceof Node && form.contains(to))) setOpen(false);
  });

  // Typed before this code arrived: search for it now.
  if (input.value.trim() !== '') void run(input.value);
}
