/** The site's name in a locale, from content/site.yaml. */
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import type { SiteConfig } from './site-config-schema.ts';

/** The name in `locale`, else in the default locale, else the first one written. */
export function siteName(config: Pick<SiteConfig, 'name'>, locale: Locale): string {
  return config.name[locale] ?? config.name[DEFAULT_LOCALE] ?? Object.values(config.name)[0] ?? '';
}
