/**
 * How a term's weight in a document is stored in one byte. lunr's BM25
 * weight is the term's inverse document frequency times a per-document part
 * (term frequency, field length and field boosts). The first follows from
 * the number of documents a term is in, which the postings already say, so
 * only the second is stored, on a logarithmic scale: few distinct values,
 * which compress well, each within 7% of lunr's weight.
 */

/** Each step of the byte scale multiplies the weight by this much. */
export const WEIGHT_STEP = 1.15;

/** lunr's inverse document frequency (lunr.idf) of a term in `df` of `n` documents. */
export function inverseDocumentFrequency(df: number, n: number): number {
  return Math.log(1 + Math.abs((n - df + 0.5) / (df + 0.5)));
}

/** The byte (1..255) for a per-document weight `relative`; `base` is the smallest of the index. */
export function quantiseWeight(relative: number, base: number): number {
  const q = Math.round(Math.log(relative / base) / Math.log(WEIGHT_STEP)) + 1;
  return Math.max(1, Math.min(255, q));
}

/** The per-document weight of every byte value, for an index whose smallest weight is `base`. */
export function weightTable(base: number): Float64Array {
  const table = new Float64Array(256);
  for (let q = 1; q < 256; q++) table[q] = base * WEIGHT_STEP ** (q - 1);
  return table;
}

/**
 * Each document's base weight: the weight byte most common among its
 * postings (the smaller on a tie, 0 for a document without postings).
 * Shards store weights relative to it, and most postings equal it: a word
 * that occurs once in a document's body weighs the same as any other.
 */
export function baseWeights(documents: number, postings: Iterable<{ docs: readonly number[]; weights: readonly number[] }>): number[] {
  // Keyed by document and byte: memory follows the postings, not documents × 256.
  const tally = new Map<number, number>();
  for (const { docs, weights } of postings) {
    docs.forEach((doc, i) => {
      const key = doc * 256 + weights[i]!;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    });
  }
  const bases = new Array<number>(documents).fill(0);
  const counts = new Array<number>(documents).fill(0);
  for (const [key, count] of tally) {
    const doc = Math.floor(key / 256);
    const weight = key % 256;
    if (doc >= documents) continue;
    if (count > counts[doc]! || (count === counts[doc]! && weight < bases[doc]!)) {
      bases[doc] = weight;
      counts[doc] = count;
    }
  }
  return bases;
}
