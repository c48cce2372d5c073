/**
 * Opening hours of a queue in the reader's language. Writers give days as
 * English abbreviations ("Mon-Fri", "Sat") in content/handoff.yaml; customers
 * read "ma–pe 8.00–21.00" or "rund um die Uhr".
 */
import type { Locale } from '../locales.ts';

/** One line of opening hours as written in content/handoff.yaml. */
export interface OpeningHours {
  days: string;
  from: string;
  to: string;
}

/** What a locale needs to word opening hours. */
export interface OpeningHoursStrings {
  /** Short day names, Monday first. */
  days: readonly string[];
  /** Said instead of the times when a line is open all day, e.g. "around the clock". */
  allDay: string;
}

const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
// Locales that write times with a dot (8.00) rather than a colon.
const DOT_TIME: ReadonlySet<Locale> = new Set(['da', 'fi']);

function dayName(written: string, names: readonly string[]): string | undefined {
  const index = DAY_KEYS.indexOf(written.trim().slice(0, 3).toLowerCase());
  return index === -1 ? undefined : names[index];
}

function localDays(days: string, names: readonly string[]): string {
  const parts = days.split(/\s*[-–]\s*/u);
  const translated = parts.map((part) => dayName(part, names));
  if (parts.length > 2 || translated.some((name) => name === undefined)) return days;
  return translated.join('–');
}

function localTime(time: string, locale: Locale): string {
  return DOT_TIME.has(locale) ? time.replace(':', '.') : time;
}

/**
 * Each line of opening hours in `locale`: "Mon–Fri 08:00–21:00". Days that
 * are not English abbreviations are shown as written.
 */
export function formatOpeningHours(
  hours: readonly OpeningHours[],
  locale: Locale,
  strings: OpeningHoursStrings,
): string[] {
  return hours.map(({ days, from, to }) => {
    const open = from === '00:00' && (to === '23:59' || to === '24:00')
      ? strings.allDay
      : `${localTime(from, locale)}–${localTime(to, locale)}`;
    return `${localDays(days, strings.days)} ${open}`;
  });
}
