import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { loadAnalyzer } from '../../src/core/search/analyzer.ts';
import { bm25Weights, type TermPostings, type WeighedField } from '../../src/core/search/bm25-weights.ts';
import { FIELD_BOOSTS, indexTerms } from '../../src/core/search/build-index.ts';
import { LOCALES } from '../../src/core/locales.ts';
import { sampleIndexes } from './sample-index.ts';

const FIELDS: WeighedField[] = Object.entries(FIELD_BOOSTS).map(([name, boost]) => ({ name, boost }));

type Fields = Record<string, string>;

/** The weights lunr.Builder itself computes: each term's field vectors summed per document, in field order. */
function lunrBuilderWeights(documents: readonly Fields[], terms: (text: string) => string[]): Map<string, TermPostings> {
  const builder = new lunr.Builder();
  builder.ref('ref');
  for (const { name, boost } of FIELDS) builder.field(name, { boost });
  builder.tokenizer = ((value: unknown, metadata: object) =>
    terms(typeof value === 'string' ? value : '').map((term) => new lunr.Token(term, metadata))) as typeof builder.tokenizer;
  documents.forEach((doc, ref) => builder.add({ ref: String(ref), ...doc }));
  const scoring = builder as unknown as {
    calculateAverageFieldLengths(): void;
    createFieldVectors(): void;
    invertedIndex: Record<string, { _index: number }>;
    fieldVectors: Record<string, { elements: number[] }>;
  };
  scoring.calculateAverageFieldLengths();
  scoring.createFieldVectors();
  const termOf: string[] = [];
  for (const term in scoring.invertedIndex) termOf[scoring.invertedIndex[term]!._index] = term;
  const weights = new Map<string, TermPostings>();
  for (const fieldRef in scoring.fieldVectors) {
    const vector = scoring.fieldVectors[fieldRef]!.elements;
    const doc = Number(fieldRef.slice(fieldRef.indexOf('/') + 1));
    for (let i = 0; i < vector.length; i += 2) {
      const term = termOf[vector[i]!]!;
      let postings = weights.get(term);
      if (!postings) weights.set(term, (postings = { docs: [], weights: [] }));
      const last = postings.docs.length - 1;
      if (postings.docs[last] === doc) postings.weights[last]! += vector[i + 1]!;
      else {
        postings.docs.push(doc);
        postings.weights.push(vector[i + 1]!);
      }
    }
  }
  return weights;
}

function ours(documents: readonly Fields[], terms: (text: string) => string[]): Map<string, TermPostings> {
  return bm25Weights(documents.length, FIELDS, (doc, field) => terms(documents[doc]![FIELDS[field]!.name] ?? ''));
}

/** Both maps as sorted plain data, so a difference shows the term and the numbers. */
const sorted = (weights: Map<string, TermPostings>) => [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('BM25 weights', () => {
  it.each(LOCALES.map((l) => [l]))(
    'equal lunr.Builder’s, number for number, on the sample %s articles and troubleshooters',
    async (locale) => {
      const { documents } = await sampleIndexes('agent');
      const analyzer = await loadAnalyzer(locale);
      const fields = documents.get(locale)!.map((d) => ({
        title: d.title,
        keywords: d.keywords.join('\n'),
        headings: d.headings.join('\n'),
        summary: d.summary,
        body: d.body,
      }));
      expect(fields.length).toBeGreaterThan(10);
      const terms = (text: string) => indexTerms(text, analyzer);
      const expected = lunrBuilderWeights(fields, terms);
      expect(expected.size).toBeGreaterThan(200);
      expect(sorted(ours(fields, terms))).toEqual(sorted(expected));
    },
  );

  it('equal lunr.Builder’s for repeated words, empty fields and a word in every field of every document', () => {
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    const documents: Fields[] = [
      {
        title: 'router router',
        keywords: '',
        headings: 'router',
        summary: 'reset the router',
        body: 'router '.repeat(40),
      },
      {
        title: 'router',
        keywords: 'router',
        headings: 'router',
        summary: 'router',
        body: 'router',
      },
      { title: '', keywords: '', headings: '', summary: '', body: '' },
      {
        title: 'invoice',
        keywords: 'billing charge',
        headings: '',
        summary: '',
        body: 'an invoice with a charge and a router',
      },
    ];
    const expected = lunrBuilderWeights(documents, words);
    const actual = ours(documents, words);
    expect(sorted(actual)).toEqual(sorted(expected));
    // The empty document has no postings; the word in every field is weighed in each of its documents.
    expect(actual.get('router')!.docs).toEqual([0, 1, 3]);
    expect(actual.get('invoice')!.docs).toEqual([3]);
  });

  it('gives no weights for no documents', () => {
    expect(bm25Weights(0, FIELDS, () => [])).toEqual(new Map());
  });
});
