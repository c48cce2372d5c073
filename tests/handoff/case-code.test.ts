import { describe, expect, it } from 'vitest';
import {
  CASE_CODE_FORMAT_VERSION,
  decodeCaseCode,
  encodeCaseCode,
  findFlowKeyCollisions,
  flowKeyOf,
  formatCaseCode,
  resolveFlowKey,
  type CaseCodeInput,
  type CaseCodeResult,
} from '../../src/core/handoff/case-code.ts';
import { CROCKFORD_ALPHABET, crockfordCheckSymbol, encodeSymbols } from '../../src/core/handoff/crockford-base32.ts';
import { LOCALES } from '../../src/core/locales.ts';

/** A seeded generator (mulberry32), so every run checks the same codes. */
function random(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

/** A random valid walk; flow versions are spread over every bit length up to 16. */
function randomInput(next: (below: number) => number, maxAnswers: number): CaseCodeInput {
  const bitLength = 1 + next(16);
  const flowVersion = Math.min(65_535, 2 ** (bitLength - 1) + next(2 ** (bitLength - 1)));
  return {
    flowId: `flow-${next(100_000)}`,
    flowVersion,
    locale: LOCALES[next(LOCALES.length)] ?? 'en',
    answers: Array.from({ length: next(maxAnswers + 1) }, () => next(9)),
  };
}

/** What decoding a code for `input` should give. */
function expected(input: CaseCodeInput): CaseCodeResult {
  const { flowId, flowVersion, locale, answers } = input;
  return {
    ok: true,
    value: { formatVersion: 1, flowKey: flowKeyOf(flowId), flowVersion, locale, answers: [...answers] },
  };
}

/** A code with a correct check symbol around any bit string, to reach the errors a typo cannot. */
function codeFromBits(bits: string): string {
  const padded = bits.padEnd(Math.ceil(bits.length / 5) * 5, '0');
  const symbols = (padded.match(/.{5}/g) ?? []).map((chunk) => parseInt(chunk, 2));
  return encodeSymbols(symbols) + crockfordCheckSymbol(symbols);
}
/** Format 1, locale en, flow key 0, flow version 1. */
const HEADER = `001000${'0'.repeat(20)}1`;
const END = '11111';

const walk: CaseCodeInput = {
  flowId: 'internet-down',
  flowVersion: 3,
  locale: 'da',
  answers: [1, 0, 2, 1, 1, 3, 0, 1, 1, 2, 1, 1],
};

describe('encoding a walk', () => {
  it('gives a 16-character code for a typical 12-answer walk: 4QH0-DPJ5-MB2Z-G*', () => {
    // Pinned: codes already read out must keep meaning the same walk.
    expect(encodeCaseCode(walk)).toBe('4QH0-DPJ5-MB2Z-G*');
  });

  it('fits any 12 answers of a flow up to version 31 in 20 symbols plus the check', () => {
    const worst = encodeCaseCode({ flowId: 'x', flowVersion: 31, locale: 'lt', answers: Array(12).fill(8) });
    expect(worst.replaceAll('-', '')).toHaveLength(21);
    const next = random(12);
    for (let i = 0; i < 200; i++) {
      const answers = Array.from({ length: 12 }, () => next(9));
      const code = encodeCaseCode({ flowId: `f${i}`, flowVersion: 1 + next(31), locale: 'en', answers });
      expect(code.replaceAll('-', '').length).toBeLessThanOrEqual(21);
    }
  });

  it('groups the symbols in fours with hyphens', () => {
    expect(encodeCaseCode({ flowId: 'x', flowVersion: 1, locale: 'en', answers: [] })).toMatch(/^[0-9A-Z]{4}-[0-9A-Z*~$=U]{4}$/);
  });

  it('throws a RangeError for data no walk can produce', () => {
    const bad: Partial<CaseCodeInput>[] = [
      { flowVersion: 0 },
      { flowVersion: 65_536 },
      { flowVersion: 1.5 },
      { answers: [9] },
      { answers: [-1] },
      { answers: [0.5] },
      { answers: Array(251).fill(0) },
      { locale: 'xx' as never },
    ];
    for (const change of bad) expect(() => encodeCaseCode({ ...walk, ...change })).toThrow(RangeError);
  });
});

describe('decoding a code', () => {
  it('gives back what was encoded, for random walks in every locale, version and length', () => {
    const next = random(1);
    const inputs = Array.from({ length: 1000 }, () => randomInput(next, 250));
    inputs.push(
      { flowId: 'a', flowVersion: 1, locale: 'en', answers: [] },
      { flowId: 'b', flowVersion: 65_535, locale: 'lt', answers: Array(250).fill(8) },
      ...LOCALES.map((locale) => ({ ...walk, locale })),
    );
    for (const input of inputs) expect(decodeCaseCode(encodeCaseCode(input))).toEqual(expected(input));
  });

  it('reads codes in any case, with spaces, dots or dashes, and with O, I and L for 0 and 1', () => {
    expect(decodeCaseCode('4qh0 dpj5.mb2z – g*')).toEqual(expected(walk));
    expect(decodeCaseCode('4QHo-DPJ5-MB2Z-G*')).toEqual(expected(walk));
    const code = codeFromBits(`001000${'0001'}${'00001'}${'0'.repeat(11)}1${END}`);
    expect(code).toMatch(/^411/);
    const decoded = decodeCaseCode(code);
    expect(decoded.ok).toBe(true);
    for (const alias of ['i', 'I', 'l', 'L']) expect(decodeCaseCode(code.replaceAll('1', alias))).toEqual(decoded);
  });

  it('reports the version of the format it read', () => {
    const result = decodeCaseCode(encodeCaseCode(walk));
    expect(result.ok && result.value.formatVersion).toBe(CASE_CODE_FORMAT_VERSION);
  });
});

describe('typing mistakes', () => {
  const next = random(7);
  const codes = Array.from({ length: 300 }, () => encodeCaseCode(randomInput(next, 40)).replaceAll('-', ''));
  const typeable = `${CROCKFORD_ALPHABET}*~$=U`;

  it(`are caught for every wrong character in ${codes.length} random codes`, () => {
    for (const code of codes) {
      for (let i = 0; i < code.length; i++) {
        for (const char of typeable) {
          if (char === code[i]) continue;
          const typo = code.slice(0, i) + char + code.slice(i + 1);
          expect(decodeCaseCode(typo).ok, `${code} typed as ${typo}`).toBe(false);
        }
      }
    }
  });

  it(`are caught for every swap of two neighbouring characters in ${codes.length} random codes`, () => {
    for (const code of codes) {
      for (let i = 0; i + 1 < code.length; i++) {
        if (code[i] === code[i + 1]) continue;
        const typo = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(decodeCaseCode(typo).ok, `${code} typed as ${typo}`).toBe(false);
      }
    }
  });

  it('gives a message and a hint for each problem', () => {
    const errors = ['', ' - ', '4QH0-#PJ5-MB2Z-G*', '4QH0-DUJ5-MB2Z-G*', '4QH0-DPJ', '4', '4QH0-DPJ5-MB2Z-GU'].map(
      (typed) => {
        const result = decodeCaseCode(typed);
        return result.ok ? result : { typed, ...result.error };
      },
    );
    expect(errors).toMatchInlineSnapshot(`
      [
        {
          "code": "empty",
          "hint": "Type the code the customer reads out; spaces and hyphens are optional.",
          "message": "The case code is empty.",
          "typed": "",
        },
        {
          "code": "empty",
          "hint": "Type the code the customer reads out; spaces and hyphens are optional.",
          "message": "The case code is empty.",
          "typed": " - ",
        },
        {
          "code": "bad-character",
          "hint": "Case codes use the digits 0-9 and the letters A-Z except I, L, O and U.",
          "message": ""#" at position 6 is not used in case codes.",
          "position": 6,
          "typed": "4QH0-#PJ5-MB2Z-G*",
        },
        {
          "code": "bad-character",
          "hint": "Case codes use the digits 0-9 and the letters A-Z except I, L, O and U.",
          "message": ""U" at position 7 can only be the last character of a case code.",
          "position": 7,
          "typed": "4QH0-DUJ5-MB2Z-G*",
        },
        {
          "code": "too-short",
          "hint": "Check that you typed all of it: the customer reads it out in groups of four.",
          "message": "This code has 7 characters; a case code has at least 8.",
          "typed": "4QH0-DPJ",
        },
        {
          "code": "too-short",
          "hint": "Check that you typed all of it: the customer reads it out in groups of four.",
          "message": "This code has 1 character; a case code has at least 8.",
          "typed": "4",
        },
        {
          "code": "check-mismatch",
          "hint": "Read the code again, character by character.",
          "message": "This code has a typo: one or more characters do not match.",
          "typed": "4QH0-DPJ5-MB2Z-GU",
        },
      ]
    `);
  });
});

describe('codes that pass the check but hold no valid case', () => {
  const errorOf = (bits: string) => {
    const result = decodeCaseCode(codeFromBits(bits));
    return result.ok ? undefined : result.error;
  };

  it('accepts the smallest code: no answers, just the end word', () => {
    expect(decodeCaseCode(codeFromBits(HEADER + END)).ok).toBe(true);
  });

  it('rejects a format version this console does not know', () => {
    expect(errorOf(`010${HEADER.slice(3)}${END}`)).toMatchInlineSnapshot(`
      {
        "code": "unsupported-version",
        "hint": "Reload the console to get the latest version, then type the code again.",
        "message": "This code uses case-code format 2; this console reads format 1.",
      }
    `);
    expect(errorOf(`000${HEADER.slice(3)}${END}`)?.code).toBe('unsupported-version');
  });

  it('rejects an unknown locale, a flow version above 65535, cut-off answers, too many answers and stray padding', () => {
    const header = (version: string) => `001000${'0'.repeat(20)}${version}`;
    const errors = [
      `001111${'0'.repeat(20)}1${END}`,
      header(`${'0'.repeat(16)}1${'0'.repeat(16)}`) + END,
      header(`${'0'.repeat(40)}`),
      HEADER + '01'.repeat(10),
      HEADER + '00'.repeat(251) + END,
      `${HEADER}${END}001`,
      `${HEADER}${END}00000000`,
    ].map(errorOf);
    expect(errors).toMatchInlineSnapshot(`
      [
        {
          "code": "malformed",
          "hint": "Ask the customer to read the code again. If it still fails, go through the troubleshooter together.",
          "message": "This code cannot be read: it names language number 7, which does not exist.",
        },
        {
          "code": "malformed",
          "hint": "Ask the customer to read the code again. If it still fails, go through the troubleshooter together.",
          "message": "This code cannot be read: its flow version is out of range.",
        },
        {
          "code": "malformed",
          "hint": "Ask the customer to read the code again. If it still fails, go through the troubleshooter together.",
          "message": "This code cannot be read: its flow version is out of range.",
        },
        {
          "code": "malformed",
          "hint": "Ask the customer to read the code again. If it still fails, go through the troubleshooter together.",
          "message": "This code cannot be read: its answers are cut off.",
        },
        {
          "code": "malformed",
          "hint": "Ask the customer to read the code again. If it still fails, go through the troubleshooter together.",
          "message": "This code cannot be read: it has more than 250 answers.",
        },
        {
          "code": "malformed",
          "hint": "Ask the customer to read the code again. If it still fails, go through the troubleshooter together.",
          "message": "This code cannot be read: it has extra characters after the answers.",
        },
        {
          "code": "malformed",
          "hint": "Ask the customer to read the code again. If it still fails, go through the troubleshooter together.",
          "message": "This code cannot be read: it has extra characters after the answers.",
        },
      ]
    `);
  });

  it('accepts the largest flow version and exactly 250 answers', () => {
    const largest = `001000${'0'.repeat(20)}${'0'.repeat(15)}${'1'.repeat(16)}${'00'.repeat(250)}${END}`;
    const result = decodeCaseCode(codeFromBits(largest));
    expect(result.ok && [result.value.flowVersion, result.value.answers.length]).toEqual([65_535, 250]);
  });
});

describe('formatting a code for display', () => {
  it('tidies what was typed into groups of four', () => {
    expect(formatCaseCode(' 4qh0 dpj5.mb2z-g* ')).toBe('4QH0-DPJ5-MB2Z-G*');
    expect(formatCaseCode('4QHODPJ5')).toBe('4QH0-DPJ5');
    expect(formatCaseCode('')).toBe('');
  });

  it('keeps characters that are no symbol, so the mistake stays visible', () => {
    expect(formatCaseCode('4qh#dp')).toBe('4QH#-DP');
  });
});

describe('flow keys', () => {
  it('are FNV-1a of the flow id folded to 20 bits', () => {
    const fnv1aOfA = 0xe40c292c; // the published FNV-1a 32-bit hash of "a"
    expect(flowKeyOf('a')).toBe(((fnv1aOfA >>> 20) ^ fnv1aOfA) & 0xfffff);
    expect(flowKeyOf('internet-down')).toBe(493_595);
  });

  it('lead back to the flow id among the known flows', () => {
    const ids = ['cannot-sign-in', 'internet-down', 'wifi-slow'];
    expect(resolveFlowKey(flowKeyOf('internet-down'), ids)).toBe('internet-down');
    expect(resolveFlowKey(flowKeyOf('printer-jam'), ids)).toBeUndefined();
  });

  it('resolve to nothing when two flows share a key, rather than to the wrong flow', () => {
    expect(flowKeyOf('flow-711')).toBe(flowKeyOf('flow-928'));
    expect(resolveFlowKey(flowKeyOf('flow-711'), ['flow-711', 'flow-928'])).toBeUndefined();
    expect(resolveFlowKey(flowKeyOf('flow-711'), ['flow-711', 'flow-711'])).toBe('flow-711');
  });

  it('collisions are listed so a build can reject them', () => {
    expect(findFlowKeyCollisions(['flow-928', 'internet-down', 'flow-711', 'flow-711'])).toEqual([['flow-711', 'flow-928']]);
    expect(findFlowKeyCollisions(['internet-down', 'wifi-slow'])).toEqual([]);
  });
});
