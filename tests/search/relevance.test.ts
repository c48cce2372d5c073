import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/core/locales.ts';
import { sampleIndexes } from './sample-index.ts';

interface RelevanceQuery {
  locale: Locale;
  query: string;
  /** type:id of the expected top result, e.g. article:restart-router. */
  expect: string;
  kind: 'exact' | 'natural' | 'inflected' | 'typo' | 'prefix' | 'folded';
}

const queries: RelevanceQuery[] = JSON.parse(readFileSync(new URL('./relevance-queries.json', import.meta.url), 'utf8'));

describe('the relevance set', () => {
  it('has at least 60 queries across the six locales, with inflections, typos and half-typed words in each', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const locale of LOCALES) {
      const kinds = new Set(queries.filter((q) => q.locale === locale).map((q) => q.kind));
      expect({ locale, inflected: kinds.has('inflected'), typo: kinds.has('typo'), prefix: kinds.has('prefix') }).toEqual({
        locale,
        inflected: true,
        typo: true,
        prefix: true,
      });
    }
  });

  it('expects only documents that exist in the public index', async () => {
    const { documents } = await sampleIndexes();
    const missing = queries.filter((q) => !documents.get(q.locale)!.some((d) => `${d.type}:${d.id}` === q.expect));
    expect(missing.map((q) => `${q.locale} ${q.expect}`)).toEqual([]);
  });

  it.each(LOCALES)('reaches MRR@5 of at least 0.9 (%s)', async (locale) => {
    const searcher = (await sampleIndexes()).searchers.get(locale)!;
    const own = queries.filter((q) => q.locale === locale);
    let sum = 0;
    const report: string[] = [];
    for (const q of own) {
      const { hits } = await searcher.search(q.query, { limit: 5 });
      const rank = hits.findIndex((h) => `${h.type}:${h.id}` === q.expect) + 1;
      sum += rank ? 1 / rank : 0;
      if (rank !== 1) report.push(`"${q.query}" → ${q.expect} at ${rank || '>5'}`);
    }
    const mrr = sum / own.length;
    expect(mrr, `misses: ${report.join('; ')}`).toBeGreaterThanOrEqual(0.9);
  });
});
