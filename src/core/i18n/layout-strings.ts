/** Interface strings of the page frame (header, footer, language switcher), in every locale. */
import type { Locale } from '../locales.ts';

export interface LayoutStrings {
  skipToContent: string;
  language: string;
  home: string;
  internalBuild: string;
  internalNotice: string;
}

/** The name of each locale in its own language, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  da: 'Dansk',
  de: 'Deutsch',
  fi: 'Suomi',
  sv: 'Svenska',
  lt: 'Lietuvių',
};

export const LAYOUT_STRINGS: Record<Locale, LayoutStrings> = {
  en: {
    skipToContent: 'Skip to content',
    language: 'Language',
    home: 'Home',
    internalBuild: 'Internal',
    internalNotice: 'Internal site for representatives. Do not share these pages with customers.',
  },
  da: {
    skipToContent: 'Gå til indhold',
    language: 'Sprog',
    home: 'Forside',
    internalBuild: 'Intern',
    internalNotice: 'Internt website for medarbejdere. Del ikke disse sider med kunder.',
  },
  de: {
    skipToContent: 'Zum Inhalt springen',
    language: 'Sprache',
    home: 'Startseite',
    internalBuild: 'Intern',
    internalNotice: 'Interne Seite für Mitarbeitende. Diese Seiten nicht an Kundinnen und Kunden weitergeben.',
  },
  fi: {
    skipToContent: 'Siirry sisältöön',
    language: 'Kieli',
    home: 'Etusivu',
    internalBuild: 'Sisäinen',
    internalNotice: 'Asiakaspalvelun sisäinen sivusto. Älä jaa näitä sivuja asiakkaille.',
  },
  sv: {
    skipToContent: 'Hoppa till innehållet',
    language: 'Språk',
    home: 'Startsida',
    internalBuild: 'Intern',
    internalNotice: 'Intern webbplats för medarbetare. Dela inte de här sidorna med kunder.',
  },
  lt: {
    skipToContent: 'Pereiti prie turinio',
    language: 'Kalba',
    home: 'Pradžia',
    internalBuild: 'Vidinis',
    internalNotice: 'Vidinė svetainė darbuotojams. Nesidalykite šiais puslapiais su klientais.',
  },
};
