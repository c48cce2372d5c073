/**
 * The binary format of one shard of a locale's inverted index. Terms (the
 * words as written, lower-cased) are sorted by their folded form and
 * front-coded; each term's postings are its document numbers (gap-encoded
 * varints) and one weight byte per document. Like values are stored
 * together, column by column, because gzip compresses a run of similar
 * numbers far better than a mix:
 *
 *   u8 format (1) · varint term count
 *   columns, per term: varint prefix shared with the previous term ·
 *     varint suffix bytes · varint documents · varint bytes of document gaps
 *   the suffixes (UTF-8) · all document gaps · all weights
 */
import { ByteReader, ByteWriter, fromUtf8, utf8 } from './_bytes.ts';

/** The version of the shard format this code reads and writes. */
export const SHARD_FORMAT = 1;

/** One term and its postings: document numbers ascending, with weights 1..255. */
export interface ShardTerm {
  term: string;
  docs: number[];
  weights: number[];
}

function sharedPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  // Never split a surrogate pair: the suffix must be valid UTF-16 to encode.
  if (n > 0 && n < b.length) {
    const c = b.charCodeAt(n);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}

/** Encodes terms (already in index order) into a shard. */
export function encodeShard(terms: readonly ShardTerm[]): Uint8Array {
  const shared = new ByteWriter();
  const suffixLengths = new ByteWriter();
  const counts = new ByteWriter();
  const gapLengths = new ByteWriter();
  const suffixes = new ByteWriter();
  const gaps = new ByteWriter();
  const weights = new ByteWriter();
  let previous = '';
  for (const { term, docs, weights: termWeights } of terms) {
    const prefix = sharedPrefix(previous, term);
    const suffix = utf8.encode(term.slice(prefix));
    shared.varint(prefix);
    suffixLengths.varint(suffix.length);
    suffixes.bytes(suffix);
    counts.varint(docs.length);
    const start = gaps.length;
    let last = 0;
    for (const doc of docs) {
      gaps.varint(doc - last);
      last = doc;
    }
    gapLengths.varint(gaps.length - start);
    for (const weight of termWeights) weights.byte(weight);
    previous = term;
  }
  const out = new ByteWriter();
  out.byte(SHARD_FORMAT);
  out.varint(terms.length);
  for (const part of [shared, suffixLengths, counts, gapLengths, suffixes, gaps, weights]) out.bytes(part.result());
  return out.result();
}

/** A decoded shard dictionary; postings stay encoded until asked for. */
export interface ShardDictionary {
  terms: string[];
  /** Number of documents per term. */
  counts: Uint32Array;
  /** Byte offset of each term's document gaps in `bytes`. */
  offsets: Uint32Array;
  /** Byte offset of each term's weights in `bytes`. */
  weightOffsets: Uint32Array;
  bytes: Uint8Array;
}

/** Reads a shard's dictionary; undefined when the bytes are not a shard this code can read. */
export function decodeShard(bytes: Uint8Array): ShardDictionary | undefined {
  try {
    const reader = new ByteReader(bytes);
    if (reader.byte() !== SHARD_FORMAT) return undefined;
    const n = reader.varint();
    if (n > bytes.length) return undefined;
    const column = () => {
      const values = new Uint32Array(n);
      for (let i = 0; i < n; i++) values[i] = reader.varint();
      return values;
    };
    const shared = column();
    const suffixLengths = column();
    const counts = column();
    const gapLengths = column();
    const terms: string[] = new Array(n);
    let previous = '';
    for (let i = 0; i < n; i++) {
      previous = previous.slice(0, shared[i]) + fromUtf8.decode(reader.take(suffixLengths[i]!));
      terms[i] = previous;
    }
    const offsets = new Uint32Array(n);
    const weightOffsets = new Uint32Array(n);
    let at = reader.offset;
    for (let i = 0; i < n; i++) {
      offsets[i] = at;
      at += gapLengths[i]!;
    }
    for (let i = 0; i < n; i++) {
      weightOffsets[i] = at;
      at += counts[i]!;
    }
    if (at !== bytes.length) return undefined;
    return { terms, counts, offsets, weightOffsets, bytes };
  } catch {
    return undefined;
  }
}

/** The postings of term `index` of a decoded shard. */
export function readPostings(shard: ShardDictionary, index: number): { docs: Uint32Array; weights: Uint8Array } {
  const count = shard.counts[index] ?? 0;
  const reader = new ByteReader(shard.bytes);
  reader.offset = shard.offsets[index] ?? 0;
  const docs = new Uint32Array(count);
  let doc = 0;
  try {
    for (let i = 0; i < count; i++) {
      doc += reader.varint();
      docs[i] = doc;
    }
    reader.offset = shard.weightOffsets[index] ?? 0;
    return { docs, weights: reader.take(count) };
  } catch {
    return { docs: new Uint32Array(0), weights: new Uint8Array(0) };
  }
}
