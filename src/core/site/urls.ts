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

/** A category page: /en/internet/ */
export function categoryUrl(locale: Locale, category: string): string {
  return `/${locale}/${category}/`;
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
