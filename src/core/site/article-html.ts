/**
 * The parts of an article page that differ from article to article, around
 * its body: the table of contents, the date and edit link under it, and its
 * related articles and troubleshooters. String renderers: article pages are
 * filled from one shell per locale (article-shell.ts, article-page-values.ts).
 */
import type { TocEntry } from '../content/index.ts';
import { SITE_STRINGS } from '../i18n/site-strings.ts';
import type { Locale } from '../locales.ts';
import type { ListedArticle } from './article-listing.ts';
import type { FlowLink } from './flow-links.ts';
import { formatDate, isoDay } from './format-date.ts';
import { attr, escapeHtml } from './html.ts';
import { articleListHtml, troubleshooterListHtml } from './list-html.ts';

/** The article's h2 headings with their h3s nested; nothing below two entries. `titleLang`: the title's language when the article is in another. */
export function tocHtml(entries: readonly TocEntry[], title: string, titleLang?: string): string {
  if (entries.length < 2) return '';
  const top = Math.min(...entries.map((e) => e.depth));
  const groups: Array<{ entry: TocEntry; children: TocEntry[] }> = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (entry.depth > top && last) last.children.push(entry);
    else groups.push({ entry, children: [] });
  }
  const link = (entry: TocEntry) => `<a${attr('href', `#${entry.id}`)}>${escapeHtml(entry.text)}</a>`;
  const items = groups.map(
    ({ entry, children }) =>
      `<li>${link(entry)}${children.length > 0 ? `<ol>${children.map((child) => `<li>${link(child)}</li>`).join('')}</ol>` : ''}</li>`,
  );
  return `<nav class="toc" aria-labelledby="toc_title"><h2 id="toc_title"${attr('lang', titleLang)}>${escapeHtml(title)}</h2><ol>${items.join('')}</ol></nav>`;
}

/** When the article last changed (from git, when known) and where writers edit it. */
export function articleMetaHtml(locale: Locale, lastUpdated: string | undefined, editUrl: string): string {
  const t = SITE_STRINGS[locale];
  const shown = lastUpdated && formatDate(locale, lastUpdated);
  const day = lastUpdated && isoDay(lastUpdated);
  const date = shown && day ? `<p>${escapeHtml(t.lastUpdated)}: <time${attr('datetime', day)}>${escapeHtml(shown)}</time></p>` : '';
  return `<div class="article-meta">${date}<p><a${attr('href', editUrl)} rel="nofollow">${escapeHtml(t.editThisPage)}</a></p></div>`;
}

/** The article's related troubleshooters and articles (short lists from its frontmatter, never the whole site). */
export function articleRelatedHtml(locale: Locale, articles: readonly ListedArticle[], flows: readonly FlowLink[]): string {
  const t = SITE_STRINGS[locale];
  const parts: string[] = [];
  if (flows.length > 0) {
    parts.push(
      `<section class="related related-flows" aria-labelledby="related_flows_title"><h2 id="related_flows_title">` +
        `${escapeHtml(t.relatedTroubleshooters)}</h2>${troubleshooterListHtml(flows)}</section>`,
    );
  }
  if (articles.length > 0) {
    parts.push(
      `<section class="related related-articles" aria-labelledby="related_articles_title"><h2 id="related_articles_title">` +
        `${escapeHtml(t.relatedArticles)}</h2>${articleListHtml(locale, articles, true)}</section>`,
    );
  }
  return parts.join('');
}
