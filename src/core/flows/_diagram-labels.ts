/**
 * The words a flow diagram adds around the writers' text: kind names for the
 * legend, edge words and the screen-reader title, in every locale.
 */
import type { Locale } from '../locales.ts';
import type { NodeKind } from './schema.ts';

/** The diagram's own words in one locale. */
export interface DiagramLabels {
  kinds: Record<NodeKind, string>;
  start: string;
  otherwise: string;
  /** The edge from a sub-flow node to its `then` node. */
  then: string;
  /** Prefix of an answer's or case's condition, "if". */
  ifWord: string;
  /** Prefix of a sub-flow node's target flow. */
  goTo: string;
  /** Prefix of a handoff node's queue. */
  queue: string;
  legend: string;
  /** The screen-reader title of the diagram of flow `title`. */
  title: (title: string) => string;
  /** The sentence before the node counts in the description. */
  counts: string;
  /** The description's sentence on arrows. */
  arrows: string;
}

/** The diagram's words per locale. */
export const DIAGRAM_LABELS: Readonly<Record<Locale, DiagramLabels>> = {
  en: {
    kinds: { question: 'Question', step: 'Step', branch: 'Branch', subflow: 'Sub-flow', resolution: 'Solved', handoff: 'Handoff' },
    start: 'Start',
    otherwise: 'otherwise',
    then: 'when solved there',
    ifWord: 'if',
    goTo: 'Go to',
    queue: 'Queue',
    legend: 'Legend',
    title: (title) => `Diagram of the troubleshooter “${title}”`,
    counts: 'Nodes by kind',
    arrows: 'Each arrow is labelled with the answer or the condition that leads along it.',
  },
  da: {
    kinds: { question: 'Spørgsmål', step: 'Trin', branch: 'Forgrening', subflow: 'Underforløb', resolution: 'Løst', handoff: 'Overdragelse' },
    start: 'Start',
    otherwise: 'ellers',
    then: 'når det er løst dér',
    ifWord: 'hvis',
    goTo: 'Gå til',
    queue: 'Kø',
    legend: 'Signaturforklaring',
    title: (title) => `Diagram over fejlsøgningen “${title}”`,
    counts: 'Punkter efter type',
    arrows: 'Hver pil er mærket med det svar eller den betingelse, der fører ad den.',
  },
  de: {
    kinds: { question: 'Frage', step: 'Schritt', branch: 'Verzweigung', subflow: 'Unterablauf', resolution: 'Gelöst', handoff: 'Übergabe' },
    start: 'Start',
    otherwise: 'sonst',
    then: 'wenn dort gelöst',
    ifWord: 'wenn',
    goTo: 'Weiter zu',
    queue: 'Warteschlange',
    legend: 'Legende',
    title: (title) => `Diagramm der Fehlersuche „${title}“`,
    counts: 'Knoten nach Art',
    arrows: 'Jeder Pfeil trägt die Antwort oder die Bedingung, die zu ihm führt.',
  },
  fi: {
    kinds: { question: 'Kysymys', step: 'Vaihe', branch: 'Haarautuma', subflow: 'Aliopas', resolution: 'Ratkaistu', handoff: 'Siirto' },
    start: 'Alku',
    otherwise: 'muuten',
    then: 'kun ratkaistu siellä',
    ifWord: 'jos',
    goTo: 'Siirry',
    queue: 'Jono',
    legend: 'Selite',
    title: (title) => `Vianetsinnän ”${title}” kaavio`,
    counts: 'Solmut lajeittain',
    arrows: 'Jokaisessa nuolessa on vastaus tai ehto, joka johtaa sitä pitkin.',
  },
  sv: {
    kinds: { question: 'Fråga', step: 'Steg', branch: 'Förgrening', subflow: 'Delflöde', resolution: 'Löst', handoff: 'Överlämning' },
    start: 'Start',
    otherwise: 'annars',
    then: 'när det är löst där',
    ifWord: 'om',
    goTo: 'Gå till',
    queue: 'Kö',
    legend: 'Teckenförklaring',
    title: (title) => `Diagram över felsökningen ”${title}”`,
    counts: 'Noder per typ',
    arrows: 'Varje pil är märkt med svaret eller villkoret som leder längs den.',
  },
  lt: {
    kinds: { question: 'Klausimas', step: 'Veiksmas', branch: 'Šakojimasis', subflow: 'Pošakis', resolution: 'Išspręsta', handoff: 'Perdavimas' },
    start: 'Pradžia',
    otherwise: 'kitu atveju',
    then: 'kai ten išspręsta',
    ifWord: 'jei',
    goTo: 'Eiti į',
    queue: 'Eilė',
    legend: 'Sutartiniai ženklai',
    title: (title) => `Trikčių šalinimo vedlio „${title}“ schema`,
    counts: 'Mazgai pagal tipą',
    arrows: 'Prie kiekvienos rodyklės nurodytas atsakymas arba sąlyga, kuri ja veda.',
  },
};
