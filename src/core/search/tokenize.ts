/**
 * Splits text into search tokens by Unicode letters, marks and digits, so
 * "Šiauliai", "über" and "2,4 GHz" keep every letter. lunr's default
 * trimmer is never used: it strips non-ASCII letters ("Šiauliai" becomes
 * "iauliai"). Tokens carry their offsets in the input for highlighting.
 */

/** A token of a text: lower-cased, NFC-normalised, with its place in the text. */
export interface TextToken {
  /** The token as indexed and looked up. */
  term: string;
  /** Offset of the token's first code unit in the (NFC-normalised) text. */
  start: number;
  /** Offset just after the token's last code unit. */
  end: number;
}

/** Longer runs (URLs, hashes, pasted garbage) are not words anyone types. */
export const MAX_TOKEN_LENGTH = 40;

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
/** A single character between two words that makes the second a clitic ("router's") or a compound's part ("Wi-Fi"). */
const APOSTROPHES = new Set(["'", '’']);
const HYPHENS = new Set(['-', '‐', '‑']);

/**
 * The tokens of `text`, which must already be NFC-normalised when offsets
 * matter (`text.normalize('NFC')`). Besides each word, a hyphenated
 * compound also yields its joined form ("Wi-Fi" gives "wi", "fi" and
 * "wifi"), because readers type it both ways. A letter after an apostrophe
 * ("router's", "don't") is dropped: it is a clitic, not a word.
 */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let chain: TextToken[] = [];
  let previousEnd = -1;
  const flushChain = () => {
    if (chain.length > 1 && chain.length <= 4) {
      const term = chain.map((t) => t.term).join('');
      if (term.length <= MAX_TOKEN_LENGTH) tokens.push({ term, start: chain[0]!.start, end: chain[chain.length - 1]!.end });
    }
    chain = [];
  };
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const raw = match[0];
    const end = start + raw.length;
    // The one character between this word and the last, if exactly one separates them.
    const gap = previousEnd >= 0 && start - previousEnd === 1 ? text[previousEnd]! : undefined;
    previousEnd = end;
    if (gap !== undefined && APOSTROPHES.has(gap) && raw.length === 1) continue;
    if (raw.length > MAX_TOKEN_LENGTH) {
      flushChain();
      continue;
    }
    const token = { term: raw.toLowerCase(), start, end };
    if (!(gap !== undefined && HYPHENS.has(gap))) flushChain();
    chain.push(token);
    tokens.push(token);
  }
  flushChain();
  return tokens;
}

/** The terms of `text` (NFC-normalised first), without offsets. */
export function tokenTerms(text: string): string[] {
  return tokenize(text.normalize('NFC')).map((t) => t.term);
}
