/**
 * Result snippets: the part of a text where the matched words are densest,
 * with those words marked. The HTML form escapes everything else, so text
 * from an article can never inject markup into the results list.
 */
import { foldDiacritics } from './fold.ts';
import { tokenize } from './tokenize.ts';

/** A run of snippet text; `match` runs are the matched words. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function matchedRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const exact = new Set(terms);
  const folded = new Set(terms.map(foldDiacritics));
  const ranges: Array<[number, number]> = [];
  // Joined forms of hyphenated words come after their parts; order by position to merge them.
  const tokens = tokenize(text).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const token of tokens) {
    if (!exact.has(token.term) && !folded.has(foldDiacritics(token.term))) continue;
    const last = ranges[ranges.length - 1];
    // Hyphenated compounds match as a whole and by their parts; merge the overlaps.
    if (last && token.start <= last[1]) last[1] = Math.max(last[1], token.end);
    else ranges.push([token.start, token.end]);
  }
  return ranges;
}

function toParts(text: string, ranges: Array<[number, number]>, from: number, to: number): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (s > at) parts.push({ text: text.slice(at, s), match: false });
    parts.push({ text: text.slice(s, e), match: true });
    at = e;
  }
  if (at < to) parts.push({ text: text.slice(at, to), match: false });
  return parts;
}

/** Moves `at` back (or forward) to the nearest space, so a snippet never cuts a word. */
function wordBoundary(text: string, at: number, direction: -1 | 1): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  for (let n = 0, i = at; n < 20 && i > 0 && i < text.length; n++, i += direction) {
    if (text[i] === ' ') return direction === 1 ? i + 1 : i;
  }
  return at;
}

/**
 * The snippet of `text` (at most about `maxLength` characters) where most of
 * `terms` occur, split into matched and unmatched runs. Whitespace is
 * collapsed; "…" marks a cut.
 */
export function snippetParts(text: string, terms: readonly string[], maxLength = 180): SnippetPart[] {
  const flat = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const ranges = matchedRanges(flat, terms);
  if (flat.length <= maxLength) return toParts(flat, ranges, 0, flat.length);
  let bestStart = 0;
  let bestScore = -1;
  for (const [start] of ranges) {
    const from = Math.max(0, start - Math.floor(maxLength / 5));
    const seen = new Set<string>();
    for (const [s, e] of ranges) if (s >= from && e <= from + maxLength) seen.add(foldDiacritics(flat.slice(s, e).toLowerCase()));
    if (seen.size > bestScore) {
      bestScore = seen.size;
      bestStart = from;
    }
  }
  const from = bestStart === 0 ? 0 : wordBoundary(flat, bestStart, 1);
  const to = wordBoundary(flat, Math.min(flat.length, from + maxLength), -1);
  const parts = toParts(flat, ranges, from, Math.max(to, from + 1));
  if (from > 0) parts.unshift({ text: '…', match: false });
  if (to < flat.length) parts.push({ text: '…', match: false });
  return parts;
}

/** Snippet parts as HTML: matched words in <mark>, everything escaped. */
export function snippetHtml(parts: readonly SnippetPart[]): string {
  return parts.map((p) => (p.match ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
}

/** `text` (a title, say) as HTML with the matched words in <mark>. */
export function highlightHtml(text: string, terms: readonly string[]): string {
  return snippetHtml(snippetParts(text, terms, Number.MAX_SAFE_INTEGER));
}
