import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locales.ts';
import { fromUtf8 } from '../../src/core/search/_bytes.ts';
import { loadAnalyzer } from '../../src/core/search/analyzer.ts';
import { indexTerms } from '../../src/core/search/build-index.ts';
import type { SearchDocument } from '../../src/core/search/search-document.ts';
import type { StoredDocument } from '../../src/core/search/search-manifest.ts';
import { decodeShard } from '../../src/core/search/shard-format.ts';
import { tokenTerms } from '../../src/core/search/tokenize.ts';
import { sampleIndexes } from './sample-index.ts';

const textOf = (d: SearchDocument) => [d.title, d.summary, ...d.headings, ...d.keywords, d.body].join('\n');

describe('the public index', () => {
  it.each(LOCALES)('contains no word that only agent-only text has (%s)', async (locale) => {
    const [publicIndexes, agentIndexes] = await Promise.all([sampleIndexes('public'), sampleIndexes('agent')]);
    const analyzer = await loadAnalyzer(locale);
    const publicWords = new Set(publicIndexes.documents.get(locale)!.flatMap((d) => indexTerms(textOf(d), analyzer)));
    const agentOnly = new Set(
      agentIndexes.documents.get(locale)!.flatMap((d) => indexTerms(textOf(d), analyzer)).filter((t) => !publicWords.has(t)),
    );
    const files = publicIndexes.built.get(locale)!.files;
    const leaked = new Set<string>();
    for (const [path, bytes] of files) {
      const text = fromUtf8.decode(bytes);
      const words = path.startsWith('t/')
        ? decodeShard(bytes)!.terms
        : path.startsWith('d/')
          ? (JSON.parse(text) as StoredDocument[]).flatMap((d) => tokenTerms(d.title))
          : path.startsWith('x/')
            ? tokenTerms(text)
            : [];
      for (const word of words) if (agentOnly.has(word)) leaked.add(word);
    }
    expect([...leaked]).toEqual([]);
    // The agent index does hold them, so this test would notice a leak.
    const agentTerms = new Set(
      [...agentIndexes.built.get(locale)!.files].filter(([p]) => p.startsWith('t/')).flatMap(([, b]) => decodeShard(b)!.terms),
    );
    expect([...agentOnly].filter((t) => !agentTerms.has(t))).toEqual([]);
    if (locale === 'en') expect(agentOnly.size).toBeGreaterThan(50);
  });

  it('finds agent-only articles only in the representatives’ index', async () => {
    const [publicIndexes, agentIndexes] = await Promise.all([sampleIndexes('public'), sampleIndexes('agent')]);
    const agentArticles = agentIndexes.documents.get('en')!.filter(
      (d) => d.type === 'article' && !publicIndexes.documents.get('en')!.some((p) => p.id === d.id),
    );
    expect(agentArticles.length).toBeGreaterThan(0);
    for (const article of agentArticles) {
      const inAgent = await agentIndexes.searchers.get('en')!.search(article.title, { limit: 10 });
      const inPublic = await publicIndexes.searchers.get('en')!.search(article.title, { limit: 100 });
      expect(inAgent.hits.map((h) => h.id)).toContain(article.id);
      expect(inPublic.hits.map((h) => h.id)).not.toContain(article.id);
    }
  });
});
