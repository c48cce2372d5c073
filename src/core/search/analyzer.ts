/**
 * The language analysis of one locale: its stemmer and stop words. One index
 * per locale, analysed by that locale's analyzer alone, so languages never
 * mix. Analyzers load on demand so a browser downloads only its own
 * language's stemmer.
 */
import type { Locale } from '../locales.ts';

/** How one locale's words are reduced for matching. */
export interface Analyzer {
  locale: Locale;
  /** The stem of a lower-cased token: "routers" → "router", "Gebühren" → "gebuhr". */
  stem(term: string): string;
  /** True for words too common to search by ("the", "und", "ir"). */
  isStopWord(term: string): boolean;
}

const loaded = new Map<Locale, Promise<Analyzer>>();

/**
 * The analyzer of `locale`: lunr-languages' Snowball stemmer and stop words
 * for da, de, fi and sv, lunr's own for en, and the Snowball Lithuanian
 * stemmer of @orama/stemmers with our stop word list for lt.
 */
export function loadAnalyzer(locale: Locale): Promise<Analyzer> {
  let analyzer = loaded.get(locale);
  if (!analyzer) {
    analyzer = importAnalyzer(locale);
    loaded.set(locale, analyzer);
  }
  return analyzer;
}

async function importAnalyzer(locale: Locale): Promise<Analyzer> {
  // Literal import() paths, so bundlers split one chunk per language.
  switch (locale) {
    case 'en':
      return (await import('./lunr-analyzer.ts')).lunrAnalyzer('en', undefined);
    case 'da':
      return (await import('./lunr-analyzer.ts')).lunrAnalyzer('da', (await import('lunr-languages/lunr.da.js')).default);
    case 'de':
      return (await import('./lunr-analyzer.ts')).lunrAnalyzer('de', (await import('lunr-languages/lunr.de.js')).default);
    case 'fi':
      return (await import('./lunr-analyzer.ts')).lunrAnalyzer('fi', (await import('lunr-languages/lunr.fi.js')).default);
    case 'sv':
      return (await import('./lunr-analyzer.ts')).lunrAnalyzer('sv', (await import('lunr-languages/lunr.sv.js')).default);
    case 'lt':
      return (await import('./lithuanian-analyzer.ts')).lithuanianAnalyzer();
  }
}
