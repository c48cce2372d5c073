/** The words of case notes, in every locale a representative may work in. */
import type { Locale } from '../locales.ts';

export interface CaseNotesStrings {
  caseCode: string;
  problem: string;
  flow: string;
  version: string;
  customerLanguage: string;
  stepsTried: string;
  noSteps: string;
  outcome: string;
  resolved: string;
  handedOver: (queue: string) => string;
  notFinished: (step: string) => string;
  queue: string;
  reason: string;
  collect: string;
  fields: string;
  customerWording: string;
  replayedNotice: (codeVersion: number, currentVersion: number) => string;
  partialNotice: (recovered: number, total: number, codeVersion: number, currentVersion: number) => string;
  languages: Record<Locale, string>;
}

export const CASE_NOTES_STRINGS: Record<Locale, CaseNotesStrings> = {
  en: {
    caseCode: 'Case code',
    problem: 'Problem',
    flow: 'Troubleshooter',
    version: 'version',
    customerLanguage: "Customer's language",
    stepsTried: 'Steps tried',
    noSteps: 'No answers given yet.',
    outcome: 'Outcome',
    resolved: 'Resolved',
    handedOver: (queue) => `Handed over to ${queue}`,
    notFinished: (step) => `Not finished; stopped at: ${step}`,
    queue: 'Queue',
    reason: 'Reason',
    collect: 'Collect before transferring',
    fields: 'Details from the customer',
    customerWording: "Customer's wording",
    replayedNotice: (a, b) => `This code was made on version ${a} of the troubleshooter; the current version is ${b}. All answers still apply and are shown on the current version.`,
    partialNotice: (r, t, a, b) => `This code was made on version ${a} of the troubleshooter; the current version is ${b}. Only the first ${r} of ${t} answers could be recovered; ask the customer about the rest.`,
    languages: { en: 'English', da: 'Danish', de: 'German', fi: 'Finnish', sv: 'Swedish', lt: 'Lithuanian' },
  },
  da: {
    caseCode: 'Sagskode',
    problem: 'Problem',
    flow: 'Fejlsøgning',
    version: 'version',
    customerLanguage: 'Kundens sprog',
    stepsTried: 'Afprøvede trin',
    noSteps: 'Ingen svar endnu.',
    outcome: 'Resultat',
    resolved: 'Løst',
    handedOver: (queue) => `Sendt videre til ${queue}`,
    notFinished: (step) => `Ikke afsluttet; stoppede ved: ${step}`,
    queue: 'Kø',
    reason: 'Årsag',
    collect: 'Indhent før viderestilling',
    fields: 'Oplysninger fra kunden',
    customerWording: 'Kundens ordlyd',
    replayedNotice: (a, b) => `Koden blev lavet på version ${a} af fejlsøgningen; den nuværende version er ${b}. Alle svar gælder stadig og vises på den nuværende version.`,
    partialNotice: (r, t, a, b) => `Koden blev lavet på version ${a} af fejlsøgningen; den nuværende version er ${b}. Kun de første ${r} af ${t} svar kunne genskabes; spørg kunden om resten.`,
    languages: { en: 'engelsk', da: 'dansk', de: 'tysk', fi: 'finsk', sv: 'svensk', lt: 'litauisk' },
  },
  de: {
    caseCode: 'Fallcode',
    problem: 'Problem',
    flow: 'Fehlerbehebung',
    version: 'Version',
    customerLanguage: 'Sprache des Kunden',
    stepsTried: 'Versuchte Schritte',
    noSteps: 'Noch keine Antworten.',
    outcome: 'Ergebnis',
    resolved: 'Gelöst',
    handedOver: (queue) => `Übergeben an ${queue}`,
    notFinished: (step) => `Nicht abgeschlossen; angehalten bei: ${step}`,
    queue: 'Warteschlange',
    reason: 'Grund',
    collect: 'Vor der Weiterleitung erfragen',
    fields: 'Angaben des Kunden',
    customerWording: 'Wortlaut für den Kunden',
    replayedNotice: (a, b) => `Dieser Code stammt aus Version ${a} der Fehlerbehebung; aktuell ist Version ${b}. Alle Antworten gelten weiterhin und werden in der aktuellen Version angezeigt.`,
    partialNotice: (r, t, a, b) => `Dieser Code stammt aus Version ${a} der Fehlerbehebung; aktuell ist Version ${b}. Nur die ersten ${r} von ${t} Antworten ließen sich wiederherstellen; fragen Sie den Kunden nach dem Rest.`,
    languages: { en: 'Englisch', da: 'Dänisch', de: 'Deutsch', fi: 'Finnisch', sv: 'Schwedisch', lt: 'Litauisch' },
  },
  fi: {
    caseCode: 'Tapauskoodi',
    problem: 'Ongelma',
    flow: 'Vianetsintä',
    version: 'versio',
    customerLanguage: 'Asiakkaan kieli',
    stepsTried: 'Kokeillut vaiheet',
    noSteps: 'Ei vielä vastauksia.',
    outcome: 'Lopputulos',
    resolved: 'Ratkaistu',
    handedOver: (queue) => `Siirretty: ${queue}`,
    notFinished: (step) => `Kesken; pysähtyi kohtaan: ${step}`,
    queue: 'Jono',
    reason: 'Syy',
    collect: 'Kysy ennen siirtoa',
    fields: 'Asiakkaan antamat tiedot',
    customerWording: 'Asiakkaan näkemä teksti',
    replayedNotice: (a, b) => `Koodi on tehty vianetsinnän versiossa ${a}; nykyinen versio on ${b}. Kaikki vastaukset pätevät yhä ja näytetään nykyisessä versiossa.`,
    partialNotice: (r, t, a, b) => `Koodi on tehty vianetsinnän versiossa ${a}; nykyinen versio on ${b}. Vain ${r}/${t} ensimmäistä vastausta voitiin palauttaa; kysy loput asiakkaalta.`,
    languages: { en: 'englanti', da: 'tanska', de: 'saksa', fi: 'suomi', sv: 'ruotsi', lt: 'liettua' },
  },
  sv: {
    caseCode: 'Ärendekod',
    problem: 'Problem',
    flow: 'Felsökning',
    version: 'version',
    customerLanguage: 'Kundens språk',
    stepsTried: 'Provade steg',
    noSteps: 'Inga svar ännu.',
    outcome: 'Resultat',
    resolved: 'Löst',
    handedOver: (queue) => `Överlämnat till ${queue}`,
    notFinished: (step) => `Inte avslutat; stannade vid: ${step}`,
    queue: 'Kö',
    reason: 'Orsak',
    collect: 'Samla in före överflyttning',
    fields: 'Uppgifter från kunden',
    customerWording: 'Kundens formulering',
    replayedNotice: (a, b) => `Koden skapades i version ${a} av felsökningen; nuvarande version är ${b}. Alla svar gäller fortfarande och visas i den nuvarande versionen.`,
    partialNotice: (r, t, a, b) => `Koden skapades i version ${a} av felsökningen; nuvarande version är ${b}. Bara de första ${r} av ${t} svaren kunde återskapas; fråga kunden om resten.`,
    languages: { en: 'engelska', da: 'danska', de: 'tyska', fi: 'finska', sv: 'svenska', lt: 'litauiska' },
  },
  lt: {
    caseCode: 'Atvejo kodas',
    problem: 'Problema',
    flow: 'Trikčių šalinimas',
    version: 'versija',
    customerLanguage: 'Kliento kalba',
    stepsTried: 'Išbandyti veiksmai',
    noSteps: 'Atsakymų dar nėra.',
    outcome: 'Rezultatas',
    resolved: 'Išspręsta',
    handedOver: (queue) => `Perduota: ${queue}`,
    notFinished: (step) => `Nebaigta; sustota ties: ${step}`,
    queue: 'Eilė',
    reason: 'Priežastis',
    collect: 'Surinkite prieš perduodami',
    fields: 'Kliento pateikti duomenys',
    customerWording: 'Kliento matytas tekstas',
    replayedNotice: (a, b) => `Šis kodas sukurtas ${a} trikčių šalinimo versijoje; dabartinė versija – ${b}. Visi atsakymai vis dar tinka ir rodomi dabartinėje versijoje.`,
    partialNotice: (r, t, a, b) => `Šis kodas sukurtas ${a} trikčių šalinimo versijoje; dabartinė versija – ${b}. Atkurti pavyko tik pirmuosius ${r} iš ${t} atsakymų; apie kitus paklauskite kliento.`,
    languages: { en: 'anglų', da: 'danų', de: 'vokiečių', fi: 'suomių', sv: 'švedų', lt: 'lietuvių' },
  },
};
