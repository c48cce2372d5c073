import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `value`, when it is close enough to be a likely
 * typo (at most two edits, or a third of the length for long names).
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(value.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance && d <= limit) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
