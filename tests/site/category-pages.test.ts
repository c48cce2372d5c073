import { describe, expect, test } from 'vitest';
import type { ArticleCategory } from '../../src/core/content/index.ts';
import type { Locale } from '../../src/core/locales.ts';
import type { ListedArticle } from '../../src/core/site/article-listing.ts';
import { categoryPages } from '../../src/core/site/category-pages.ts';

const listed = (locale: Locale, category: ArticleCategory, count: number): ListedArticle[] =>
  Array.from({ length: count }, (_, i) => {
    const key = `${category}-${String(i).padStart(3, '0')}`;
    return { key, category, title: `${locale} ${key}`, summary: '', url: `/${locale}/${category}/${key}/`, translated: true };
  });

const site = [
  { locale: 'en' as const, articles: [...listed('en', 'internet', 12), ...listed('en', 'billing', 3)] },
  { locale: 'da' as const, articles: listed('da', 'internet', 5) },
];

describe('categoryPages', () => {
  test('gives each category of each locale its pages, by title, page size at most', () => {
    const pages = categoryPages(site, 5);
    expect(pages.map((p) => `${p.locale}/${p.category}/${p.page.number}:${p.page.items.length}`)).toEqual([
      'en/billing/1:3',
      'en/internet/1:5',
      'en/internet/2:5',
      'en/internet/3:2',
      'da/internet/1:5',
    ]);
    const internet = pages.filter((p) => p.locale === 'en' && p.category === 'internet');
    expect(internet.flatMap((p) => p.page.items.map((a) => a.key))).toEqual(listed('en', 'internet', 12).map((a) => a.key));
    expect(internet.every((p) => p.page.total === 3)).toBe(true);
  });

  test('links each page to the same page in the other locales, or to their first page, marked, where they have fewer', () => {
    const pages = categoryPages(site, 5);
    const at = (locale: Locale, category: ArticleCategory, n: number) =>
      pages.find((p) => p.locale === locale && p.category === category && p.page.number === n)!.alternates;
    expect(at('en', 'internet', 1)).toEqual([
      { locale: 'en', url: '/en/internet/' },
      { locale: 'da', url: '/da/internet/' },
    ]);
    expect(at('en', 'internet', 2)).toEqual([
      { locale: 'en', url: '/en/internet/page/2/' },
      { locale: 'da', url: '/da/internet/', fallback: true },
    ]);
    // Danish has no billing articles: no alternate at all.
    expect(at('en', 'billing', 1)).toEqual([{ locale: 'en', url: '/en/billing/' }]);
  });
});
