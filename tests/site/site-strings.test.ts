import { describe, expect, test } from 'vitest';
import { ARTICLE_CATEGORIES } from '../../src/core/content/index.ts';
import { SITE_STRINGS, countLabel, fillNumbers } from '../../src/core/i18n/site-strings.ts';
import { LOCALES } from '../../src/core/locales.ts';

describe('SITE_STRINGS', () => {
  test('has every string, non-empty, in every locale', () => {
    const keys = Object.keys(SITE_STRINGS.en).sort();
    for (const locale of LOCALES) {
      const strings = SITE_STRINGS[locale];
      expect(Object.keys(strings).sort(), locale).toEqual(keys);
      for (const [name, value] of Object.entries(strings)) {
        if (typeof value === 'string') expect(value.trim(), `${locale}.${name}`).not.toBe('');
      }
      for (const category of ARTICLE_CATEGORIES) {
        expect(strings.categories[category].name.trim(), `${locale} ${category}`).not.toBe('');
        expect(strings.categories[category].description.trim(), `${locale} ${category}`).not.toBe('');
      }
    }
  });

  test('is translated: no locale but English reuses the English sentences', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      for (const name of ['homeTitle', 'fallbackNotice', 'notFoundText', 'relatedArticles', 'allTroubleshooters', 'pageOfTotal', 'nextPage'] as const) {
        expect(SITE_STRINGS[locale][name], `${locale}.${name}`).not.toBe(SITE_STRINGS.en[name]);
      }
    }
  });
});

describe('countLabel', () => {
  test('uses each language\'s plural forms', () => {
    expect([1, 2].map((n) => countLabel('en', n, SITE_STRINGS.en.articleCount))).toEqual(['1 article', '2 articles']);
    expect([1, 5].map((n) => countLabel('fi', n, SITE_STRINGS.fi.articleCount))).toEqual(['1 artikkeli', '5 artikkelia']);
    expect([1, 2, 10, 21].map((n) => countLabel('lt', n, SITE_STRINGS.lt.articleCount))).toEqual([
      '1 straipsnis',
      '2 straipsniai',
      '10 straipsnių',
      '21 straipsnis',
    ]);
  });
});

describe('fillNumbers', () => {
  test('writes each number as the locale does, and leaves unknown names alone', () => {
    expect(fillNumbers('en', SITE_STRINGS.en.pageOfTotal, { n: 2, total: 1200 })).toBe('Page 2 of 1,200');
    expect(fillNumbers('de', SITE_STRINGS.de.pageOfTotal, { n: 2, total: 1200 })).toBe('Seite 2 von 1.200');
    expect(fillNumbers('lt', SITE_STRINGS.lt.allTroubleshootersLink, { n: 300 })).toBe('Visi trikčių šalinimo vedliai (300)');
    expect(fillNumbers('en', '{n} of {m}', { n: 1 })).toBe('1 of {m}');
  });
});
