/**
 * Lists of articles and of troubleshooters, as the home, category and
 * article pages show them. String renderers, so article pages filled from a
 * shell (article-shell.ts) and the ArticleList and TroubleshooterList
 * components give the same markup.
 */
import { SITE_STRINGS } from '../i18n/site-strings.ts';
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import type { ListedArticle } from './article-listing.ts';
import type { FlowLink } from './flow-links.ts';
import { attr, escapeHtml } from './html.ts';

/** Articles with their summaries (none when `brief`); those shown in English say so in the reader's language. */
export function articleListHtml(locale: Locale, articles: readonly ListedArticle[], brief = false): string {
  const inEnglish = `<span class="in-english">(${escapeHtml(SITE_STRINGS[locale].inEnglish)})</span>`;
  const items = articles.map((article) => {
    const lang = attr('lang', article.translated ? undefined : DEFAULT_LOCALE);
    const summary = brief ? '' : `<p${lang}>${escapeHtml(article.summary)}</p>`;
    return `<li><a${attr('href', article.url)}${lang}>${escapeHtml(article.title)}</a>${article.translated ? '' : inEnglish}${summary}</li>`;
  });
  return `<ul class="${brief ? 'article-list article-list-brief' : 'article-list'}">${items.join('')}</ul>`;
}

/** Troubleshooters with their summaries; with `all`, a link to the list of every one after them. */
export function troubleshooterListHtml(flows: readonly FlowLink[], all?: { url: string; label: string }): string {
  const items = flows.map(
    (flow) =>
      `<li${attr('lang', flow.lang)}><a${attr('href', flow.url)}>${escapeHtml(flow.title)}</a>` +
      `${flow.summary ? `<p>${escapeHtml(flow.summary)}</p>` : ''}</li>`,
  );
  const more = all ? `<p class="all-troubleshooters"><a${attr('href', all.url)}>${escapeHtml(all.label)}</a></p>` : '';
  return `<ul class="troubleshooter-list">${items.join('')}</ul>${more}`;
}
