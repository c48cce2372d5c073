/**
 * The call console's URLs (representatives' build only), next to the site's
 * scheme in urls.ts: the console page of a locale and the data it fetches
 * for one flow.
 */
import type { Locale } from '../locales.ts';

/** The console of a locale: /en/console/ */
export function consoleUrl(locale: Locale): string {
  return `/${locale}/console/`;
}

/** The data of one flow for the console of a locale: /en/console/internet-down.json */
export function consoleDataUrl(locale: Locale, flowId: string): string {
  return `/${locale}/console/${flowId}.json`;
}
