/**
 * Analyzers on lunr's English stemmer and stop words and on lunr-languages'
 * Snowball stemmers and stop word lists. Only their stemmer and stop word
 * filter are used: lunr-languages' trimmers drop letters outside their
 * language's alphabet, and our tokenizer already keeps every letter.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import type { Locale } from '../locales.ts';
import type { Analyzer } from './analyzer.ts';

type LunrPlugin = (lunr: never) => void;
type TokenFunction = (token: lunr.Token) => lunr.Token | undefined;

const registry = lunr as unknown as Record<string, { stemmer: TokenFunction; stopWordFilter: TokenFunction } | undefined> & {
  stemmerSupport?: unknown;
};

/** An analyzer for `locale` from lunr (`plugin` undefined: English) or a lunr-languages plugin. */
export function lunrAnalyzer(locale: Locale, plugin: LunrPlugin | undefined): Analyzer {
  let stemmer: TokenFunction = lunr.stemmer as TokenFunction;
  let stopWordFilter: TokenFunction = lunr.stopWordFilter as TokenFunction;
  if (plugin) {
    if (!registry.stemmerSupport) (stemmerSupport as LunrPlugin)(lunr as never);
    if (!registry[locale]) plugin(lunr as never);
    const language = registry[locale];
    if (!language) throw new Error(`lunr-languages did not register "${locale}"`);
    stemmer = language.stemmer;
    stopWordFilter = language.stopWordFilter;
  }
  return {
    locale,
    stem: (term) => stemmer(new lunr.Token(term, {}))?.toString() || term,
    isStopWord: (term) => stopWordFilter(new lunr.Token(term, {})) === undefined,
  };
}
