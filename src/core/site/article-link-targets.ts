/**
 * The tables `createLinkResolver` looks links up in, for one locale: every
 * article with a page in that locale (its translation, or the default
 * locale's text on a fallback page) and every flow, at their URLs in that
 * locale, so a reader who follows a link stays in their language.
 */
import type { ArticleLinkTarget, LinkResolution, LinkResolver, LinkTargets } from '../content/index.ts';
import type { Locale } from '../locales.ts';
import { articleVersion, type ArticleIndex, type ArticleRef } from './article-alternates.ts';
import { articleUrl, flowUrl } from './urls.ts';

/**
 * The link targets of `locale`. `anchorsOf` gives the heading ids of an
 * article file (asked only when a link names an anchor); a fallback page has
 * the ids of the text it shows.
 */
export function articleLinkTargets<T extends ArticleRef>(
  index: ArticleIndex<T>,
  locale: Locale,
  anchorsOf: (article: T) => readonly string[],
  flowIds: Iterable<string>,
): LinkTargets {
  const articles = new Map<string, ArticleLinkTarget>();
  for (const key of index.keys()) {
    const version = articleVersion(index, key, locale);
    if (!version) continue;
    const { article } = version;
    articles.set(key, {
      url: articleUrl(locale, article.category, key),
      // Finding the headings means parsing the article: only for links that name an #anchor.
      get anchors() {
        return anchorsOf(article);
      },
    });
  }
  const flows = new Map<string, { url: string }>();
  for (const id of flowIds) flows.set(id, { url: flowUrl(locale, id) });
  return { articles, flows };
}

/**
 * A resolver that tries each resolver in turn and takes the first URL; when
 * none resolves the link, the first one's error. A fallback page uses it:
 * its default-locale text may point at a heading that only the default
 * locale's version of an article has.
 */
export function firstResolved(...resolvers: LinkResolver[]): LinkResolver {
  return (kind, id, anchor) => {
    let first: LinkResolution | undefined;
    for (const resolve of resolvers) {
      const result = resolve(kind, id, anchor);
      if ('url' in result) return result;
      first ??= result;
    }
    return first ?? { error: `there is no ${kind} "${id}"` };
  };
}
