/**
 * Matching one query word against the loaded shards: which terms match it,
 * and how well (see MATCH_BOOSTS). All of a word's matches share its first
 * two folded letters, so they are all in the shards of that prefix.
 */
import type { Analyzer } from './analyzer.ts';
import { editDistanceWithin } from './_edit-distance.ts';
import { foldDiacritics } from './fold.ts';
import type { QueryWord } from './query.ts';
import { decodeShard, readPostings, type ShardDictionary } from './shard-format.ts';

/** How much each kind of match counts, relative to an exact match. */
export const MATCH_BOOSTS = {
  exact: 1,
  folded: 0.9,
  stem: 0.75,
  looseStem: 0.6,
  prefix: 0.5,
  typo: 0.35,
  typo2: 0.25,
} as const;

const MAX_PREFIX_TERMS = 50;
const MAX_TYPO_TERMS = 30;

/** A shard ready for matching: its dictionary, folded terms, and stems worked out when first needed. */
export interface LoadedShard {
  dictionary: ShardDictionary;
  folded: string[];
  stems: Array<string | undefined>;
}

/** Decodes a shard's bytes, given the manifest's documentWeights; undefined when they are not a readable shard. */
export function loadShard(bytes: Uint8Array, baseWeights: ArrayLike<number>): LoadedShard | undefined {
  const dictionary = decodeShard(bytes, baseWeights);
  if (!dictionary) return undefined;
  return { dictionary, folded: dictionary.terms.map(foldDiacritics), stems: new Array(dictionary.terms.length) };
}

/** Calls `visit` for each term of `shard` from `key` on while its folded form is `inRange`. */
function scan(shard: LoadedShard, key: string, inRange: (folded: string) => boolean, visit: (shard: LoadedShard, i: number) => void): void {
  const { folded } = shard;
  for (let i = lowerBound(folded, key); i < folded.length && inRange(folded[i]!); i++) visit(shard, i);
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A term that matches a query word, how well, and its postings. */
export interface Candidate {
  term: string;
  boost: number;
  docs: Uint32Array;
  weights: Uint8Array;
}

function looseStemMatch(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short);
}

/** The second letter swapped or doubled ("ruoter", "rrouter") puts a word's true form under its first and third letters. */
export function typoArea(word: QueryWord): string | undefined {
  if (word.maxEdits === 0 || word.stop) return undefined;
  const letters = Array.from(word.folded);
  const area = letters.length >= 3 ? letters[0]! + letters[2]! : undefined;
  return area === word.area ? undefined : area;
}

type MatchKind = 'prefix' | 'typo' | 'word';

/** The terms in `shards` that match `word`, each with its best boost. */
export function candidatesFor(word: QueryWord, shards: readonly LoadedShard[], analyzer: Analyzer): Candidate[] {
  const best = new Map<string, { shard: LoadedShard; index: number; boost: number; length: number; kind: MatchKind }>();
  const consider = (shard: LoadedShard, index: number, boost: number, kind: MatchKind) => {
    const term = shard.dictionary.terms[index]!;
    const known = best.get(term);
    if (!known || known.boost < boost) best.set(term, { shard, index, boost, length: term.length, kind });
  };
  const match = (shard: LoadedShard, i: number) => {
    const f = shard.folded[i]!;
    const term = shard.dictionary.terms[i]!;
    if (!word.stop) {
      if (term === word.term) return consider(shard, i, MATCH_BOOSTS.exact, 'word');
      if (f === word.folded) return consider(shard, i, MATCH_BOOSTS.folded, 'word');
      const stem = (shard.stems[i] ??= foldDiacritics(analyzer.stem(term)));
      if (stem === word.stem) return consider(shard, i, MATCH_BOOSTS.stem, 'word');
      if (looseStemMatch(stem, word.stem)) return consider(shard, i, MATCH_BOOSTS.looseStem, 'word');
    }
    if (word.prefix && f.length > word.folded.length && f.startsWith(word.folded)) {
      consider(shard, i, MATCH_BOOSTS.prefix * (0.5 + 0.5 * (word.folded.length / f.length)), 'prefix');
    }
  };
  const typo = (shard: LoadedShard, i: number) => {
    const f = shard.folded[i]!;
    if (Math.abs(f.length - word.folded.length) > word.maxEdits) return;
    const distance = editDistanceWithin(word.folded, f, word.maxEdits);
    if (distance <= word.maxEdits) consider(shard, i, distance === 1 ? MATCH_BOOSTS.typo : MATCH_BOOSTS.typo2, 'typo');
  };
  // A one-letter word matches only itself; longer words look at every term sharing their first two letters.
  const own = word.area === word.folded ? (f: string) => f === word.area : (f: string) => f.startsWith(word.area);
  for (const shard of shards) scan(shard, word.area, own, match);
  // Typos are looked for only when the word itself is nowhere: a correctly typed word is not
  // a misspelling of its neighbours, and the answer must not depend on how the index is split.
  if (word.maxEdits > 0 && !word.stop && ![...best.values()].some((c) => c.kind === 'word')) {
    for (const shard of shards) scan(shard, word.area, own, typo);
    const second = typoArea(word);
    if (second) for (const shard of shards) scan(shard, second, (f) => f.startsWith(second), typo);
  }
  const all = [...best.entries()];
  const words = all.filter(([, c]) => c.kind === 'word');
  const prefixes = all.filter(([, c]) => c.kind === 'prefix').sort((a, b) => a[1].length - b[1].length).slice(0, MAX_PREFIX_TERMS);
  const typos = all.filter(([, c]) => c.kind === 'typo').sort((a, b) => b[1].boost - a[1].boost).slice(0, MAX_TYPO_TERMS);
  return [...words, ...prefixes, ...typos].map(([term, c]) => ({ term, boost: c.boost, ...readPostings(c.shard.dictionary, c.index) }));
}

