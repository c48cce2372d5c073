/** Dates as readers of each locale write them. */
import type { Locale } from '../locales.ts';

/**
 * A date as a reader of `locale` writes it in full ("3 March 2025",
 * "3. marts 2025"), in UTC so a build machine's time zone never moves a
 * day; undefined when `iso` is not a date.
 */
export function formatDate(locale: Locale, iso: string): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(date);
}

// Made once per locale: making one takes about 0.2 ms, and every article page shows a date.
const formats = new Map<Locale, Intl.DateTimeFormat>();

/** The date part (YYYY-MM-DD, UTC) of an ISO timestamp, for `<time datetime>`; undefined when it is not a date. */
export function isoDay(iso: string): string | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}
