/**
 * Interface strings of search: the results under the search box, the
 * search page and its no-JavaScript fallback, in every locale. The box's
 * own label and button are SITE_STRINGS.searchLabel / searchButton.
 * `{query}` is filled with `fill` (field-validation.ts); counts go through
 * `countLabel` (site-strings.ts).
 */
import type { Locale } from '../locales.ts';
import type { PluralForms } from './site-strings.ts';

export interface SearchStrings {
  /** The search page's title and heading. */
  pageTitle: string;
  /** The type of an article result. */
  article: string;
  /** The type of a troubleshooter result. */
  troubleshooter: string;
  /** The accessible name of the results list. */
  resultsLabel: string;
  /** How many results there are, announced and shown. */
  resultCount: PluralForms;
  /** Said while the index loads for the first query. */
  searching: string;
  /** No result for the query. */
  noResults: string;
  /** Above the troubleshooters offered when nothing was found. */
  tryTroubleshooters: string;
  /** Heading of the contact options offered when nothing was found. */
  contactHeading: string;
  /** The link from the results under the box to the search page. */
  seeAll: string;
  /** The search page before anything is typed. */
  typeToSearch: string;
  /** The index could not be loaded. */
  unavailable: string;
  /** Part of the index could not be loaded, so results may be missing. */
  incomplete: string;
  /** The search page without JavaScript. */
  needsJavaScript: string;
  /** Heading of the categories the search page lists instead of results. */
  browseTopics: string;
}

export const SEARCH_STRINGS: Readonly<Record<Locale, SearchStrings>> = {
  en: {
    pageTitle: 'Search',
    article: 'Article',
    troubleshooter: 'Guided troubleshooting',
    resultsLabel: 'Search results',
    resultCount: { one: '{n} result', other: '{n} results' },
    searching: 'Searching…',
    noResults: 'No results for “{query}”.',
    tryTroubleshooters: 'Try other words, or let a troubleshooter guide you:',
    contactHeading: 'Or talk to us',
    seeAll: 'All results on the search page',
    typeToSearch: 'Type a word or two about your problem.',
    unavailable: 'Search is not available right now. Please try again later, or browse the topics below.',
    incomplete: 'Some results may be missing because part of the search index could not be loaded.',
    needsJavaScript: 'Search needs JavaScript, which is turned off in your browser. You can browse the topics and troubleshooters below instead.',
    browseTopics: 'Browse by topic',
  },
  da: {
    pageTitle: 'Søg',
    article: 'Artikel',
    troubleshooter: 'Trinvis fejlsøgning',
    resultsLabel: 'Søgeresultater',
    resultCount: { one: '{n} resultat', other: '{n} resultater' },
    searching: 'Søger …',
    noResults: 'Ingen resultater for “{query}”.',
    tryTroubleshooters: 'Prøv med andre ord, eller lad en fejlsøgning guide dig:',
    contactHeading: 'Eller tal med os',
    seeAll: 'Alle resultater på søgesiden',
    typeToSearch: 'Skriv et ord eller to om dit problem.',
    unavailable: 'Søgningen virker ikke lige nu. Prøv igen senere, eller find hjælp efter emne herunder.',
    incomplete: 'Der kan mangle resultater, fordi en del af søgeindekset ikke kunne hentes.',
    needsJavaScript: 'Søgningen kræver JavaScript, som er slået fra i din browser. Du kan i stedet finde hjælp efter emne eller bruge en af fejlsøgningerne herunder.',
    browseTopics: 'Find hjælp efter emne',
  },
  de: {
    pageTitle: 'Suche',
    article: 'Artikel',
    troubleshooter: 'Geführte Fehlersuche',
    resultsLabel: 'Suchergebnisse',
    resultCount: { one: '{n} Ergebnis', other: '{n} Ergebnisse' },
    searching: 'Suche läuft …',
    noResults: 'Keine Ergebnisse für „{query}“.',
    tryTroubleshooters: 'Versuchen Sie es mit anderen Wörtern, oder lassen Sie sich von einer Fehlersuche führen:',
    contactHeading: 'Oder sprechen Sie mit uns',
    seeAll: 'Alle Ergebnisse auf der Suchseite',
    typeToSearch: 'Geben Sie ein oder zwei Wörter zu Ihrem Problem ein.',
    unavailable: 'Die Suche ist gerade nicht verfügbar. Bitte versuchen Sie es später noch einmal, oder suchen Sie unten nach Thema.',
    incomplete: 'Möglicherweise fehlen Ergebnisse, weil ein Teil des Suchindex nicht geladen werden konnte.',
    needsJavaScript: 'Die Suche braucht JavaScript, das in Ihrem Browser ausgeschaltet ist. Unten finden Sie stattdessen die Themen und die geführten Fehlersuchen.',
    browseTopics: 'Hilfe nach Thema',
  },
  fi: {
    pageTitle: 'Haku',
    article: 'Artikkeli',
    troubleshooter: 'Opastettu vianetsintä',
    resultsLabel: 'Hakutulokset',
    resultCount: { one: '{n} tulos', other: '{n} tulosta' },
    searching: 'Haetaan…',
    noResults: 'Haulla ”{query}” ei löytynyt tuloksia.',
    tryTroubleshooters: 'Kokeile muita sanoja tai anna vianetsinnän opastaa sinua:',
    contactHeading: 'Tai ota meihin yhteyttä',
    seeAll: 'Kaikki tulokset hakusivulla',
    typeToSearch: 'Kirjoita sana tai kaksi ongelmastasi.',
    unavailable: 'Haku ei ole juuri nyt käytettävissä. Yritä myöhemmin uudelleen tai selaa aiheita alla.',
    incomplete: 'Tuloksia voi puuttua, koska osaa hakuhakemistosta ei voitu ladata.',
    needsJavaScript: 'Haku tarvitsee JavaScriptiä, joka on selaimessasi poissa käytöstä. Voit sen sijaan selata aiheita ja vianetsintöjä alla.',
    browseTopics: 'Selaa aiheittain',
  },
  sv: {
    pageTitle: 'Sök',
    article: 'Artikel',
    troubleshooter: 'Guidad felsökning',
    resultsLabel: 'Sökresultat',
    resultCount: { one: '{n} träff', other: '{n} träffar' },
    searching: 'Söker …',
    noResults: 'Inga träffar för ”{query}”.',
    tryTroubleshooters: 'Prova med andra ord, eller låt en felsökning guida dig:',
    contactHeading: 'Eller prata med oss',
    seeAll: 'Alla träffar på söksidan',
    typeToSearch: 'Skriv ett eller två ord om ditt problem.',
    unavailable: 'Sökningen fungerar inte just nu. Försök igen senare, eller hitta hjälp per ämne nedan.',
    incomplete: 'Träffar kan saknas eftersom en del av sökindexet inte kunde hämtas.',
    needsJavaScript: 'Sökningen behöver JavaScript, som är avstängt i din webbläsare. Du kan i stället hitta hjälp per ämne eller använda en felsökning nedan.',
    browseTopics: 'Hitta hjälp per ämne',
  },
  lt: {
    pageTitle: 'Paieška',
    article: 'Straipsnis',
    troubleshooter: 'Trikčių šalinimo vedlys',
    resultsLabel: 'Paieškos rezultatai',
    resultCount: { one: '{n} rezultatas', few: '{n} rezultatai', many: '{n} rezultato', other: '{n} rezultatų' },
    searching: 'Ieškoma…',
    noResults: 'Pagal užklausą „{query}“ nieko nerasta.',
    tryTroubleshooters: 'Pabandykite kitus žodžius arba leiskite trikčių šalinimo vedliui jums padėti:',
    contactHeading: 'Arba susisiekite su mumis',
    seeAll: 'Visi rezultatai paieškos puslapyje',
    typeToSearch: 'Įveskite vieną ar du žodžius apie savo problemą.',
    unavailable: 'Paieška šiuo metu neveikia. Bandykite vėliau arba naršykite temas žemiau.',
    incomplete: 'Kai kurių rezultatų gali trūkti, nes nepavyko įkelti dalies paieškos rodyklės.',
    needsJavaScript: 'Paieškai reikia „JavaScript“, o jūsų naršyklėje jis išjungtas. Vietoj to galite naršyti temas ir trikčių šalinimo vedlius žemiau.',
    browseTopics: 'Naršykite pagal temą',
  },
};
