import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/seeded-random.ts';
import { loadAnalyzer } from '../../src/core/search/analyzer.ts';
import { buildSearchIndex } from '../../src/core/search/build-index.ts';
import type { SearchDocument } from '../../src/core/search/search-document.ts';
import { baseWeights } from '../../src/core/search/term-weights.ts';

/**
 * Lithuanian-like articles: a Zipf-distributed vocabulary of made-up lemmas
 * with Lithuanian letters and case endings, each article repeating a topic,
 * as in the benchmark's generated corpus (where Lithuanian has the largest
 * index of the six locales).
 */
function lithuanianArticles(count: number): SearchDocument[] {
  const next = seededRandom(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const syllables = 'ba dė gi ko lu mą nę pė ra sū ta vi žo šy ču kla pri stau grie kuo'.split(' ');
  const endings = 'as o ui ą e ai ų ams uose is io į iu a os oje ti ia ė'.split(' ');
  const functionWords = 'ir kad į su iš jei kai jūsų tai yra ar bet per nuo'.split(' ');
  const lemmas = Array.from({ length: 8000 }, () => Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(syllables)).join(''));
  const zipf = () => Math.min(lemmas.length - 1, Math.floor(Math.exp(next() * Math.log(lemmas.length))) - 1);
  return Array.from({ length: count }, (_, i) => {
    const topic = Array.from({ length: 8 }, () => lemmas[30 + Math.floor(next() * 2000)]!);
    const word = (topical: number) => (next() < topical ? pick(topic) : lemmas[zipf()]!) + pick(endings);
    const sentence = (length: number, topical = 0.2) =>
      Array.from({ length }, () => (next() < 0.4 ? pick(functionWords) : word(topical))).join(' ');
    return {
      id: `article-${i}`,
      type: 'article',
      locale: 'lt',
      url: `/lt/internet/article-${i}/`,
      title: sentence(4, 0.6),
      summary: sentence(12),
      headings: [sentence(3, 0.6), sentence(3, 0.6)],
      keywords: [],
      body: Array.from({ length: 30 }, () => sentence(10)).join('. '),
    };
  });
}

describe('the size of the search index', () => {
  it('stays under 0.3 KB gzipped per article for 300 Lithuanian-like articles (the first shard format needed 0.35)', async () => {
    const documents = lithuanianArticles(300);
    const built = buildSearchIndex(documents, await loadAnalyzer('lt'));
    let bytes = 0;
    for (const [path, content] of built.files) {
      // What a browser may fetch to find matches: the manifest and the term shards.
      if (path === 'manifest.json' || path.startsWith('t/')) bytes += gzipSync(content, { level: 9 }).length;
    }
    expect(bytes / documents.length / 1024).toBeLessThan(0.3);
  });

  it("takes each document's base weight as the weight most of its postings have", () => {
    const postings = [
      { docs: [0, 1, 2], weights: [7, 9, 4] },
      { docs: [0, 1], weights: [7, 3] },
      { docs: [0, 1], weights: [12, 3] },
    ];
    // Document 1 has 3 twice; document 2 has one weight; document 3 has none.
    expect(baseWeights(4, postings)).toEqual([7, 3, 4, 0]);
    expect(baseWeights(1, [{ docs: [0, 0], weights: [9, 8] }])).toEqual([8]);
  });
});
