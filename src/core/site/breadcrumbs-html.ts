/**
 * Where a page sits: Home › Category › Article. The last crumb is the current
 * page and has no link. A string renderer, so article pages filled from a
 * shell (article-shell.ts) and the Breadcrumbs component give the same markup.
 */
import { attr, escapeHtml } from './html.ts';

export interface Crumb {
  label: string;
  url?: string;
  /** The crumb's language when it differs from the page's. */
  lang?: string;
}

/** The breadcrumb trail, labelled `label` for screen readers. */
export function breadcrumbsHtml(label: string, crumbs: readonly Crumb[]): string {
  const items = crumbs.map((crumb, i) =>
    crumb.url && i < crumbs.length - 1
      ? `<li><a${attr('href', crumb.url)}${attr('lang', crumb.lang)}>${escapeHtml(crumb.label)}</a></li>`
      : `<li><span aria-current="page"${attr('lang', crumb.lang)}>${escapeHtml(crumb.label)}</span></li>`,
  );
  return `<nav class="breadcrumbs"${attr('aria-label', label)}><ol>${items.join('')}</ol></nav>`;
}
