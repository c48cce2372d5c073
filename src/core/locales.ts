/** The locales the knowledge base is written in. The first is the default. */
export const LOCALES = ['en', 'da', 'de', 'fi', 'sv', 'lt'] as const;

/** One of the supported locale codes. */
export type Locale = (typeof LOCALES)[number];

/** The locale every text falls back to when a translation is missing. */
export const DEFAULT_LOCALE: Locale = 'en';

/** True when `value` is a supported locale code. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
