/**
 * The manifest of one locale's search index: the only file a browser
 * fetches before its first query, listing the term shards (by the first
 * folded key each covers) and the document chunks. Every other file is
 * named by its content, so it can be cached for ever.
 */
import { isLocale, type Locale } from '../locales.ts';

/** The version of the index layout this code reads and writes. */
export const MANIFEST_FORMAT = 2;

/** A locale's index manifest (manifest.json). */
export interface SearchManifest {
  format: typeof MANIFEST_FORMAT;
  locale: Locale;
  audience: 'public' | 'agent';
  /** Number of documents. */
  documents: number;
  /** Documents 0 to troubleshooters - 1 are the troubleshooters. */
  troubleshooters: number;
  /** The smallest per-document term weight; weight bytes are steps up from it (see term-weights.ts). */
  weightBase: number;
  /** Per document, the weight byte its postings are stored relative to (see baseWeights in term-weights.ts). */
  documentWeights: number[];
  /** Term shards in key order: shard i holds the terms whose folded form is ≥ its key and < the next key. */
  shards: Array<{ key: string; file: string }>;
  /** Documents per chunk: document n is entry n % chunkSize of chunk n / chunkSize. */
  chunkSize: number;
  chunks: string[];
}

/** One document as a result shows it (an entry of a document chunk). */
export interface StoredDocument {
  id: string;
  type: 'article' | 'flow';
  title: string;
  url: string;
  category?: string;
  /** The file with the document's summary and plain text, for snippets. */
  text: string;
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** Checks parsed JSON is a manifest this code can read; undefined otherwise. */
export function parseManifest(value: unknown): SearchManifest | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const m = value as Record<string, unknown>;
  if (m.format !== MANIFEST_FORMAT || !isLocale(m.locale)) return undefined;
  if (m.audience !== 'public' && m.audience !== 'agent') return undefined;
  if (!Number.isInteger(m.troubleshooters) || (m.troubleshooters as number) > (m.documents as number)) return undefined;
  if (!Number.isInteger(m.documents) || !(typeof m.weightBase === 'number' && m.weightBase > 0)) return undefined;
  const bases = m.documentWeights;
  if (!Array.isArray(bases) || bases.length !== m.documents || !bases.every((b) => Number.isInteger(b) && b >= 0 && b < 256)) return undefined;
  if (!Number.isInteger(m.chunkSize) || (m.chunkSize as number) < 1) return undefined;
  if (!Array.isArray(m.chunks) || !m.chunks.every(isString)) return undefined;
  if (!Array.isArray(m.shards) || m.shards.length === 0) return undefined;
  for (const s of m.shards) {
    if (!s || typeof s !== 'object' || !isString((s as { key?: unknown }).key) || !isString((s as { file?: unknown }).file))
      return undefined;
  }
  return value as SearchManifest;
}

/** Checks parsed JSON is a document chunk; undefined otherwise. */
export function parseDocumentChunk(value: unknown): StoredDocument[] | undefined {
  if (!Array.isArray(value)) return undefined;
  for (const d of value) {
    if (!d || typeof d !== 'object') return undefined;
    const doc = d as Record<string, unknown>;
    if (![doc.id, doc.title, doc.url, doc.text].every(isString)) return undefined;
    if (doc.type !== 'article' && doc.type !== 'flow') return undefined;
  }
  return value as StoredDocument[];
}
