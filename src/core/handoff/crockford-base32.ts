/**
 * Crockford's base32 (https://www.crockford.com/base32.html): an alphabet
 * chosen to be read aloud and typed by people. It leaves out I, L and O
 * (confused with 1 and 0) and U (accidental obscenities), and accepts the
 * confusable letters as their look-alikes when reading.
 */

/** The 32 symbols, in value order. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The 37 check symbols: the alphabet plus five more for the values 32..36.
 * 37 is prime and larger than 32, so a mod-37 check catches every single
 * wrong symbol and every swap of two neighbouring symbols.
 */
export const CROCKFORD_CHECK_ALPHABET = `${CROCKFORD_ALPHABET}*~$=U`;

/** Letters people type for symbols they look like. */
const ALIASES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/**
 * The canonical symbol for a typed character: upper-cased, with O read as 0
 * and I and L read as 1. Characters that are no symbol come back upper-cased.
 */
export function canonicalSymbol(char: string): string {
  const upper = char.toUpperCase();
  return ALIASES[upper] ?? upper;
}

/**
 * The value (0..36) of a typed character as a check symbol, or `undefined`
 * when it is none. Values 0..31 are also ordinary symbols.
 */
export function checkSymbolValue(char: string): number | undefined {
  const index = CROCKFORD_CHECK_ALPHABET.indexOf(canonicalSymbol(char));
  // indexOf matches substrings too; a lone symbol is exactly one character.
  return index === -1 || char.length !== 1 ? undefined : index;
}

/**
 * The value (0..31) of a typed character as an ordinary symbol, or
 * `undefined` when it is none.
 */
export function symbolValue(char: string): number | undefined {
  const value = checkSymbolValue(char);
  return value !== undefined && value < 32 ? value : undefined;
}

/** Writes symbol values as base32 text. Throws a RangeError for a value outside 0..31 (a programming error). */
export function encodeSymbols(values: readonly number[]): string {
  let text = '';
  for (const value of values) {
    const symbol = CROCKFORD_ALPHABET[value];
    if (symbol === undefined) throw new RangeError(`${value} is not a base32 symbol value (0..31)`);
    text += symbol;
  }
  return text;
}

/**
 * Crockford's check symbol for a string of symbol values: the number they
 * spell, mod 37. The remainder is carried along symbol by symbol, so codes of
 * any length work without big integers.
 */
export function crockfordCheckSymbol(values: readonly number[]): string {
  let remainder = 0;
  for (const value of values) remainder = (remainder * 32 + value) % 37;
  return CROCKFORD_CHECK_ALPHABET[remainder] ?? '';
}
