/**
 * A ready-made `LinkResolver` over plain data: the articles (with their
 * heading ids) and flows a locale can link to, and their URLs. The site
 * builds the tables, fallback locales included; this file only looks up and
 * suggests.
 */
import { closestMatch } from './_did-you-mean.ts';
import type { LinkResolution, LinkResolver } from './remark-links.ts';

/** What a link can point at: an article's URL and the ids of its headings. */
export interface ArticleLinkTarget {
  url: string;
  anchors: readonly string[];
}

/** The link targets of one locale. */
export interface LinkTargets {
  articles: ReadonlyMap<string, ArticleLinkTarget>;
  flows: ReadonlyMap<string, { url: string }>;
}

function missing(what: string, id: string, known: Iterable<string>): LinkResolution {
  const match = closestMatch(id, known);
  return match
    ? { error: `there is no ${what} "${id}"`, hint: `Did you mean "${match}"?` }
    : { error: `there is no ${what} "${id}"` };
}

/** A resolver that looks links up in `targets`, with did-you-mean hints for typos. */
export function createLinkResolver(targets: LinkTargets): LinkResolver {
  return (kind, id, anchor) => {
    if (kind === 'flow') {
      const flow = targets.flows.get(id);
      if (!flow) return missing('flow', id, targets.flows.keys());
      if (anchor !== undefined)
        return { error: 'a flow link cannot point at an #anchor', hint: `Write flow:${id} without #${anchor}.` };
      return { url: flow.url };
    }
    const article = targets.articles.get(id);
    if (!article) return missing('article with the key', id, targets.articles.keys());
    if (anchor === undefined) return { url: article.url };
    if (!article.anchors.includes(anchor.normalize('NFC'))) {
      const match = closestMatch(anchor, article.anchors);
      return {
        error: `the article "${id}" has no heading with the id "${anchor}"`,
        hint: match ? `Did you mean "#${match}"?` : 'Link to the id of one of its headings, or drop the #anchor.',
      };
    }
    return { url: `${article.url}#${anchor}` };
  };
}
