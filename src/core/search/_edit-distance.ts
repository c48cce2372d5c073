/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent
 * transpositions, the commonest typo), giving up as soon as it must exceed
 * `max`. Common prefixes and suffixes are skipped first, and the rows are
 * reused, so checking thousands of terms per keystroke stays cheap.
 */
const ROW = 64;
let prevPrev = new Int32Array(ROW);
let prev = new Int32Array(ROW);
let row = new Int32Array(ROW);

/** The distance between `a` and `b` when it is at most `max`, else `max + 1`. */
export function editDistanceWithin(a: string, b: string, max: number): number {
  let endA = a.length;
  let endB = b.length;
  if (Math.abs(endA - endB) > max) return max + 1;
  let start = 0;
  while (start < endA && start < endB && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return Math.min(Math.max(n, m), max + 1);
  if (m + 1 > ROW) return max + 1;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(start + i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(start + j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(start + j - 2) && a.charCodeAt(start + i - 2) === cb) {
        d = Math.min(d, prevPrev[j - 2]! + 1);
      }
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    const oldest = prevPrev;
    prevPrev = prev;
    prev = row;
    row = oldest;
  }
  return Math.min(prev[m]!, max + 1);
}
