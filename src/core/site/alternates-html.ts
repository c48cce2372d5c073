/**
 * A page's versions in other locales: hreflang links in the head (not for
 * fallback pages, whose text is not in that language) and the language
 * switcher in the header (only when there is more than one version). String
 * renderers, so the page frame (Base.astro) and article pages filled from a
 * shell (article-shell.ts) give the same markup.
 */
import { LAYOUT_STRINGS, LOCALE_NAMES } from '../i18n/layout-strings.ts';
import type { Locale } from '../locales.ts';
import { attr, escapeHtml } from './html.ts';

export interface Alternate {
  locale: Locale;
  url: string;
  /** True when that locale's page shows another language's text (a fallback): listed in the switcher, no hreflang. */
  fallback?: boolean;
}

/** `<link rel="alternate" hreflang>` of every version that is in its locale's language, with absolute URLs. */
export function alternateLinksHtml(alternates: readonly Alternate[], site: URL | string): string {
  return alternates
    .filter((alt) => !alt.fallback)
    .map((alt) => `<link rel="alternate"${attr('hreflang', alt.locale)}${attr('href', new URL(alt.url, site).href)}>`)
    .join('');
}

/** The language switcher of a page in `locale`, or nothing when the page has no other version. */
export function languageSwitcherHtml(locale: Locale, alternates: readonly Alternate[]): string {
  if (alternates.length <= 1) return '';
  const items = alternates.map(
    (alt) =>
      `<li><a${attr('href', alt.url)}${attr('hreflang', alt.locale)}${attr('lang', alt.locale)}` +
      `${attr('aria-current', alt.locale === locale && 'page')}>${escapeHtml(LOCALE_NAMES[alt.locale])}</a></li>`,
  );
  return `<nav class="language-switcher"${attr('aria-label', LAYOUT_STRINGS[locale].language)}><ul>${items.join('')}</ul></nav>`;
}
