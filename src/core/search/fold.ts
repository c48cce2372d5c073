/**
 * Diacritic folding: the form of a word without accents, so a reader who
 * types "Gebuhr" finds "Gebühr", "marsrutizatorius" finds
 * "maršrutizatorius" and "Kobenhavn" finds "København". Lithuanian readers
 * routinely type without diacritics, and Nordic and German readers abroad
 * often must; folded matches still rank just below exact ones.
 */

const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const MARKS = /\p{M}+/gu;
const SPECIAL = /[ßæøœłđðþı]/g;

/** `term` (lower-case) without diacritics: "gebühr" → "gebuhr", "ąžuolas" → "azuolas". */
export function foldDiacritics(term: string): string {
  // Plain ASCII is by far the most common case; skip the normalisation.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(term)) return term;
  return term.normalize('NFD').replace(MARKS, '').replace(SPECIAL, (c) => LETTERS[c] ?? c).normalize('NFC');
}
