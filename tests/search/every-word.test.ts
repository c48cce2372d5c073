import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locales.ts';
import { loadAnalyzer } from '../../src/core/search/analyzer.ts';
import { tokenTerms } from '../../src/core/search/tokenize.ts';
import { sampleIndexes } from './sample-index.ts';

describe('every word of every sample article', () => {
  it.each(LOCALES)('finds its article when typed exactly as written (%s)', async (locale) => {
    const { documents, searchers } = await sampleIndexes();
    const analyzer = await loadAnalyzer(locale);
    const searcher = searchers.get(locale)!;
    const misses: string[] = [];
    let checked = 0;
    for (const doc of documents.get(locale)!.filter((d) => d.type === 'article')) {
      const text = [doc.title, doc.summary, ...doc.headings, doc.body].join('\n');
      // The words as a reader sees them, punctuation and all: "Maršrutizatorius,", "(Wi-Fi)".
      const written = new Set(text.split(/\s+/).filter(Boolean));
      for (const word of written) {
        const terms = tokenTerms(word);
        // Words made only of stop words ("the", "und", "ir") are not indexed, by design.
        if (terms.every((t) => analyzer.isStopWord(t))) continue;
        checked++;
        const { hits } = await searcher.search(word, { limit: 100 });
        if (!hits.some((h) => h.id === doc.id && h.type === 'article')) misses.push(`${doc.id}: ${word}`);
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(misses).toEqual([]);
  });
});
