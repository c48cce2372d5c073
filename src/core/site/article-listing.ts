/**
 * What the home and category pages list: the categories of a locale with
 * their article counts, and the articles of one category, translations
 * first, then those shown in the default locale's language.
 */
import { ARTICLE_CATEGORIES, type ArticleCategory } from '../content/index.ts';
import type { Locale } from '../locales.ts';
import { articleVersion, type ArticleIndex, type ArticleRef } from './article-alternates.ts';
import { articleUrl, categoryUrl } from './urls.ts';

/** An article file with what lists show of it. */
export interface ListableArticle extends ArticleRef {
  category: ArticleCategory;
  title: string;
  summary: string;
}

/** An article as a list shows it. */
export interface ListedArticle {
  key: string;
  category: ArticleCategory;
  title: string;
  summary: string;
  url: string;
  /** False when the article is shown in the default locale's language. */
  translated: boolean;
}

/** How `key` is listed for readers of `locale`; undefined when that locale has no page for it. */
export function listedArticle<T extends ListableArticle>(
  index: ArticleIndex<T>,
  key: string,
  locale: Locale,
): ListedArticle | undefined {
  const version = articleVersion(index, key, locale);
  if (!version) return undefined;
  const { category, title, summary } = version.article;
  return { key, category, title, summary, url: articleUrl(locale, category, key), translated: version.translated };
}

/** Every article with a page in `locale`, in no particular order. */
export function listedArticles<T extends ListableArticle>(index: ArticleIndex<T>, locale: Locale): ListedArticle[] {
  return [...index.keys()].flatMap((key) => listedArticle(index, key, locale) ?? []);
}

/** A category on the home page. */
export interface ListedCategory {
  category: ArticleCategory;
  count: number;
  url: string;
}

/** The categories of `locale` that hold at least one article, in the order of ARTICLE_CATEGORIES. */
export function listCategories(articles: readonly ListedArticle[], locale: Locale): ListedCategory[] {
  const counts = new Map<ArticleCategory, number>();
  for (const article of articles) counts.set(article.category, (counts.get(article.category) ?? 0) + 1);
  return ARTICLE_CATEGORIES.flatMap((category) => {
    const count = counts.get(category) ?? 0;
    return count > 0 ? [{ category, count, url: categoryUrl(locale, category) }] : [];
  });
}

/** The articles of `category`: translations first, each group by title in the order readers of `locale` sort. */
export function listArticles(articles: readonly ListedArticle[], category: ArticleCategory, locale: Locale): ListedArticle[] {
  const collator = new Intl.Collator(locale);
  return articles
    .filter((a) => a.category === category)
    .sort((a, b) => Number(b.translated) - Number(a.translated) || collator.compare(a.title, b.title) || (a.key < b.key ? -1 : 1));
}
