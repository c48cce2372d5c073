/**
 * The kinds of callout an article can hold and their titles in each locale.
 * A callout without its own title shows this label, and screen readers
 * announce it as the name of the note.
 */
import type { Locale } from '../locales.ts';

/** The callout kinds, in order of severity: `:::note`, `:::tip`, `:::warning`, `:::danger`. */
export const CALLOUT_KINDS = ['note', 'tip', 'warning', 'danger'] as const;

/** One of the callout kinds. */
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

/** The title of each callout kind in one locale. */
export type CalloutLabels = Readonly<Record<CalloutKind, string>>;

/** Callout titles for every supported locale. */
export const CALLOUT_LABELS: Readonly<Record<Locale, CalloutLabels>> = {
  en: { note: 'Note', tip: 'Tip', warning: 'Warning', danger: 'Danger' },
  da: { note: 'Bemærk', tip: 'Tip', warning: 'Advarsel', danger: 'Fare' },
  de: { note: 'Hinweis', tip: 'Tipp', warning: 'Warnung', danger: 'Gefahr' },
  fi: { note: 'Huomautus', tip: 'Vinkki', warning: 'Varoitus', danger: 'Vaara' },
  sv: { note: 'Obs', tip: 'Tips', warning: 'Varning', danger: 'Fara' },
  lt: { note: 'Pastaba', tip: 'Patarimas', warning: 'Įspėjimas', danger: 'Pavojus' },
};

/** True when `name` is a callout kind. */
export function isCalloutKind(name: string): name is CalloutKind {
  return (CALLOUT_KINDS as readonly string[]).includes(name);
}
