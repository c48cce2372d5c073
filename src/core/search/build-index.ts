/**
 * Builds the search index of one locale. lunr does the indexing: our
 * Unicode tokenizer and the locale's stop words feed a lunr.Builder with
 * boosted fields, and lunr computes the BM25 weight of every term in every
 * field. Its serialised index is then re-encoded compactly: one weight per
 * term and document (the boosted field weights summed, which scores exactly
 * as lunr's per-field sum does), quantised to a byte, in shards by term
 * prefix, so a browser downloads only the shards a query's words need.
 */
import lunr from 'lunr';
import type { Locale } from '../locales.ts';
import { contentHash, utf8 } from './_bytes.ts';
import type { Analyzer } from './analyzer.ts';
import { foldDiacritics } from './fold.ts';
import { encodeShard, type ShardTerm } from './shard-format.ts';
import { baseWeights, inverseDocumentFrequency, quantiseWeight } from './term-weights.ts';
import type { SearchDocument } from './search-document.ts';
import { MANIFEST_FORMAT, type SearchManifest, type StoredDocument } from './search-manifest.ts';
import { tokenTerms } from './tokenize.ts';

/** How much a match in each field counts, relative to the body. */
export const FIELD_BOOSTS = { title: 8, keywords: 4, headings: 3, summary: 2, body: 1 } as const;

/** Options of `buildSearchIndex`. */
export interface BuildSearchIndexOptions {
  /** Who the index is for; recorded in the manifest (the documents must already be filtered). */
  audience?: 'public' | 'agent';
  /**
   * Aim for term shards of about this size (default 40,000), reckoned as each term's length plus 4
   * and 2.5 per posting; a gzipped shard is about a quarter of it.
   */
  shardBytes?: number;
  /** Documents per document chunk (default 32). */
  chunkSize?: number;
}

/** A built index: its files by path relative to the locale's folder, manifest.json among them. */
export interface BuiltSearchIndex {
  locale: Locale;
  manifest: SearchManifest;
  files: Map<string, Uint8Array>;
  stats: { documents: number; terms: number; postings: number };
}

/** The terms a text is indexed under: tokens that are not stop words. */
export function indexTerms(text: string, analyzer: Analyzer): string[] {
  return tokenTerms(text).filter((term) => !analyzer.isStopWord(term));
}

/**
 * The parts of lunr's Builder the weights are read from. `build()` would
 * also make the token set and the index a lunr query needs (a fifth of the
 * time and much of the memory of a large build); our query engine reads the
 * shards instead, so only the scoring steps of `build()` are run.
 */
interface LunrScoring {
  calculateAverageFieldLengths(): void;
  createFieldVectors(): void;
  invertedIndex: Record<string, { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
}

/** A term's documents in increasing order and its summed weight in each. */
interface TermPostings {
  docs: number[];
  weights: number[];
}

/**
 * Runs lunr over the documents: our tokenizer and the locale's stop words
 * make the terms, and lunr weighs every term in every field with BM25 and
 * the field boosts. Returns each term's field weights summed per document,
 * which scores exactly as lunr's per-field sum does. Terms are the words as
 * written (lower-cased), not stems, so a query can prefer the exact form;
 * the query side finds the other forms of a word by stemming.
 */
function lunrWeights(documents: readonly SearchDocument[], analyzer: Analyzer): Map<string, TermPostings> {
  const builder = new lunr.Builder();
  builder.ref('ref');
  for (const [field, boost] of Object.entries(FIELD_BOOSTS)) builder.field(field, { boost });
  builder.tokenizer = ((value: unknown, metadata: object) =>
    indexTerms(typeof value === 'string' ? value : '', analyzer).map((term) => new lunr.Token(term, metadata))) as typeof builder.tokenizer;
  documents.forEach((doc, ref) => {
    builder.add({
      ref: String(ref),
      title: doc.title,
      keywords: doc.keywords.join('\n'),
      headings: doc.headings.join('\n'),
      summary: doc.summary,
      body: doc.body,
    });
  });
  const scoring = builder as unknown as LunrScoring;
  scoring.calculateAverageFieldLengths();
  scoring.createFieldVectors();
  const termOf: string[] = [];
  for (const term in scoring.invertedIndex) termOf[scoring.invertedIndex[term]!._index] = term;
  const weights = new Map<string, TermPostings>();
  // Field vectors come document by document (refs are 0, 1, …), so each term's documents arrive in order
  // and a document's fields one after another: its weights are summed in the order lunr lists the fields.
  for (const fieldRef in scoring.fieldVectors) {
    const vector = scoring.fieldVectors[fieldRef]!.elements;
    const doc = Number(fieldRef.slice(fieldRef.indexOf('/') + 1));
    for (let i = 0; i + 1 < vector.length; i += 2) {
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

interface Entry extends ShardTerm {
  folded: string;
  size: number;
}

const prefixOf = (folded: string, length: number) => Array.from(folded).slice(0, length).join('');

/** Groups sorted entries by folded prefix, splitting oversized groups by a longer prefix. */
function groupEntries(entries: Entry[], level: number, target: number): Array<{ key: string; entries: Entry[]; size: number }> {
  const groups: Array<{ key: string; entries: Entry[]; size: number }> = [];
  for (const entry of entries) {
    const key = prefixOf(entry.folded, level);
    const last = groups[groups.length - 1];
    if (last && last.key === key) {
      last.entries.push(entry);
      last.size += entry.size;
    } else groups.push({ key, entries: [entry], size: entry.size });
  }
  return groups.flatMap((g) => (g.size > 2 * target && level < 4 ? groupEntries(g.entries, level + 1, target) : [g]));
}

function jsonBytes(value: unknown): Uint8Array {
  return utf8.encode(JSON.stringify(value));
}

/**
 * Builds the index of `input`, all in the locale of `analyzer`. Pure: the
 * caller writes `files` wherever the site serves them. Troubleshooters are
 * numbered first, articles after them, each in the order given.
 */
export function buildSearchIndex(
  input: readonly SearchDocument[],
  analyzer: Analyzer,
  options: BuildSearchIndexOptions = {},
): BuiltSearchIndex {
  const target = options.shardBytes ?? 40_000;
  const chunkSize = options.chunkSize ?? 32;
  // Troubleshooters first, so "no results" can offer them from the first chunk.
  const documents = [...input.filter((d) => d.type === 'flow'), ...input.filter((d) => d.type !== 'flow')];
  const weights = lunrWeights(documents, analyzer);
  // Store each weight divided by the term's idf, which the query side recomputes from the postings.
  const n = documents.length;
  let base = Infinity;
  for (const postings of weights.values()) {
    const idf = inverseDocumentFrequency(postings.docs.length, n);
    for (let i = 0; i < postings.weights.length; i++) {
      const relative = postings.weights[i]! / idf;
      postings.weights[i] = relative;
      if (relative > 0 && relative < base) base = relative;
    }
  }
  if (!Number.isFinite(base)) base = 1;

  const entries: Entry[] = [];
  let postings = 0;
  for (const [term, { docs, weights: relative }] of weights) {
    const quantised = relative.map((w) => quantiseWeight(w, base));
    postings += docs.length;
    entries.push({ term, folded: foldDiacritics(term), docs, weights: quantised, size: term.length + 4 + docs.length * 2.5 });
  }
  entries.sort((a, b) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const documentWeights = baseWeights(n, entries);

  const files = new Map<string, Uint8Array>();
  const shards: SearchManifest['shards'] = [];
  let current: Entry[] = [];
  let currentKey = '';
  let currentSize = 0;
  const closeShard = () => {
    const bytes = encodeShard(current, { documents: n, baseWeights: documentWeights });
    const file = `t/${shards.length}-${contentHash(bytes)}.bin`;
    files.set(file, bytes);
    shards.push({ key: shards.length === 0 ? '' : currentKey, file });
    current = [];
    currentSize = 0;
  };
  for (const group of groupEntries(entries, 2, target)) {
    if (current.length > 0 && currentSize + group.size > target) closeShard();
    if (current.length === 0) currentKey = group.key;
    current.push(...group.entries);
    currentSize += group.size;
  }
  if (current.length > 0 || shards.length === 0) closeShard();

  const chunks: string[] = [];
  for (let start = 0; start < documents.length; start += chunkSize) {
    const stored: StoredDocument[] = documents.slice(start, start + chunkSize).map((doc, i) => {
      // The text for snippets starts with the summary, which a snippet shows when the body has no match.
      const text = utf8.encode(`${doc.summary}\n${doc.body}`);
      const textFile = `x/${start + i}-${contentHash(text)}.txt`;
      files.set(textFile, text);
      return {
        id: doc.id,
        type: doc.type,
        title: doc.title,
        url: doc.url,
        ...(doc.category ? { category: doc.category } : {}),
        text: textFile,
      };
    });
    const bytes = jsonBytes(stored);
    const file = `d/${chunks.length}-${contentHash(bytes)}.json`;
    files.set(file, bytes);
    chunks.push(file);
  }

  const manifest: SearchManifest = {
    format: MANIFEST_FORMAT,
    locale: analyzer.locale,
    audience: options.audience ?? 'public',
    documents: documents.length,
    troubleshooters: documents.length - input.filter((d) => d.type !== 'flow').length,
    weightBase: base,
    documentWeights,
    shards,
    chunkSize,
    chunks,
  };
  files.set('manifest.json', jsonBytes(manifest));
  return { locale: analyzer.locale, manifest, files, stats: { documents: documents.length, terms: entries.length, postings } };
}
