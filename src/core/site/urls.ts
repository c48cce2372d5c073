/**
 * The site's URL scheme, in one place. Every link the site, the search index
 * and the remark link resolver produce comes from these functions.
 * All URLs end with a slash (astro.config.mjs: trailingSlash 'always').
 */
import type { Locale } from '../locales.ts';

/** The home page of a locale: /en/ */
export function homeUrl(locale: Locale): string {
  return `/${locale}/`;
}

/** The `page`th page of a paged list at `base`: the list itself for page 1, else <base>page/<n>/. */
function listPageUrl(base: string, page: number): string {
  return page > 1 ? `${base}page/${page}/` : base;
}

/** A category page: /en/internet/, and its later pages: /en/internet/page/2/ */
export function categoryUrl(locale: Locale, category: string, page = 1): string {
  return listPageUrl(`/${locale}/${category}/`, page);
}

/** The list of every troubleshooter: /en/troubleshooters/, and its later pages: /en/troubleshooters/page/2/ */
export function troubleshootersUrl(locale: Locale, page = 1): string {
  return listPageUrl(`/${locale}/troubleshooters/`, page);
}

/** An article page: /en/internet/router-lights/ */
export function articleUrl(locale: Locale, category: string, key: string): string {
  return `/${locale}/${category}/${key}/`;
}

/**
 * A troubleshooter, at its start or at one of its steps:
 * /en/troubleshoot/internet-down/ and /en/troubleshoot/internet-down/restart-router/.
 * Sub-flow states (`acct/reset-password`) become nested path segments.
 */
export function flowUrl(locale: Locale, flowId: string, stateId?: string): string {
  return stateId ? `/${locale}/troubleshoot/${flowId}/${stateId}/` : `/${locale}/troubleshoot/${flowId}/`;
}

/** The search page of a locale: /en/search/ */
export function searchUrl(locale: Locale): string {
  return `/${locale}/search/`;
}
