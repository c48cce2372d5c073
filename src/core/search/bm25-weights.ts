/**
 * lunr's BM25 weights of every term in every document, computed the way
 * lunr.Builder computes them (same k1 and b, same inverse document
 * frequency, same rounding to three decimals, same order of summing a
 * document's fields), without building lunr's inverted index.
 *
 * lunr.Builder keeps one object per term, field and document and one
 * string-keyed object per field and document; at 10,000 articles that was
 * 2.3 GB and 46 s on one thread. Here a term is a number, a field's terms
 * are two flat integer arrays, and a document's summed weights go straight
 * to the term's postings. tests/search/bm25-weights.test.ts holds the
 * result to lunr.Builder's own, number for number.
 */

/** lunr.Builder's defaults: term frequency saturation and field length normalisation. */
const K1 = 1.2;
const B = 0.75;

/** A field of the documents and how much a match in it counts. */
export interface WeighedField {
  name: string;
  boost: number;
}

/** A term's documents in increasing order and its summed weight in each. */
export interface TermPostings {
  docs: number[];
  weights: number[];
}

/**
 * The weight of every term in every document: for each field, lunr's BM25
 * score of the term (times the field's boost, rounded to 1/1000 as lunr
 * rounds it), summed over the fields in the order given. `termsOf(doc, f)`
 * gives the terms of field `f` of document `doc`, in order, repeats
 * included. Documents are numbered 0 … count − 1.
 */
export function bm25Weights(
  count: number,
  fields: readonly WeighedField[],
  termsOf: (doc: number, field: number) => readonly string[],
): Map<string, TermPostings> {
  const idOf = new Map<string, number>();
  const termOf: string[] = [];
  /** For each term, in how many (field, document) pairs it occurs: lunr's document frequency. */
  const fieldDocuments: number[] = [];
  // Per (document, field), in document-major order: where its distinct terms start, and its length.
  const fieldCount = fields.length;
  const starts = new Int32Array(count * fieldCount + 1);
  const lengths = new Int32Array(count * fieldCount);
  const totalLength = new Float64Array(fieldCount);
  const termIds: number[] = [];
  const frequencies: number[] = [];
  // A field's term frequencies: counts by term id, and its distinct terms in the order first seen.
  const tf: number[] = [];
  const distinct: number[] = [];

  for (let doc = 0; doc < count; doc++) {
    for (let f = 0; f < fieldCount; f++) {
      const slot = doc * fieldCount + f;
      const terms = termsOf(doc, f);
      for (const term of terms) {
        let id = idOf.get(term);
        if (id === undefined) {
          id = termOf.length;
          idOf.set(term, id);
          termOf.push(term);
          fieldDocuments.push(0);
          tf.push(0);
        }
        if (tf[id] === 0) distinct.push(id);
        tf[id]!++;
      }
      starts[slot] = termIds.length;
      lengths[slot] = terms.length;
      totalLength[f]! += terms.length;
      for (const id of distinct) {
        termIds.push(id);
        frequencies.push(tf[id]!);
        fieldDocuments[id]!++;
        tf[id] = 0;
      }
      distinct.length = 0;
    }
  }
  starts[count * fieldCount] = termIds.length;

  const averageLength = Array.from(totalLength, (total) => total / count);
  const idf = fieldDocuments.map((df) => Math.log(1 + Math.abs((count - df + 0.5) / (df + 0.5))));
  const postings: Array<TermPostings | undefined> = new Array(termOf.length);
  const sum = new Float64Array(termOf.length);
  const touched: number[] = [];
  /** The last document each term was touched in (a weight may round to 0 and still be a posting, as in lunr). */
  const touchedIn = new Int32Array(termOf.length).fill(-1);

  for (let doc = 0; doc < count; doc++) {
    for (let f = 0; f < fieldCount; f++) {
      const slot = doc * fieldCount + f;
      const fieldLength = lengths[slot]!;
      const { boost } = fields[f]!;
      for (let i = starts[slot]!; i < starts[slot + 1]!; i++) {
        const id = termIds[i]!;
        const frequency = frequencies[i]!;
        // lunr.Builder#createFieldVectors, expression for expression.
        let score = (idf[id]! * ((K1 + 1) * frequency)) / (K1 * (1 - B + B * (fieldLength / averageLength[f]!)) + frequency);
        score *= boost;
        const rounded = Math.round(score * 1000) / 1000;
        if (touchedIn[id] !== doc) {
          touchedIn[id] = doc;
          touched.push(id);
        }
        sum[id]! += rounded;
      }
    }
    for (const id of touched) {
      let termPostings = postings[id];
      if (!termPostings) postings[id] = termPostings = { docs: [], weights: [] };
      termPostings.docs.push(doc);
      termPostings.weights.push(sum[id]!);
      sum[id] = 0;
    }
    touched.length = 0;
  }

  const weights = new Map<string, TermPostings>();
  termOf.forEach((term, id) => weights.set(term, postings[id]!));
  return weights;
}
