/**
 * Known-item queries over a corpus: three words of one document, as typed,
 * with the last word half-typed, or with a typo, so engines are compared on
 * what readers do. Deterministic for a seed.
 */
import type { Locale } from '../../src/core/locales.ts';
import type { Analyzer } from '../../src/core/search/analyzer.ts';
import type { SearchDocument } from '../../src/core/search/search-document.ts';
import { tokenTerms } from '../../src/core/search/tokenize.ts';
import { seededRandom } from '../corpus/generate-corpus.ts';

export interface BenchQuery {
  locale: Locale;
  query: string;
  /** type:id of the document the query was made from. */
  expected: string;
  kind: 'exact' | 'prefix' | 'typo';
}

/** `count` known-item queries for the documents of one locale. */
export function knownItemQueries(docs: readonly SearchDocument[], analyzer: Analyzer, count: number, seed: number): BenchQuery[] {
  const next = seededRandom(seed);
  const queries: BenchQuery[] = [];
  for (let i = 0; queries.length < count && i < count * 10; i++) {
    const doc = docs[Math.floor(next() * docs.length)]!;
    const words = tokenTerms(doc.body).filter((t) => t.length >= 3 && !/^\d+$/.test(t) && !analyzer.isStopWord(t));
    const picked = new Set<string>();
    for (let tries = 0; picked.size < 3 && tries < 50; tries++) picked.add(words[Math.floor(next() * words.length)]!);
    if (picked.size < 3) continue;
    const terms = [...picked];
    const kind = (['exact', 'prefix', 'typo'] as const)[queries.length % 3]!;
    if (kind === 'prefix') {
      const last = terms[2]!;
      terms[2] = last.slice(0, Math.max(3, Math.ceil(last.length * 0.6)));
    } else if (kind === 'typo') {
      const at = terms.findIndex((t) => t.length >= 6);
      if (at < 0) continue;
      const t = terms[at]!;
      const p = 2 + Math.floor(next() * (t.length - 3));
      terms[at] = t.slice(0, p) + t[p + 1] + t[p] + t.slice(p + 2);
    }
    queries.push({ locale: doc.locale, query: terms.join(' '), expected: `${doc.type}:${doc.id}`, kind });
  }
  return queries;
}
