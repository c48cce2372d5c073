/**
 * Case codes: when a troubleshooter ends without a fix, the customer reads a
 * short code over the phone and the representative's console rebuilds the
 * exact walk from it, with no server in between.
 *
 * The code is a bit string, most significant bit first:
 *
 *   format version   3 bits (= 1)
 *   locale           3 bits, the index in LOCALES (append new locales; never reorder)
 *   flow key        20 bits, `flowKeyOf(flowId)`
 *   flow version     Elias gamma code: n-1 zeros, then the version in n bits
 *   answers          one prefix-code word per answer (see ANSWER_WORDS), then the end word
 *   padding          zeros up to a whole number of 5-bit symbols
 *
 * written in Crockford base32 and followed by Crockford's mod-37 check
 * symbol, grouped in fours: `7K3M-QX2P-4RTA-9`.
 */
import { LOCALES, type Locale } from '../locales.ts';
import {
  CROCKFORD_CHECK_ALPHABET,
  canonicalSymbol,
  checkSymbolValue,
  crockfordCheckSymbol,
  encodeSymbols,
} from './crockford-base32.ts';

/** The format version this module writes and reads. */
export const CASE_CODE_FORMAT_VERSION = 1;
/** The most answers a case code holds. */
export const MAX_CASE_CODE_ANSWERS = 250;

const MAX_ANSWER = 8;
const MAX_FLOW_VERSION = 65_535;
const FLOW_KEY_BITS = 20;

/**
 * Answer words, indexed by answer (0..8) with the end marker last. Step
 * outcomes (0, 1) and the first options of a question are by far the most
 * common answers, so they get the shortest words. The code is complete: every
 * bit string starts with exactly one word.
 */
const ANSWER_WORDS: readonly (readonly [bits: number, width: number])[] = [
  [0b00, 2], [0b01, 2], [0b100, 3], [0b101, 3], [0b1100, 4], [0b1101, 4],
  [0b11100, 5], [0b11101, 5], [0b11110, 5], [0b11111, 5],
];
const END_WORD = MAX_ANSWER + 1;

/** Format version, locale, a key, version 1 and the end word, padded; plus the check symbol. */
const MIN_SYMBOLS = Math.ceil((3 + 3 + FLOW_KEY_BITS + 1 + 5) / 5) + 1;

/** What `encodeCaseCode` needs to know about a walk. */
export interface CaseCodeInput {
  flowId: string;
  flowVersion: number;
  locale: Locale;
  /** The index of the option chosen at each question or step, in order. */
  answers: readonly number[];
}

/** What a case code holds. The flow is named by its key: see `resolveFlowKey`. */
export interface DecodedCaseCode {
  formatVersion: number;
  flowKey: number;
  flowVersion: number;
  locale: Locale;
  answers: number[];
}

/** Why a typed case code cannot be read. */
export interface CaseCodeError {
  code: 'empty' | 'bad-character' | 'too-short' | 'check-mismatch' | 'malformed' | 'unsupported-version';
  message: string;
  hint: string;
  /** 1-based position of the offending character in what was typed. */
  position?: number;
}

/** The outcome of `decodeCaseCode`. */
export type CaseCodeResult = { ok: true; value: DecodedCaseCode } | { ok: false; error: CaseCodeError };

/**
 * The 20-bit key a case code carries instead of the flow id: FNV-1a (32 bits)
 * of the id, xor-folded to 20 bits. Flow ids are ASCII, so hashing UTF-16
 * code units equals hashing the UTF-8 bytes.
 */
export function flowKeyOf(flowId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < flowId.length; i++) {
    hash = Math.imul(hash ^ flowId.charCodeAt(i), 0x01000193) >>> 0;
  }
  return ((hash >>> FLOW_KEY_BITS) ^ hash) & ((1 << FLOW_KEY_BITS) - 1);
}

/**
 * The flow id among `flowIds` whose key is `flowKey`. `undefined` when none
 * matches, and also when several do: rebuilding the wrong flow is worse than
 * rebuilding none (`findFlowKeyCollisions` lets a build rule that out).
 */
export function resolveFlowKey(flowKey: number, flowIds: Iterable<string>): string | undefined {
  let found: string | undefined;
  for (const id of flowIds) {
    if (flowKeyOf(id) !== flowKey || id === found) continue;
    if (found !== undefined) return undefined;
    found = id;
  }
  return found;
}

/** Groups of distinct flow ids that share a key, so a build can reject them. */
export function findFlowKeyCollisions(flowIds: Iterable<string>): string[][] {
  const byKey = new Map<number, Set<string>>();
  for (const id of flowIds) {
    const key = flowKeyOf(id);
    byKey.set(key, (byKey.get(key) ?? new Set()).add(id));
  }
  return [...byKey.values()].filter((ids) => ids.size > 1).map((ids) => [...ids].sort());
}

// Separators people type or paste between groups: whitespace, dots, hyphens and dashes.
const SEPARATOR = /^[\s.\-\u2010-\u2015\u2212]$/u;

/**
 * Tidies a code for display: drops separators, upper-cases, reads O as 0 and
 * I or L as 1, and groups the symbols in fours with hyphens. Characters that
 * are not symbols are kept, so a typing mistake stays visible.
 */
export function formatCaseCode(raw: string): string {
  let symbols = '';
  for (const char of raw) if (!SEPARATOR.test(char)) symbols += canonicalSymbol(char);
  return (symbols.match(/.{1,4}/gsu) ?? []).join('-');
}

/**
 * Writes a walk as a case code. Only called with data from a real walk, so
 * out-of-range input is a programming error and throws a RangeError.
 */
export function encodeCaseCode(input: CaseCodeInput): string {
  const { flowId, flowVersion, locale, answers } = input;
  const localeIndex = LOCALES.indexOf(locale);
  if (localeIndex === -1 || localeIndex > 7) throw new RangeError(`locale "${locale}" has no 3-bit case-code index`);
  if (!Number.isInteger(flowVersion) || flowVersion < 1 || flowVersion > MAX_FLOW_VERSION) {
    throw new RangeError(`flow version ${flowVersion} is outside 1..${MAX_FLOW_VERSION}`);
  }
  if (answers.length > MAX_CASE_CODE_ANSWERS) {
    throw new RangeError(`${answers.length} answers is more than ${MAX_CASE_CODE_ANSWERS}`);
  }

  const bits: number[] = [];
  const write = (value: number, width: number): void => {
    for (let shift = width - 1; shift >= 0; shift--) bits.push(Math.floor(value / 2 ** shift) % 2);
  };
  write(CASE_CODE_FORMAT_VERSION, 3);
  write(localeIndex, 3);
  write(flowKeyOf(flowId), FLOW_KEY_BITS);
  const versionWidth = Math.floor(Math.log2(flowVersion)) + 1;
  write(0, versionWidth - 1);
  write(flowVersion, versionWidth);
  for (const answer of answers) {
    const word = Number.isInteger(answer) && answer >= 0 && answer <= MAX_ANSWER ? ANSWER_WORDS[answer] : undefined;
    if (word === undefined) throw new RangeError(`answer ${answer} is outside 0..${MAX_ANSWER}`);
    write(...word);
  }
  write(...(ANSWER_WORDS[END_WORD] ?? [0, 0]));
  while (bits.length % 5 !== 0) bits.push(0);

  const symbols: number[] = [];
  for (let i = 0; i < bits.length; i += 5) symbols.push(bits.slice(i, i + 5).reduce((acc, bit) => acc * 2 + bit, 0));
  return formatCaseCode(encodeSymbols(symbols) + crockfordCheckSymbol(symbols));
}

const SYMBOL_HINT = 'Case codes use the digits 0-9 and the letters A-Z except I, L, O and U.';
const RETRY_HINT = 'Ask the customer to read the code again. If it still fails, go through the troubleshooter together.';

const fail = (error: CaseCodeError): CaseCodeResult => ({ ok: false, error });
const malformed = (detail: string): CaseCodeResult =>
  fail({ code: 'malformed', message: `This code cannot be read: ${detail}.`, hint: RETRY_HINT });

/**
 * Reads a case code as typed by a person. Forgiving in form (any case;
 * spaces, hyphens and dots ignored; O read as 0, I and L as 1) and strict in
 * content: every problem is returned as an error with a message and a hint.
 */
export function decodeCaseCode(input: string): CaseCodeResult {
  const typed: { char: string; position: number; value: number | undefined }[] = [];
  let position = 0;
  for (const char of input) {
    position++;
    if (!SEPARATOR.test(char)) typed.push({ char, position, value: checkSymbolValue(char) });
  }

  const last = typed.at(-1);
  if (last === undefined) {
    return fail({
      code: 'empty',
      message: 'The case code is empty.',
      hint: 'Type the code the customer reads out; spaces and hyphens are optional.',
    });
  }
  for (const symbol of typed) {
    if (symbol.value !== undefined && (symbol.value < 32 || symbol === last)) continue;
    const where = `${JSON.stringify(symbol.char)} at position ${symbol.position}`;
    return fail({
      code: 'bad-character',
      message:
        symbol.value === undefined
          ? `${where} is not used in case codes.`
          : `${where} can only be the last character of a case code.`,
      hint: SYMBOL_HINT,
      position: symbol.position,
    });
  }
  if (typed.length < MIN_SYMBOLS) {
    const count = `${typed.length} character${typed.length === 1 ? '' : 's'}`;
    return fail({
      code: 'too-short',
      message: `This code has ${count}; a case code has at least ${MIN_SYMBOLS}.`,
      hint: 'Check that you typed all of it: the customer reads it out in groups of four.',
    });
  }

  const payload = typed.slice(0, -1).map((symbol) => symbol.value ?? 0);
  if (crockfordCheckSymbol(payload) !== CROCKFORD_CHECK_ALPHABET[last.value ?? 0]) {
    return fail({
      code: 'check-mismatch',
      message: 'This code has a typo: one or more characters do not match.',
      hint: 'Read the code again, character by character.',
    });
  }
  return readPayload(payload);
}

/** Reads the bit string of a code whose check symbol matched. */
function readPayload(symbols: readonly number[]): CaseCodeResult {
  let offset = 0;
  const bitCount = symbols.length * 5;
  const bit = (index: number): number => ((symbols[Math.floor(index / 5)] ?? 0) >> (4 - (index % 5))) & 1;
  const read = (width: number): number | undefined => {
    if (offset + width > bitCount) return undefined;
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 2 + bit(offset++);
    return value;
  };

  const formatVersion = read(3) ?? 0;
  if (formatVersion !== CASE_CODE_FORMAT_VERSION) {
    return fail({
      code: 'unsupported-version',
      message: `This code uses case-code format ${formatVersion}; this console reads format ${CASE_CODE_FORMAT_VERSION}.`,
      hint: 'Reload the console to get the latest version, then type the code again.',
    });
  }
  const localeIndex = read(3) ?? 0;
  const locale = LOCALES[localeIndex];
  if (locale === undefined) return malformed(`it names language number ${localeIndex}, which does not exist`);
  const flowKey = read(FLOW_KEY_BITS) ?? 0;

  // Elias gamma: as many zeros as the version has bits after its leading 1.
  let zeros = 0;
  let leading = read(1);
  for (; leading === 0 && zeros < 16; leading = read(1)) zeros++;
  const rest = leading === 1 ? read(zeros) : undefined;
  const flowVersion = rest === undefined ? MAX_FLOW_VERSION + 1 : 2 ** zeros + rest;
  if (flowVersion > MAX_FLOW_VERSION) return malformed('its flow version is out of range');

  const answers: number[] = [];
  for (;;) {
    const answer = readAnswer(read);
    if (answer === undefined) return malformed('its answers are cut off');
    if (answer === END_WORD) break;
    if (answers.length === MAX_CASE_CODE_ANSWERS) return malformed(`it has more than ${MAX_CASE_CODE_ANSWERS} answers`);
    answers.push(answer);
  }
  const padding = bitCount - offset;
  if (padding >= 5 || read(padding) !== 0) return malformed('it has extra characters after the answers');

  return { ok: true, value: { formatVersion, flowKey, flowVersion, locale, answers } };
}

/** Reads one answer word (or the end word); `undefined` when the bits run out first. */
function readAnswer(read: (width: number) => number | undefined): number | undefined {
  let bits = 0;
  for (let width = 1; width <= 5; width++) {
    const next = read(1);
    if (next === undefined) return undefined;
    bits = bits * 2 + next;
    const index = ANSWER_WORDS.findIndex(([wordBits, wordWidth]) => wordWidth === width && wordBits === bits);
    if (index !== -1) return index;
  }
  return undefined;
}
