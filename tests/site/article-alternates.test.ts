import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/core/locales.ts';
import {
  articleAlternates,
  articlePageUrl,
  articlePages,
  articleVersion,
  indexArticles,
} from '../../src/core/site/article-alternates.ts';

const ref = (locale: Locale, key: string, category = 'internet') => ({ locale, key, category });
const index = indexArticles([
  ref('en', 'restart-router'),
  ref('da', 'restart-router'),
  ref('sv', 'restart-router'),
  ref('da', 'danish-only', 'moving'),
]);

describe('articleVersion', () => {
  test('gives the translation when the locale has one', () => {
    expect(articleVersion(index, 'restart-router', 'da')).toEqual({ article: ref('da', 'restart-router'), translated: true });
  });

  test('falls back to the English original when the locale has none', () => {
    expect(articleVersion(index, 'restart-router', 'fi')).toEqual({ article: ref('en', 'restart-router'), translated: false });
  });

  test('has nothing for an article without an English original in another locale', () => {
    expect(articleVersion(index, 'danish-only', 'fi')).toBeUndefined();
    expect(articlePageUrl(index, 'danish-only', 'fi')).toBeUndefined();
    expect(articlePageUrl(index, 'danish-only', 'da')).toBe('/da/moving/danish-only/');
  });
});

describe('articleAlternates', () => {
  test('lists every locale, marking those that show the English text', () => {
    expect(articleAlternates(index, 'restart-router')).toEqual([
      { locale: 'en', url: '/en/internet/restart-router/' },
      { locale: 'da', url: '/da/internet/restart-router/' },
      { locale: 'de', url: '/de/internet/restart-router/', fallback: true },
      { locale: 'fi', url: '/fi/internet/restart-router/', fallback: true },
      { locale: 'sv', url: '/sv/internet/restart-router/' },
      { locale: 'lt', url: '/lt/internet/restart-router/', fallback: true },
    ]);
  });

  test('lists only the locales that have a page', () => {
    expect(articleAlternates(index, 'danish-only')).toEqual([{ locale: 'da', url: '/da/moving/danish-only/' }]);
  });
});

describe('articlePages', () => {
  test('has one page per locale for an English article and one for a Danish-only article', () => {
    const pages = articlePages(index).map((p) => `${p.locale}/${p.article.key}${p.translated ? '' : ' (fallback)'}`);
    expect(pages).toEqual([
      'en/restart-router',
      'da/restart-router',
      'de/restart-router (fallback)',
      'fi/restart-router (fallback)',
      'sv/restart-router',
      'lt/restart-router (fallback)',
      'da/danish-only',
    ]);
  });
});

describe('indexArticles', () => {
  test('keeps the first file of a (locale, key) pair', () => {
    const first = { ...ref('en', 'a'), n: 1 };
    const again = { ...ref('en', 'a', 'mobile'), n: 2 };
    expect(indexArticles([first, again]).get('a')?.get('en')).toBe(first);
  });
});
