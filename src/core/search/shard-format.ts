/**
 * The binary format of one shard of a locale's inverted index. Terms (the
 * words as written, lower-cased) are sorted by their folded form; each term
 * has its postings: the documents it is in, ascending, and one weight byte
 * per document. Every part is stored the way it compresses best:
 *
 *   header: u8 format (2) · varint terms · varint documents of the index ·
 *     varint bytes of the dictionary
 *   dictionary, per term: u8 marker (1 + code units dropped from the end of
 *     the previous term; 0x2f adds 46 to the drop of the marker after it) ·
 *     the rest of the term in UTF-8. Terms are letters, marks and digits,
 *     whose UTF-8 bytes are all ≥ 0x30, so a byte below 0x30 can only be a
 *     marker. A marker beside the letters it belongs to lets gzip learn the
 *     language's endings ("drop 2, add -iai").
 *   counts: varint documents per term
 *   postings: the gaps between a term's documents, Rice-coded with a
 *     parameter that follows from the term's count (see `riceParameter`),
 *     bit-packed least significant bit first, the last byte padded with 0.
 *     Document numbers are close to random, so no byte-level coding beats a
 *     bit-level one here, and gzip leaves these bytes as they are.
 *   weights, per posting: the weight byte minus its document's base weight
 *     (mod 256), the base being the weight most common in that document
 *     (from the manifest). Most terms occur once in a document's body, where
 *     the weight depends on the document alone: most of these bytes are 0.
 */
import { ByteReader, ByteWriter, fromUtf8, utf8 } from './_bytes.ts';

/** The version of the shard format this code reads and writes. */
export const SHARD_FORMAT = 2;

/** One term and its postings: document numbers ascending, with weights 1..255. */
export interface ShardTerm {
  term: string;
  docs: number[];
  weights: number[];
}

/** What a shard's postings are relative to: the index's document count and each document's base weight. */
export interface ShardContext {
  documents: number;
  /** Per document, the weight byte its postings are stored relative to. */
  baseWeights: ArrayLike<number>;
}

/** The lowest byte of a term's UTF-8; markers are below it. */
const FIRST_TERM_BYTE = 0x30;
/** The marker that says "46 more dropped": a term may be longer than one marker can drop (lower-cased "İ" doubles). */
const LONG_DROP = 0x2f;

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

/**
 * The Rice parameter of a term in `count` of `documents` documents: about
 * log2 of its mean gap times ln 2, which makes Rice coding near optimal for
 * documents spread at random. Integers only, so every JavaScript engine
 * agrees with the one that wrote the shard.
 */
export function riceParameter(count: number, documents: number): number {
  // Division is exact IEEE arithmetic in every engine, and the quotient is below 2^53.
  const ratio = Math.floor((documents * 69) / (count * 100));
  return ratio >= 1 ? Math.min(24, 31 - Math.clz32(Math.min(ratio, 0xffffffff))) : 0;
}

/** Bits, least significant first, into bytes. */
class BitWriter {
  readonly out = new ByteWriter();
  private current = 0;
  private used = 0;

  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.bit((value >>> i) & 1);
  }

  bit(value: number): void {
    this.current |= value << this.used;
    if (++this.used === 8) this.flush();
  }

  flush(): void {
    if (this.used === 0) return;
    this.out.byte(this.current);
    this.current = 0;
    this.used = 0;
  }
}

/**
 * Encodes terms (already in index order) into a shard. Throws a RangeError
 * for what no tokenizer output can be: a term with characters below "0", or
 * postings that are not ascending document numbers below `context.documents`.
 */
export function encodeShard(terms: readonly ShardTerm[], context: ShardContext): Uint8Array {
  const dictionary = new ByteWriter();
  const counts = new ByteWriter();
  const postings = new BitWriter();
  const weights = new ByteWriter();
  let previous = '';
  for (const { term, docs, weights: termWeights } of terms) {
    const prefix = sharedPrefix(previous, term);
    const suffix = utf8.encode(term.slice(prefix));
    if (suffix.some((b) => b < FIRST_TERM_BYTE)) throw new RangeError(`the search index cannot store the term ${JSON.stringify(term)}`);
    let drop = previous.length - prefix;
    for (; drop >= LONG_DROP - 1; drop -= LONG_DROP - 1) dictionary.byte(LONG_DROP);
    dictionary.byte(1 + drop);
    dictionary.bytes(suffix);
    counts.varint(docs.length);
    const k = riceParameter(docs.length, context.documents);
    let last = -1;
    docs.forEach((doc, i) => {
      const gap = doc - last - 1;
      if (gap < 0 || doc >= context.documents) throw new RangeError(`the postings of "${term}" are not ascending document numbers`);
      for (let q = gap >>> k; q > 0; q--) postings.bit(1);
      postings.bit(0);
      postings.bits(gap, k);
      weights.byte((termWeights[i]! - (context.baseWeights[doc] ?? 0)) & 0xff);
      last = doc;
    });
    previous = term;
  }
  postings.flush();
  const out = new ByteWriter();
  out.byte(SHARD_FORMAT);
  out.varint(terms.length);
  out.varint(context.documents);
  out.varint(dictionary.length);
  for (const part of [dictionary, counts, postings.out, weights]) out.bytes(part.result());
  return out.result();
}

/** A decoded shard: its terms and all their postings. */
export interface ShardDictionary {
  terms: string[];
  /** Term i's postings are entries starts[i] to starts[i + 1] of `docs` and `weights`. */
  starts: Uint32Array;
  docs: Uint32Array;
  weights: Uint8Array;
}

/** Trailing zero bits of a 32-bit value (32 for 0). */
const trailingZeros = (x: number) => (x === 0 ? 32 : 31 - Math.clz32(x & -x));

/**
 * Reads the Rice-coded gaps from byte `from` on, 32 bits at a time: a
 * shard is decoded on the query's critical path. Bits past the end read as
 * 0, and running past the end is detected once, at the end.
 */
function readGaps(bytes: Uint8Array, from: number, starts: Uint32Array, documents: number): { docs: Uint32Array; end: number } {
  const docs = new Uint32Array(starts[starts.length - 1]!);
  let next = from;
  // The unread bits, least significant first, and how many there are.
  let bits = 0;
  let held = 0;
  for (let t = 0; t + 1 < starts.length; t++) {
    const k = riceParameter(starts[t + 1]! - starts[t]!, documents);
    const unit = 2 ** k;
    let doc = -1;
    for (let i = starts[t]!; i < starts[t + 1]!; i++) {
      let quotient = 0;
      for (;;) {
        while (held <= 24) {
          bits |= (bytes[next++] ?? 0) << held;
          held += 8;
        }
        const ones = Math.min(trailingZeros(~bits), held);
        if (ones === held) {
          quotient += held;
          bits = 0;
          held = 0;
          if (quotient * unit >= documents) throw new RangeError('a document number in the index file is out of range');
          continue;
        }
        quotient += ones;
        bits = ones + 1 === 32 ? 0 : bits >>> (ones + 1);
        held -= ones + 1;
        break;
      }
      while (held < k) {
        bits |= (bytes[next++] ?? 0) << held;
        held += 8;
      }
      doc += quotient * unit + (bits & (unit - 1)) + 1;
      bits >>>= k;
      held -= k;
      if (doc >= documents) throw new RangeError('a document number in the index file is out of range');
      docs[i] = doc;
    }
  }
  const used = (next - from) * 8 - held;
  if (used > (bytes.length - from) * 8) throw new RangeError('unexpected end of the index file');
  return { docs, end: from + Math.ceil(used / 8) };
}

/**
 * Reads a shard; undefined when the bytes are not a shard this code can
 * read. `baseWeights` are the manifest's; without them weights read as
 * stored (relative to each document's base).
 */
export function decodeShard(bytes: Uint8Array, baseWeights: ArrayLike<number> = []): ShardDictionary | undefined {
  try {
    const reader = new ByteReader(bytes);
    if (reader.byte() !== SHARD_FORMAT) return undefined;
    const n = reader.varint();
    const documents = reader.varint();
    const dictionaryBytes = reader.take(reader.varint());
    if (n > dictionaryBytes.length) return undefined;
    // One decode for all terms: markers are ASCII, so they stay single characters below "0".
    const dictionary = fromUtf8.decode(dictionaryBytes);
    const terms: string[] = new Array(n);
    let previous = '';
    let at = 0;
    for (let i = 0; i < n; i++) {
      let drop = 0;
      while (dictionary.charCodeAt(at) === LONG_DROP) {
        drop += LONG_DROP - 1;
        at++;
      }
      const marker = dictionary.charCodeAt(at++);
      drop += marker - 1;
      if (!(marker > 0 && marker < LONG_DROP && drop <= previous.length)) return undefined;
      const start = at;
      while (at < dictionary.length && dictionary.charCodeAt(at) >= FIRST_TERM_BYTE) at++;
      previous = previous.slice(0, previous.length - drop) + dictionary.slice(start, at);
      terms[i] = previous;
    }
    if (at !== dictionary.length) return undefined;
    const starts = new Uint32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const end = starts[i]! + reader.varint();
      // Every posting takes at least one bit and one weight byte.
      if (end > bytes.length) return undefined;
      starts[i + 1] = end;
    }
    const { docs, end } = readGaps(bytes, reader.offset, starts, documents);
    reader.offset = end;
    const stored = reader.take(docs.length);
    if (reader.offset !== bytes.length) return undefined;
    const weights = new Uint8Array(docs.length);
    for (let i = 0; i < docs.length; i++) weights[i] = (stored[i]! + (baseWeights[docs[i]!] ?? 0)) & 0xff;
    return { terms, starts, docs, weights };
  } catch {
    return undefined;
  }
}

/** The postings of term `index` of a decoded shard. */
export function readPostings(shard: ShardDictionary, index: number): { docs: Uint32Array; weights: Uint8Array } {
  const start = shard.starts[index] ?? 0;
  const end = shard.starts[index + 1] ?? start;
  return { docs: shard.docs.subarray(start, end), weights: shard.weights.subarray(start, end) };
}
