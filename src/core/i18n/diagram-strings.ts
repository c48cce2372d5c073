/**
 * Interface strings around the flow diagrams of the representatives' build:
 * the links to a troubleshooter's diagram and the console's diagram panel,
 * in every locale.
 */
import type { Locale } from '../locales.ts';

export interface DiagramStrings {
  /** The link to a troubleshooter's diagram on its pages. */
  diagramOfFlow: string;
  /** The short link next to each troubleshooter in the console. */
  diagram: string;
  /** The console panel's heading, a disclosure button. */
  panelTitle: string;
  loading: string;
  loadFailed: string;
  /** The label of the scrollable diagram area. */
  viewLabel: string;
  openInNewTab: string;
}

export const DIAGRAM_STRINGS: Record<Locale, DiagramStrings> = {
  en: {
    diagramOfFlow: 'Diagram of this troubleshooter',
    diagram: 'Diagram',
    panelTitle: 'Where the call is in the tree',
    loading: 'Loading the diagram…',
    loadFailed: 'The diagram could not be loaded.',
    viewLabel: 'Diagram of the troubleshooter, current step highlighted',
    openInNewTab: 'Open the diagram in a new tab',
  },
  da: {
    diagramOfFlow: 'Diagram over denne fejlfinder',
    diagram: 'Diagram',
    panelTitle: 'Hvor samtalen er i træet',
    loading: 'Henter diagrammet …',
    loadFailed: 'Diagrammet kunne ikke hentes.',
    viewLabel: 'Diagram over fejlfinderen, det aktuelle trin fremhævet',
    openInNewTab: 'Åbn diagrammet i en ny fane',
  },
  de: {
    diagramOfFlow: 'Diagramm dieser Fehlersuche',
    diagram: 'Diagramm',
    panelTitle: 'Wo das Gespräch im Baum steht',
    loading: 'Diagramm wird geladen …',
    loadFailed: 'Das Diagramm konnte nicht geladen werden.',
    viewLabel: 'Diagramm der Fehlersuche, aktueller Schritt hervorgehoben',
    openInNewTab: 'Diagramm in neuem Tab öffnen',
  },
  fi: {
    diagramOfFlow: 'Tämän vianmäärityksen kaavio',
    diagram: 'Kaavio',
    panelTitle: 'Missä kohtaa puhelu on puussa',
    loading: 'Ladataan kaaviota…',
    loadFailed: 'Kaaviota ei voitu ladata.',
    viewLabel: 'Vianmäärityksen kaavio, nykyinen vaihe korostettuna',
    openInNewTab: 'Avaa kaavio uudessa välilehdessä',
  },
  sv: {
    diagramOfFlow: 'Diagram över den här felsökningen',
    diagram: 'Diagram',
    panelTitle: 'Var samtalet är i trädet',
    loading: 'Hämtar diagrammet …',
    loadFailed: 'Diagrammet kunde inte hämtas.',
    viewLabel: 'Diagram över felsökningen, aktuellt steg markerat',
    openInNewTab: 'Öppna diagrammet i en ny flik',
  },
  lt: {
    diagramOfFlow: 'Šio trikčių šalinimo diagrama',
    diagram: 'Diagrama',
    panelTitle: 'Kur pokalbis yra medyje',
    loading: 'Įkeliama diagrama…',
    loadFailed: 'Diagramos nepavyko įkelti.',
    viewLabel: 'Trikčių šalinimo diagrama, pažymėtas dabartinis žingsnis',
    openInNewTab: 'Atidaryti diagramą naujame skirtuke',
  },
};
