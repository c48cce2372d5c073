import { describe, expect, it } from 'vitest';
import {
  CROCKFORD_ALPHABET,
  CROCKFORD_CHECK_ALPHABET,
  canonicalSymbol,
  checkSymbolValue,
  crockfordCheckSymbol,
  encodeSymbols,
  symbolValue,
} from '../../src/core/handoff/crockford-base32.ts';

describe('the Crockford alphabet', () => {
  it('has 32 symbols without I, L, O and U', () => {
    expect(CROCKFORD_ALPHABET).toHaveLength(32);
    expect(CROCKFORD_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('adds *, ~, $, = and U as check symbols for the values 32 to 36', () => {
    expect(CROCKFORD_CHECK_ALPHABET.slice(32)).toBe('*~$=U');
  });
});

describe('reading typed characters', () => {
  it('reads lower case as upper case', () => {
    expect(symbolValue('z')).toBe(31);
    expect(symbolValue('Z')).toBe(31);
  });

  it('reads O as zero and I and L as one, in either case', () => {
    expect(['O', 'o'].map(symbolValue)).toEqual([0, 0]);
    expect(['I', 'i', 'L', 'l'].map(symbolValue)).toEqual([1, 1, 1, 1]);
    expect(canonicalSymbol('l')).toBe('1');
  });

  it('accepts the extra check symbols only as check symbols', () => {
    expect(['*', '~', '$', '=', 'U', 'u'].map(checkSymbolValue)).toEqual([32, 33, 34, 35, 36, 36]);
    expect(['*', 'U'].map(symbolValue)).toEqual([undefined, undefined]);
  });

  it('rejects characters outside the alphabet and strings longer than one character', () => {
    expect(['#', '-', ' ', 'Ä', 'AB', ''].map(checkSymbolValue)).toEqual(Array(6).fill(undefined));
  });
});

describe('writing symbols', () => {
  it('writes values as their symbols', () => {
    expect(encodeSymbols([1, 6, 18])).toBe('16J');
  });

  it('throws for a value that is no symbol, which only a programming error can cause', () => {
    expect(() => encodeSymbols([32])).toThrow(RangeError);
  });
});

describe('the check symbol', () => {
  it('is the number mod 37, as in Crockford\'s specification (1234 = "16J" has check "D")', () => {
    expect(crockfordCheckSymbol([1, 6, 18])).toBe('D');
  });

  it('uses the extra symbols for remainders 32 to 36 and wraps at 37', () => {
    expect(crockfordCheckSymbol([1, 0])).toBe('*');
    expect(crockfordCheckSymbol([1, 4])).toBe('U');
    expect(crockfordCheckSymbol([1, 5])).toBe('0');
  });

  it('ignores leading zeros, since they do not change the number', () => {
    expect(crockfordCheckSymbol([0, 0, 1, 6, 18])).toBe('D');
  });

  it('is computed without big integers for codes far longer than 53 bits', () => {
    const values = Array.from({ length: 300 }, (_, i) => (i * 7) % 32);
    let expected = 0n;
    for (const value of values) expected = expected * 32n + BigInt(value);
    expect(crockfordCheckSymbol(values)).toBe(CROCKFORD_CHECK_ALPHABET[Number(expected % 37n)]);
  });
});
