/**
 * Interface strings of the readers' feedback: "Was this helpful?" with its
 * reasons, and the "Flag this" links that open an issue for the writers,
 * in every locale.
 */
import type { Locale } from '../locales.ts';
import type { FeedbackReason } from '../site/feedback-payload.ts';

export interface FeedbackStrings {
  question: string;
  yes: string;
  no: string;
  /** The legend of the reasons shown after "No". */
  reasonLegend: string;
  reasons: Record<FeedbackReason, string>;
  commentLabel: string;
  /** Under the comment box: what not to write there. */
  commentHelp: string;
  send: string;
  thanks: string;
  /** The "Flag this" link under an article. */
  flagArticle: string;
  /** The "Flag this" link of a troubleshooter step. */
  flagStep: string;
}

export const FEEDBACK_STRINGS: Record<Locale, FeedbackStrings> = {
  en: {
    question: 'Was this helpful?',
    yes: 'Yes',
    no: 'No',
    reasonLegend: 'What was the problem? (optional)',
    reasons: {
      'did-not-work': 'The steps did not solve my problem',
      unclear: 'Hard to understand',
      incorrect: 'Wrong or out of date',
      missing: 'It did not answer my question',
      other: 'Something else',
    },
    commentLabel: 'Tell us more (optional)',
    commentHelp: 'Please do not include personal details.',
    send: 'Send',
    thanks: 'Thank you for your feedback.',
    flagArticle: 'Flag this',
    flagStep: 'Flag this step',
  },
  da: {
    question: 'Var dette nyttigt?',
    yes: 'Ja',
    no: 'Nej',
    reasonLegend: 'Hvad var problemet? (valgfrit)',
    reasons: {
      'did-not-work': 'Trinene løste ikke mit problem',
      unclear: 'Svært at forstå',
      incorrect: 'Forkert eller forældet',
      missing: 'Det besvarede ikke mit spørgsmål',
      other: 'Noget andet',
    },
    commentLabel: 'Fortæl os mere (valgfrit)',
    commentHelp: 'Skriv ikke personlige oplysninger.',
    send: 'Send',
    thanks: 'Tak for din feedback.',
    flagArticle: 'Rapportér et problem',
    flagStep: 'Rapportér et problem med dette trin',
  },
  de: {
    question: 'War das hilfreich?',
    yes: 'Ja',
    no: 'Nein',
    reasonLegend: 'Was war das Problem? (optional)',
    reasons: {
      'did-not-work': 'Die Schritte haben mein Problem nicht gelöst',
      unclear: 'Schwer verständlich',
      incorrect: 'Falsch oder veraltet',
      missing: 'Meine Frage wurde nicht beantwortet',
      other: 'Etwas anderes',
    },
    commentLabel: 'Erzählen Sie uns mehr (optional)',
    commentHelp: 'Bitte geben Sie keine persönlichen Daten an.',
    send: 'Senden',
    thanks: 'Vielen Dank für Ihr Feedback.',
    flagArticle: 'Problem melden',
    flagStep: 'Problem mit diesem Schritt melden',
  },
  fi: {
    question: 'Oliko tästä apua?',
    yes: 'Kyllä',
    no: 'Ei',
    reasonLegend: 'Mikä oli ongelmana? (vapaaehtoinen)',
    reasons: {
      'did-not-work': 'Ohjeet eivät ratkaisseet ongelmaani',
      unclear: 'Vaikea ymmärtää',
      incorrect: 'Virheellinen tai vanhentunut',
      missing: 'En saanut vastausta kysymykseeni',
      other: 'Jokin muu',
    },
    commentLabel: 'Kerro lisää (vapaaehtoinen)',
    commentHelp: 'Älä kirjoita henkilötietoja.',
    send: 'Lähetä',
    thanks: 'Kiitos palautteestasi.',
    flagArticle: 'Ilmoita ongelmasta',
    flagStep: 'Ilmoita tämän vaiheen ongelmasta',
  },
  sv: {
    question: 'Var detta till hjälp?',
    yes: 'Ja',
    no: 'Nej',
    reasonLegend: 'Vad var problemet? (valfritt)',
    reasons: {
      'did-not-work': 'Stegen löste inte mitt problem',
      unclear: 'Svårt att förstå',
      incorrect: 'Fel eller inaktuellt',
      missing: 'Det besvarade inte min fråga',
      other: 'Något annat',
    },
    commentLabel: 'Berätta mer (valfritt)',
    commentHelp: 'Skriv inte personuppgifter.',
    send: 'Skicka',
    thanks: 'Tack för din feedback.',
    flagArticle: 'Rapportera ett problem',
    flagStep: 'Rapportera ett problem med det här steget',
  },
  lt: {
    question: 'Ar tai buvo naudinga?',
    yes: 'Taip',
    no: 'Ne',
    reasonLegend: 'Kokia buvo problema? (neprivaloma)',
    reasons: {
      'did-not-work': 'Veiksmai neišsprendė mano problemos',
      unclear: 'Sunku suprasti',
      incorrect: 'Neteisinga arba pasenusi informacija',
      missing: 'Neatsakė į mano klausimą',
      other: 'Kita',
    },
    commentLabel: 'Papasakokite daugiau (neprivaloma)',
    commentHelp: 'Nenurodykite asmens duomenų.',
    send: 'Siųsti',
    thanks: 'Dėkojame už atsiliepimą.',
    flagArticle: 'Pranešti apie klaidą',
    flagStep: 'Pranešti apie šio žingsnio klaidą',
  },
};
