/**
 * Builds the search index of one locale. Our Unicode tokenizer and the
 * locale's stop words make the terms, and every term in every field is
 * weighed with lunr's BM25 and the field boosts (bm25-weights.ts, held to
 * lunr.Builder's numbers by a test). The weights are stored compactly: one weight per
 * term and document (the boosted field weights summed, which scores exactly
 * as lunr's per-field sum does), quantised to a byte, in shards by term
 * prefix, so a browser downloads only the shards a query's words need.
 */
import type { Locale } from '../locales.ts';
import { contentHash, utf8 } from './_bytes.ts';
import type { Analyzer } from './analyzer.ts';
import { bm25Weights, type TermPostings, type WeighedField } from './bm25-weights.ts';
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

const WEIGHED_FIELDS: WeighedField[] = Object.entries(FIELD_BOOSTS).map(([name, boost]) => ({ name, boost }));

/**
 * lunr's BM25 weight of every term in every field, with the field boosts,
 * summed per document: that scores exactly as lunr's per-field sum does.
 * Our tokenizer and the locale's stop words make the terms. Terms are the
 * words as written (lower-cased), not stems, so a query can prefer the exact
 * form; the query side finds the other forms of a word by stemming.
 */
function documentWeights(documents: readonly SearchDocument[], analyzer: Analyzer): Map<string, TermPostings> {
  const fieldText = (doc: SearchDocument, field: number): string => {
    switch (WEIGHED_FIELDS[field]!.name as keyof typeof FIELD_BOOSTS) {
      case 'title':
        return doc.title;
      case 'keywords':
        return doc.keywords.join('\n');
      case 'headings':
        return doc.headings.join('\n');
      case 'summary':
        return doc.summary;
      case 'body':
        return doc.body;
    }
  };
  return bm25Weights(documents.length, WEIGHED_FIELDS, (doc, field) => indexTerms(fieldText(documents[doc]!, field), analyzer));
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
  const weights = documentWeights(documents, analyzer);
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
  const baseWeightBytes = baseWeights(n, entries);

  const files = new Map<string, Uint8Array>();
  const shards: SearchManifest['shards'] = [];
  let current: Entry[] = [];
  let currentKey = '';
  let currentSize = 0;
  const closeShard = () => {
    const bytes = encodeShard(current, { documents: n, baseWeights: baseWeightBytes });
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
    documentWeights: baseWeightBytes,
    shards,
    chunkSize,
    chunks,
  };
  files.set('manifest.json', jsonBytes(manifest));
  return { locale: analyzer.locale, manifest, files, stats: { documents: documents.length, terms: entries.length, postings } };
}
