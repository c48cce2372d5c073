/**
 * "Did you mean …?" suggestions for misspelt ids and keys. Internal to the
 * flow checker.
 */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `word` by edit distance, or undefined when none is
 * close enough to be a likely typo. A candidate that contains the word (or is
 * contained in it), or shares its first half, also counts: `reboot` suggests
 * `reboot-router`, `resolved` suggests `resolution`.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  // Two-letter words (locales) allow one edit; longer words about a third of their length.
  const limit = lower.length <= 3 ? 1 : Math.max(2, Math.ceil(lower.length / 3));
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const other = candidate.toLowerCase();
    const d = distance(lower, other);
    const contains = lower.length >= 3 && (other.includes(lower) || lower.includes(other));
    let prefix = 0;
    while (prefix < lower.length && lower[prefix] === other[prefix]) prefix++;
    // "resolved" for "resolution": far by edits, but clearly the same word.
    const stem = prefix >= 4 && prefix * 2 >= lower.length;
    if (d > limit && !contains && !stem) continue;
    // Edit distance decides; containment only lets a far candidate in.
    if (d < bestScore) {
      best = candidate;
      bestScore = d;
    }
  }
  return best;
}

/** The candidate with the smallest edit distance to `word`, however far. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestScore) {
      best = candidate;
      bestScore = d;
    }
  }
  return best;
}

/** `Did you mean "x"?` for the closest candidate, else `fallback`. */
export function didYouMean(word: string, candidates: Iterable<string>, fallback: string): string {
  const match = closestMatch(word, candidates);
  return match === undefined ? fallback : `Did you mean "${match}"?`;
}

/** Joins words as `a, b or c`. */
export function listWords(words: readonly string[], last = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}
