import { describe, expect, test } from 'vitest';
import { SEARCH_STRINGS } from '../../src/core/i18n/search-strings.ts';
import { nextActive, queryOfSearch, searchPageHref, searchStatus, shortQuery } from '../../src/core/site/search-combobox.ts';

describe('nextActive', () => {
  test('ArrowDown from no option goes to the first, ArrowUp from none to the last', () => {
    expect(nextActive(-1, 5, 1)).toBe(0);
    expect(nextActive(-1, 5, -1)).toBe(4);
  });

  test('moves one option and wraps round at both ends', () => {
    expect(nextActive(0, 5, 1)).toBe(1);
    expect(nextActive(4, 5, 1)).toBe(0);
    expect(nextActive(0, 5, -1)).toBe(4);
    expect(nextActive(3, 5, -1)).toBe(2);
  });

  test('has nowhere to go without options, and recovers from an option that is gone', () => {
    expect(nextActive(-1, 0, 1)).toBe(-1);
    expect(nextActive(2, 0, -1)).toBe(-1);
    expect(nextActive(7, 3, 1)).toBe(0);
  });
});

describe('searchStatus', () => {
  test('counts results in each language\'s plural forms', () => {
    const results = (count: number) => ({ kind: 'results', count, complete: true }) as const;
    expect(searchStatus(results(1), 'en', SEARCH_STRINGS.en)).toBe('1 result');
    expect(searchStatus(results(8), 'en', SEARCH_STRINGS.en)).toBe('8 results');
    expect(searchStatus(results(1), 'de', SEARCH_STRINGS.de)).toBe('1 Ergebnis');
    expect(searchStatus(results(5), 'fi', SEARCH_STRINGS.fi)).toBe('5 tulosta');
    expect([1, 3, 10, 21].map((n) => searchStatus(results(n), 'lt', SEARCH_STRINGS.lt))).toEqual([
      '1 rezultatas',
      '3 rezultatai',
      '10 rezultatų',
      '21 rezultatas',
    ]);
  });

  test('says when results may be missing', () => {
    expect(searchStatus({ kind: 'results', count: 2, complete: false }, 'en', SEARCH_STRINGS.en)).toBe(
      '2 results. Some results may be missing because part of the search index could not be loaded.',
    );
  });

  test('quotes the query back when nothing is found, shortened', () => {
    expect(searchStatus({ kind: 'none', query: '  xyz \n abc ' }, 'en', SEARCH_STRINGS.en)).toBe('No results for “xyz abc”.');
    expect(searchStatus({ kind: 'none', query: 'Gebuhrx' }, 'de', SEARCH_STRINGS.de)).toBe('Keine Ergebnisse für „Gebuhrx“.');
    expect(searchStatus({ kind: 'none', query: "$& $' {query}" }, 'en', SEARCH_STRINGS.en)).toBe("No results for “$& $' {query}”.");
    expect(searchStatus({ kind: 'none', query: 'a'.repeat(10_000) }, 'en', SEARCH_STRINGS.en)).toBe(`No results for “${'a'.repeat(59)}…”.`);
  });

  test('says nothing for an empty box', () => {
    expect(searchStatus({ kind: 'empty' }, 'sv', SEARCH_STRINGS.sv)).toBe('');
    expect(searchStatus({ kind: 'unavailable' }, 'en', SEARCH_STRINGS.en)).toMatch(/^Search is not available right now\./);
  });
});

describe('shortQuery', () => {
  test('never splits an emoji in two', () => {
    const query = '📶'.repeat(100);
    expect(shortQuery(query)).toBe(`${'📶'.repeat(59)}…`);
  });
});

describe('the search page address', () => {
  test('carries the query in ?q=, and nothing for an empty query', () => {
    expect(searchPageHref('/en/search/', 'router lights')).toBe('/en/search/?q=router+lights');
    expect(searchPageHref('/de/search/', 'Gebühr & "Rechnung"')).toBe('/de/search/?q=Geb%C3%BChr+%26+%22Rechnung%22');
    expect(searchPageHref('/en/search/', '   ')).toBe('/en/search/');
  });

  test('reads the query back as typed', () => {
    for (const typed of ['router lights', 'Gebühr & "Rechnung"', '+-~^:*', 'maršrutizatorius 📶']) {
      expect(queryOfSearch(new URL(searchPageHref('/en/search/', typed), 'http://x').search)).toBe(typed);
    }
    expect(queryOfSearch('')).toBe('');
    expect(queryOfSearch('?x=1')).toBe('');
    // A malformed address is read as well as it can be, never thrown at the page.
    expect(queryOfSearch('?q=%E0%A4%A')).toBe('\uFFFD%A');
  });
});
