/**
 * Interface strings of the help site's article pages (language chooser,
 * home, category, article and 404 pages), in every locale. Counts go
 * through `countLabel`, which picks the plural form with Intl.PluralRules.
 */
import type { ArticleCategory } from '../content/index.ts';
import type { Locale } from '../locales.ts';

/** The plural forms of a count, `{n}` standing for the number (Intl.PluralRules categories). */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

/** A category's name and a one-line description, for the home page. */
export interface CategoryStrings {
  name: string;
  description: string;
}

export interface SiteStrings {
  /** The language chooser at `/`: "Choose your language", in this language. */
  chooseLanguage: string;
  homeTitle: string;
  homeIntro: string;
  searchLabel: string;
  searchButton: string;
  categoriesHeading: string;
  troubleshootersHeading: string;
  troubleshootersIntro: string;
  /** The title of the list of every troubleshooter. */
  allTroubleshooters: string;
  /** The link to that list from the home and search pages, `{n}` the number of troubleshooters. */
  allTroubleshootersLink: string;
  /** The name of a paged list's page links, for screen readers. */
  pagesLabel: string;
  /** A page link's name for screen readers: "Page {n}". */
  pageNumber: string;
  /** Under the heading of a page after the first, and in its title: "Page {n} of {total}". */
  pageOfTotal: string;
  previousPage: string;
  nextPage: string;
  articleCount: PluralForms;
  categories: Record<ArticleCategory, CategoryStrings>;
  categoryEmpty: string;
  breadcrumbs: string;
  onThisPage: string;
  relatedArticles: string;
  relatedTroubleshooters: string;
  lastUpdated: string;
  editThisPage: string;
  /** Shown above an article that is not translated into the page's language. */
  fallbackNotice: string;
  /** Next to the title of an article listed in the default locale's language. */
  inEnglish: string;
  notFoundTitle: string;
  notFoundText: string;
  notFoundHome: string;
}

export const SITE_STRINGS: Record<Locale, SiteStrings> = {
  en: {
    chooseLanguage: 'Choose your language',
    homeTitle: 'How can we help?',
    homeIntro: 'Search for an answer, browse by topic, or let a troubleshooter guide you step by step.',
    searchLabel: 'Search the help centre',
    searchButton: 'Search',
    categoriesHeading: 'Browse by topic',
    troubleshootersHeading: 'Guided troubleshooting',
    troubleshootersIntro: 'Answer a few questions and we will find the fix together.',
    allTroubleshooters: 'All troubleshooters',
    allTroubleshootersLink: 'All troubleshooters ({n})',
    pagesLabel: 'Pages',
    pageNumber: 'Page {n}',
    pageOfTotal: 'Page {n} of {total}',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    articleCount: { one: '{n} article', other: '{n} articles' },
    categories: {
      accounts: { name: 'Your account', description: 'Signing in, passwords and your details.' },
      billing: { name: 'Bills and payments', description: 'Invoices, charges and ways to pay.' },
      orders: { name: 'Orders and delivery', description: 'Tracking, delivery and returns.' },
      internet: { name: 'Internet and Wi-Fi', description: 'Your router, your connection and your Wi-Fi.' },
      mobile: { name: 'Mobile', description: 'Calls, data, roaming and SIM cards.' },
      moving: { name: 'Moving house', description: 'Taking your services with you.' },
    },
    categoryEmpty: 'There are no articles in this topic yet.',
    breadcrumbs: 'Breadcrumbs',
    onThisPage: 'On this page',
    relatedArticles: 'Related articles',
    relatedTroubleshooters: 'Solve it step by step',
    lastUpdated: 'Last updated',
    editThisPage: 'Edit this page',
    fallbackNotice: 'This article is not yet available in English.',
    inEnglish: 'in English',
    notFoundTitle: 'Page not found',
    notFoundText: 'We could not find that page. It may have moved, or the address may be mistyped.',
    notFoundHome: 'Go to the help centre',
  },
  da: {
    chooseLanguage: 'Vælg dit sprog',
    homeTitle: 'Hvordan kan vi hjælpe?',
    homeIntro: 'Søg efter et svar, find det under et emne, eller lad en fejlsøgning guide dig trin for trin.',
    searchLabel: 'Søg i hjælpecentret',
    searchButton: 'Søg',
    categoriesHeading: 'Find hjælp efter emne',
    troubleshootersHeading: 'Trinvis fejlsøgning',
    troubleshootersIntro: 'Svar på et par spørgsmål, så finder vi løsningen sammen.',
    allTroubleshooters: 'Alle fejlsøgninger',
    allTroubleshootersLink: 'Alle fejlsøgninger ({n})',
    pagesLabel: 'Sider',
    pageNumber: 'Side {n}',
    pageOfTotal: 'Side {n} af {total}',
    previousPage: 'Forrige side',
    nextPage: 'Næste side',
    articleCount: { one: '{n} artikel', other: '{n} artikler' },
    categories: {
      accounts: { name: 'Din konto', description: 'Log ind, adgangskoder og dine oplysninger.' },
      billing: { name: 'Regninger og betaling', description: 'Fakturaer, gebyrer og betalingsmåder.' },
      orders: { name: 'Ordrer og levering', description: 'Sporing, levering og returnering.' },
      internet: { name: 'Internet og wifi', description: 'Din router, din forbindelse og dit wifi.' },
      mobile: { name: 'Mobil', description: 'Opkald, data, roaming og SIM-kort.' },
      moving: { name: 'Flytning', description: 'Tag dine abonnementer med, når du flytter.' },
    },
    categoryEmpty: 'Der er endnu ingen artikler om dette emne.',
    breadcrumbs: 'Brødkrummesti',
    onThisPage: 'På denne side',
    relatedArticles: 'Relaterede artikler',
    relatedTroubleshooters: 'Løs det trin for trin',
    lastUpdated: 'Senest opdateret',
    editThisPage: 'Rediger denne side',
    fallbackNotice: 'Denne artikel findes endnu ikke på dansk. Du ser den engelske udgave.',
    inEnglish: 'på engelsk',
    notFoundTitle: 'Siden blev ikke fundet',
    notFoundText: 'Vi kunne ikke finde siden. Den kan være flyttet, eller adressen kan være skrevet forkert.',
    notFoundHome: 'Gå til hjælpecentret',
  },
  de: {
    chooseLanguage: 'Sprache wählen',
    homeTitle: 'Wie können wir helfen?',
    homeIntro: 'Suchen Sie nach einer Antwort, stöbern Sie nach Themen oder lassen Sie sich Schritt für Schritt durch eine Fehlersuche führen.',
    searchLabel: 'Hilfe-Center durchsuchen',
    searchButton: 'Suchen',
    categoriesHeading: 'Hilfe nach Thema',
    troubleshootersHeading: 'Geführte Fehlersuche',
    troubleshootersIntro: 'Beantworten Sie ein paar Fragen, und wir finden gemeinsam die Lösung.',
    allTroubleshooters: 'Alle geführten Fehlersuchen',
    allTroubleshootersLink: 'Alle geführten Fehlersuchen ({n})',
    pagesLabel: 'Seiten',
    pageNumber: 'Seite {n}',
    pageOfTotal: 'Seite {n} von {total}',
    previousPage: 'Vorherige Seite',
    nextPage: 'Nächste Seite',
    articleCount: { one: '{n} Artikel', other: '{n} Artikel' },
    categories: {
      accounts: { name: 'Ihr Konto', description: 'Anmelden, Passwörter und Ihre Daten.' },
      billing: { name: 'Rechnungen und Zahlungen', description: 'Rechnungen, Gebühren und Zahlungsarten.' },
      orders: { name: 'Bestellungen und Lieferung', description: 'Sendungsverfolgung, Lieferung und Rücksendung.' },
      internet: { name: 'Internet und WLAN', description: 'Ihr Router, Ihre Verbindung und Ihr WLAN.' },
      mobile: { name: 'Mobilfunk', description: 'Telefonie, mobile Daten, Roaming und SIM-Karten.' },
      moving: { name: 'Umzug', description: 'Ihre Verträge ziehen mit Ihnen um.' },
    },
    categoryEmpty: 'Zu diesem Thema gibt es noch keine Artikel.',
    breadcrumbs: 'Brotkrümelnavigation',
    onThisPage: 'Auf dieser Seite',
    relatedArticles: 'Verwandte Artikel',
    relatedTroubleshooters: 'Schritt für Schritt lösen',
    lastUpdated: 'Zuletzt aktualisiert',
    editThisPage: 'Diese Seite bearbeiten',
    fallbackNotice: 'Dieser Artikel ist noch nicht auf Deutsch verfügbar. Sie sehen die englische Fassung.',
    inEnglish: 'auf Englisch',
    notFoundTitle: 'Seite nicht gefunden',
    notFoundText: 'Wir konnten diese Seite nicht finden. Vielleicht wurde sie verschoben, oder die Adresse enthält einen Tippfehler.',
    notFoundHome: 'Zum Hilfe-Center',
  },
  fi: {
    chooseLanguage: 'Valitse kieli',
    homeTitle: 'Miten voimme auttaa?',
    homeIntro: 'Hae vastausta, selaa aiheittain tai anna vianetsinnän opastaa sinua vaihe vaiheelta.',
    searchLabel: 'Hae ohjekeskuksesta',
    searchButton: 'Hae',
    categoriesHeading: 'Selaa aiheittain',
    troubleshootersHeading: 'Opastettu vianetsintä',
    troubleshootersIntro: 'Vastaa muutamaan kysymykseen, niin etsimme ratkaisun yhdessä.',
    allTroubleshooters: 'Kaikki opastetut vianetsinnät',
    allTroubleshootersLink: 'Kaikki opastetut vianetsinnät ({n})',
    pagesLabel: 'Sivut',
    pageNumber: 'Sivu {n}',
    pageOfTotal: 'Sivu {n}/{total}',
    previousPage: 'Edellinen sivu',
    nextPage: 'Seuraava sivu',
    articleCount: { one: '{n} artikkeli', other: '{n} artikkelia' },
    categories: {
      accounts: { name: 'Oma tili', description: 'Kirjautuminen, salasanat ja omat tietosi.' },
      billing: { name: 'Laskut ja maksut', description: 'Laskut, maksut ja maksutavat.' },
      orders: { name: 'Tilaukset ja toimitukset', description: 'Seuranta, toimitus ja palautukset.' },
      internet: { name: 'Internet ja wifi', description: 'Reititin, yhteys ja langaton verkko.' },
      mobile: { name: 'Mobiili', description: 'Puhelut, mobiilidata, verkkovierailu ja SIM-kortit.' },
      moving: { name: 'Muutto', description: 'Palvelut mukaan uuteen kotiin.' },
    },
    categoryEmpty: 'Tästä aiheesta ei ole vielä artikkeleita.',
    breadcrumbs: 'Murupolku',
    onThisPage: 'Tällä sivulla',
    relatedArticles: 'Aiheeseen liittyvät artikkelit',
    relatedTroubleshooters: 'Ratkaise vaihe vaiheelta',
    lastUpdated: 'Päivitetty viimeksi',
    editThisPage: 'Muokkaa tätä sivua',
    fallbackNotice: 'Tätä artikkelia ei ole vielä saatavilla suomeksi. Näet englanninkielisen version.',
    inEnglish: 'englanniksi',
    notFoundTitle: 'Sivua ei löytynyt',
    notFoundText: 'Emme löytäneet sivua. Se on ehkä siirretty, tai osoitteessa voi olla kirjoitusvirhe.',
    notFoundHome: 'Siirry ohjekeskukseen',
  },
  sv: {
    chooseLanguage: 'Välj språk',
    homeTitle: 'Hur kan vi hjälpa dig?',
    homeIntro: 'Sök efter ett svar, bläddra bland ämnen eller låt en felsökning guida dig steg för steg.',
    searchLabel: 'Sök i hjälpcentret',
    searchButton: 'Sök',
    categoriesHeading: 'Hitta hjälp per ämne',
    troubleshootersHeading: 'Guidad felsökning',
    troubleshootersIntro: 'Svara på några frågor så hittar vi lösningen tillsammans.',
    allTroubleshooters: 'Alla guidade felsökningar',
    allTroubleshootersLink: 'Alla guidade felsökningar ({n})',
    pagesLabel: 'Sidor',
    pageNumber: 'Sida {n}',
    pageOfTotal: 'Sida {n} av {total}',
    previousPage: 'Föregående sida',
    nextPage: 'Nästa sida',
    articleCount: { one: '{n} artikel', other: '{n} artiklar' },
    categories: {
      accounts: { name: 'Ditt konto', description: 'Inloggning, lösenord och dina uppgifter.' },
      billing: { name: 'Fakturor och betalningar', description: 'Fakturor, avgifter och betalsätt.' },
      orders: { name: 'Beställningar och leverans', description: 'Spårning, leverans och returer.' },
      internet: { name: 'Internet och wifi', description: 'Din router, din anslutning och ditt wifi.' },
      mobile: { name: 'Mobil', description: 'Samtal, mobildata, roaming och SIM-kort.' },
      moving: { name: 'Flytt', description: 'Ta med dina tjänster när du flyttar.' },
    },
    categoryEmpty: 'Det finns inga artiklar om det här ämnet än.',
    breadcrumbs: 'Brödsmulor',
    onThisPage: 'På den här sidan',
    relatedArticles: 'Relaterade artiklar',
    relatedTroubleshooters: 'Lös det steg för steg',
    lastUpdated: 'Senast uppdaterad',
    editThisPage: 'Redigera den här sidan',
    fallbackNotice: 'Den här artikeln finns inte på svenska än. Du ser den engelska versionen.',
    inEnglish: 'på engelska',
    notFoundTitle: 'Sidan hittades inte',
    notFoundText: 'Vi kunde inte hitta sidan. Den kan ha flyttats, eller så är adressen felstavad.',
    notFoundHome: 'Gå till hjälpcentret',
  },
  lt: {
    chooseLanguage: 'Pasirinkite kalbą',
    homeTitle: 'Kuo galime padėti?',
    homeIntro: 'Ieškokite atsakymo, naršykite pagal temas arba leiskite trikčių šalinimo vedliui padėti jums žingsnis po žingsnio.',
    searchLabel: 'Ieškoti pagalbos centre',
    searchButton: 'Ieškoti',
    categoriesHeading: 'Naršykite pagal temą',
    troubleshootersHeading: 'Trikčių šalinimas žingsnis po žingsnio',
    troubleshootersIntro: 'Atsakykite į kelis klausimus, ir kartu rasime sprendimą.',
    allTroubleshooters: 'Visi trikčių šalinimo vedliai',
    allTroubleshootersLink: 'Visi trikčių šalinimo vedliai ({n})',
    pagesLabel: 'Puslapiai',
    pageNumber: 'Puslapis {n}',
    pageOfTotal: 'Puslapis {n} iš {total}',
    previousPage: 'Ankstesnis puslapis',
    nextPage: 'Kitas puslapis',
    articleCount: { one: '{n} straipsnis', few: '{n} straipsniai', many: '{n} straipsnio', other: '{n} straipsnių' },
    categories: {
      accounts: { name: 'Jūsų paskyra', description: 'Prisijungimas, slaptažodžiai ir jūsų duomenys.' },
      billing: { name: 'Sąskaitos ir mokėjimai', description: 'Sąskaitos, mokesčiai ir mokėjimo būdai.' },
      orders: { name: 'Užsakymai ir pristatymas', description: 'Siuntų sekimas, pristatymas ir grąžinimas.' },
      internet: { name: 'Internetas ir „Wi-Fi“', description: 'Jūsų maršrutizatorius, ryšys ir „Wi-Fi“.' },
      mobile: { name: 'Mobilusis ryšys', description: 'Skambučiai, mobilieji duomenys, tarptinklinis ryšys ir SIM kortelės.' },
      moving: { name: 'Persikraustymas', description: 'Pasiimkite paslaugas į naujus namus.' },
    },
    categoryEmpty: 'Šia tema straipsnių dar nėra.',
    breadcrumbs: 'Naršymo kelias',
    onThisPage: 'Šiame puslapyje',
    relatedArticles: 'Susiję straipsniai',
    relatedTroubleshooters: 'Išspręskite žingsnis po žingsnio',
    lastUpdated: 'Paskutinį kartą atnaujinta',
    editThisPage: 'Redaguoti šį puslapį',
    fallbackNotice: 'Šio straipsnio lietuvių kalba dar nėra. Rodoma angliška versija.',
    inEnglish: 'anglų kalba',
    notFoundTitle: 'Puslapis nerastas',
    notFoundText: 'Nepavyko rasti šio puslapio. Galbūt jis perkeltas arba adresas parašytas su klaida.',
    notFoundHome: 'Eiti į pagalbos centrą',
  },
};

/** A count in words, in the plural form `locale` uses for `n`: "1 article", "3 straipsniai". */
export function countLabel(locale: Locale, n: number, forms: PluralForms): string {
  const category = intlOf(locale).plural.select(n);
  const form = (category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined) ?? forms.other;
  return form.replace('{n}', intlOf(locale).number.format(n));
}

// Made once per locale: each takes a tenth of a millisecond or more to make.
const intl = new Map<Locale, { plural: Intl.PluralRules; number: Intl.NumberFormat }>();
function intlOf(locale: Locale): { plural: Intl.PluralRules; number: Intl.NumberFormat } {
  let made = intl.get(locale);
  if (!made) intl.set(locale, (made = { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) }));
  return made;
}

/** `template` with each `{name}` replaced by `values[name]`, written as numbers are in `locale`. */
export function fillNumbers(locale: Locale, template: string, values: Record<string, number>): string {
  const format = intlOf(locale).number;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? format.format(values[name]!) : whole));
}
