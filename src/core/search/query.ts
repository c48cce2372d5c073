/**
 * The query side of search, pure and browser-safe: a typed query becomes
 * words, each word finds its candidate terms in the loaded shards, and
 * documents are ranked. Queries are never parsed as lunr query syntax, so
 * `: ~ ^ + - * "` are plain punctuation and no input can raise an error.
 *
 * A word matches, best first: the exact form; the same word without
 * diacritics; another form of the same stem; then, for the last word while
 * it is being typed, longer words it begins; and words one or two typos
 * away when the word itself is in no document (see match-word.ts). Each
 * kind of match multiplies the term's weight by a smaller boost, so exact
 * forms outrank stemmed ones, and those outrank expansions.
 */
import type { Analyzer } from './analyzer.ts';
import { foldDiacritics } from './fold.ts';
import { candidatesFor, typoArea, type Candidate, type LoadedShard } from './match-word.ts';
import type { SearchManifest } from './search-manifest.ts';
import { inverseDocumentFrequency, weightTable } from './term-weights.ts';
import { tokenize } from './tokenize.ts';

/** Only this much of a query is read: nobody types more, and pasted novels must still answer at once. */
export const MAX_QUERY_LENGTH = 1_000;
/** Words of a query that take part in matching. */
export const MAX_QUERY_WORDS = 10;
const MAX_SHARDS_PER_WORD = 6;

/** One word of a query, analysed. */
export interface QueryWord {
  /** As typed, lower-cased. */
  term: string;
  folded: string;
  /** The folded stem. */
  stem: string;
  /** A stop word: matched only as a prefix, when it is the word being typed. */
  stop: boolean;
  /** The last word of a query that does not end in a space: also matches longer words it begins. */
  prefix: boolean;
  /** Typos tolerated: 0 below 5 letters, 1 from 5, 2 from 9. */
  maxEdits: number;
  /** The first two folded letters: the word's matches are all in the shards of this prefix. */
  area: string;
}

/** The words of `query` that search uses. Never throws, whatever the input. */
export function parseQuery(query: string, analyzer: Analyzer): QueryWord[] {
  if (typeof query !== 'string') return [];
  const text = query.slice(0, MAX_QUERY_LENGTH).normalize('NFC');
  const tokens = tokenize(text);
  const endsInWord = tokens.length > 0 && tokens[tokens.length - 1]!.end === text.length;
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  tokens.forEach((token, i) => {
    const last = i === tokens.length - 1;
    if (seen.has(token.term)) return;
    const folded = foldDiacritics(token.term);
    const length = Array.from(folded).length;
    const prefix = last && endsInWord && length >= 2;
    const stop = analyzer.isStopWord(token.term);
    if (stop && !prefix) return;
    seen.add(token.term);
    words.push({
      term: token.term,
      folded,
      stem: foldDiacritics(analyzer.stem(token.term)),
      stop,
      prefix,
      maxEdits: length >= 9 ? 2 : length >= 5 ? 1 : 0,
      area: Array.from(folded).slice(0, 2).join(''),
    });
  });
  return words.slice(-MAX_QUERY_WORDS);
}

/** The last shard whose key is ≤ `key`. */
function shardOf(manifest: SearchManifest, key: string): number {
  let lo = 0;
  let hi = manifest.shards.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (manifest.shards[mid]!.key <= key) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The shards that can hold matches of `word`: those covering its two-letter prefix. */
export function shardsForWord(manifest: SearchManifest, word: QueryWord): number[] {
  const own = shardOf(manifest, word.folded);
  if (Array.from(word.folded).length < 2) return [own];
  const first = shardOf(manifest, word.area);
  const last = shardOf(manifest, word.area + '\uffff');
  if (last - first + 1 <= MAX_SHARDS_PER_WORD) return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const from = Math.max(first, Math.min(own - (MAX_SHARDS_PER_WORD >> 1), last - MAX_SHARDS_PER_WORD + 1));
  return Array.from({ length: MAX_SHARDS_PER_WORD }, (_, i) => from + i);
}

/**
 * More shards for a word that may find nothing in its own: those where it
 * lies if its second letter was swapped with the third or typed twice.
 * Fetch them only when `hasDirectMatch` is false.
 */
export function typoShardsForWord(manifest: SearchManifest, word: QueryWord): number[] {
  const area = typoArea(word);
  return area ? shardsForWord(manifest, { ...word, folded: area, area }) : [];
}

/** True when some term of `shards` is `word` itself, without diacritics, or another form of its stem. */
export function hasDirectMatch(word: QueryWord, shards: readonly LoadedShard[], analyzer: Analyzer): boolean {
  return candidatesFor({ ...word, prefix: false, maxEdits: 0 }, shards, analyzer).length > 0;
}

/** A ranked document: its number in the index, its score and the index terms it matched. */
export interface RankedDocument {
  doc: number;
  score: number;
  terms: string[];
}

/**
 * Ranks the documents for `words`, given each word's shards. A document's
 * score sums, over the words, the best boosted weight among the word's
 * matching terms, and is scaled down by the share of words it misses.
 */
export function rankDocuments(
  words: readonly QueryWord[],
  shardsOf: (word: QueryWord) => readonly LoadedShard[],
  manifest: SearchManifest,
  analyzer: Analyzer,
  limit: number,
): RankedDocument[] {
  const n = manifest.documents;
  if (words.length === 0 || n === 0 || limit <= 0) return [];
  const weightOf = weightTable(manifest.weightBase);
  const total = new Float64Array(n);
  const matched = new Uint8Array(n);
  const perWord: Candidate[][] = [];
  for (const word of words) {
    const candidates = candidatesFor(word, shardsOf(word), analyzer);
    perWord.push(candidates);
    const best = new Float64Array(n);
    const sum = new Float64Array(n);
    for (const c of candidates) {
      const scale = c.boost * inverseDocumentFrequency(c.docs.length, n);
      for (let i = 0; i < c.docs.length; i++) {
        const d = c.docs[i]!;
        if (d >= n) continue;
        const w = scale * weightOf[c.weights[i]!]!;
        sum[d]! += w;
        if (w > best[d]!) best[d] = w;
      }
    }
    for (let d = 0; d < n; d++) {
      if (best[d]! > 0) {
        // Several forms of a word in one document count a little more than one.
        total[d]! += best[d]! + 0.1 * (sum[d]! - best[d]!);
        matched[d]!++;
      }
    }
  }
  const ranked: Array<{ doc: number; score: number }> = [];
  for (let d = 0; d < n; d++) {
    if (matched[d]! > 0) ranked.push({ doc: d, score: total[d]! * (matched[d]! / words.length) ** 2 });
  }
  ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return ranked.slice(0, limit).map(({ doc, score }) => ({
    doc,
    score: Math.round(score * 1000) / 1000,
    terms: [...new Set(perWord.flatMap((candidates) => candidates.filter((c) => includes(c.docs, doc)).map((c) => c.term)))],
  }));
}

function includes(sorted: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] === value;
}
