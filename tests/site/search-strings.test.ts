import { describe, expect, test } from 'vitest';
import { SEARCH_STRINGS } from '../../src/core/i18n/search-strings.ts';
import { LOCALES } from '../../src/core/locales.ts';

describe('SEARCH_STRINGS', () => {
  test('has every string, non-empty, in every locale', () => {
    const keys = Object.keys(SEARCH_STRINGS.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(SEARCH_STRINGS[locale]).sort(), locale).toEqual(keys);
      for (const [name, value] of Object.entries(SEARCH_STRINGS[locale])) {
        if (typeof value === 'string') expect(value.trim(), `${locale}.${name}`).not.toBe('');
      }
    }
  });

  test('is translated: no locale but English reuses the English sentences', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      for (const name of ['noResults', 'tryTroubleshooters', 'unavailable', 'needsJavaScript', 'troubleshooter'] as const) {
        expect(SEARCH_STRINGS[locale][name], `${locale}.${name}`).not.toBe(SEARCH_STRINGS.en[name]);
      }
    }
  });

  test('quotes the query in every "no results" sentence', () => {
    for (const locale of LOCALES) expect(SEARCH_STRINGS[locale].noResults, locale).toContain('{query}');
  });
});
