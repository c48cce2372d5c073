/**
 * What fills each slot of an article page (article-shell.ts): one article's
 * title, alternates, breadcrumbs, table of contents, body, date, related
 * lists, feedback subject and flag link, as HTML or as values to escape.
 * Astro's own article page and every page written from its shell get them
 * from here, so no part of an article page is rendered in two places.
 */
import { LAYOUT_STRINGS } from '../i18n/layout-strings.ts';
import { SITE_STRINGS } from '../i18n/site-strings.ts';
import type { Locale } from '../locales.ts';
import { articleAlternates, type ArticleIndex } from './article-alternates.ts';
import type { ArticleEntryData } from './article-entry-schema.ts';
import { articleMetaHtml, articleRelatedHtml, tocHtml } from './article-html.ts';
import { listedArticle } from './article-listing.ts';
import type { ArticleShellKind, ArticleSlotValues } from './article-shell.ts';
import { alternateLinksHtml, languageSwitcherHtml } from './alternates-html.ts';
import { breadcrumbsHtml } from './breadcrumbs-html.ts';
import { editUrl } from './edit-url.ts';
import type { FeedbackSubject } from './feedback-payload.ts';
import { flagUrl } from './flag-url.ts';
import type { FlowLink } from './flow-links.ts';
import { articleUrl, categoryUrl, homeUrl } from './urls.ts';

/** What every article page of a build shares. */
export interface ArticlePageContext {
  /** The site's address: hreflang links and the flag's page address are absolute. */
  site: string;
  /** The translated articles (no fallback pages) by key and locale (indexArticles). */
  index: ArticleIndex<ArticleEntryData>;
  /** The content repository and branch (content/site.yaml), for the edit and flag links. */
  repository: string;
  branch: string;
  /** Whether pages carry the feedback form (the site has an endpoint). */
  feedback: boolean;
  /** Where "Flag this" points, when the build shows it: the 1-based line of an article file's title. */
  titleLine?: (file: string) => number;
  /** The link to a troubleshooter for readers of a locale; undefined when the build has no such flow. */
  flowLink: (flowId: string, locale: Locale) => FlowLink | undefined;
}

/** The shell an article page is filled from. */
export const articleShellKind = (data: Pick<ArticleEntryData, 'translated'>): ArticleShellKind => (data.translated ? 'translated' : 'fallback');

/** The slot values of the page of `data`, whose rendered Markdown is `html`. */
export function articlePageValues(context: ArticlePageContext, data: ArticleEntryData, html: string): ArticleSlotValues {
  const { locale, category, key, title } = data;
  const t = SITE_STRINGS[locale];
  // A fallback page's text is in its source language; the interface around it stays in the reader's.
  const textLang = data.translated ? undefined : data.sourceLocale;
  const uiLang = data.translated ? undefined : locale;
  const alternates = articleAlternates(context.index, key);
  const subject: FeedbackSubject = { kind: 'article', id: key, locale, file: data.file };
  const pageUrl = new URL(articleUrl(locale, category, key), context.site).href;
  const { repository, branch, titleLine } = context;
  return {
    title,
    summary: data.summary,
    lang: textLang ?? '',
    hreflang: alternateLinksHtml(alternates, context.site),
    switcher: languageSwitcherHtml(locale, alternates),
    crumbs: breadcrumbsHtml(t.breadcrumbs, [
      { label: LAYOUT_STRINGS[locale].home, url: homeUrl(locale) },
      { label: t.categories[category].name, url: categoryUrl(locale, category) },
      { label: title, lang: textLang },
    ]),
    toc: tocHtml(data.toc, t.onThisPage, uiLang),
    body: html,
    meta: articleMetaHtml(locale, data.lastUpdated, editUrl(repository, branch, data.file)),
    related: articleRelatedHtml(
      locale,
      data.related.flatMap((other) => listedArticle(context.index, other, locale) ?? []),
      data.flows.flatMap((id) => context.flowLink(id, locale) ?? []),
    ),
    subject: context.feedback ? JSON.stringify(subject) : '',
    flag: titleLine ? flagUrl({ repository, branch, file: data.file, line: titleLine(data.file), title, pageUrl }) : '',
  };
}
