/**
 * The answers every step offers, in every locale. Steps have fixed outcomes,
 * so writers do not write these; index 0 is "fixed", index 1 is "not fixed".
 */
import type { Locale } from '../locales.ts';

/** The labels of a step's two outcomes, [fixed, not-fixed], per locale. */
export const STEP_LABELS: Readonly<Record<Locale, readonly [fixed: string, notFixed: string]>> = {
  en: ['That fixed it', 'Still not working'],
  da: ['Det løste problemet', 'Det virker stadig ikke'],
  de: ['Das hat das Problem gelöst', 'Funktioniert immer noch nicht'],
  fi: ['Se korjasi ongelman', 'Ei toimi vieläkään'],
  sv: ['Det löste problemet', 'Fungerar fortfarande inte'],
  lt: ['Tai išsprendė problemą', 'Vis dar neveikia'],
};
