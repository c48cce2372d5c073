/**
 * Every page of every category of every locale: the category's articles
 * (article-listing.ts) in pages of the site's list size (pagination.ts),
 * each with the same page in the other locales for hreflang and the
 * language switcher.
 */
import type { ArticleCategory } from '../content/index.ts';
import type { Locale } from '../locales.ts';
import { listArticles, listCategories, type ListedArticle } from './article-listing.ts';
import { paginate, type ListPage } from './pagination.ts';
import { categoryUrl } from './urls.ts';

/** One page of a category in one locale. */
export interface CategoryPage {
  locale: Locale;
  category: ArticleCategory;
  page: ListPage<ListedArticle>;
  /**
   * This page in the other locales that have the category. Where that
   * locale's list is shorter than this page number, its first page, marked
   * `fallback`: the switcher offers it, hreflang leaves it out.
   */
  alternates: Array<{ locale: Locale; url: string; fallback?: boolean }>;
}

/** The category pages of `listed` (each locale's listed articles), `pageSize` articles a page. */
export function categoryPages(listed: ReadonlyArray<{ locale: Locale; articles: readonly ListedArticle[] }>, pageSize: number): CategoryPage[] {
  const paged = listed.map(({ locale, articles }) => ({
    locale,
    categories: new Map(
      listCategories(articles, locale).map(({ category }) => [category, paginate(listArticles(articles, category, locale), pageSize)] as const),
    ),
  }));
  return paged.flatMap(({ locale, categories }) =>
    [...categories].flatMap(([category, pages]) =>
      pages.map((page) => ({
        locale,
        category,
        page,
        alternates: paged.flatMap((other) => {
          const theirs = other.categories.get(category);
          if (!theirs) return [];
          return theirs.length >= page.number
            ? [{ locale: other.locale, url: categoryUrl(other.locale, category, page.number) }]
            : [{ locale: other.locale, url: categoryUrl(other.locale, category), fallback: true }];
        }),
      })),
    ),
  );
}
