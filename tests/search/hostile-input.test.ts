import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locales.ts';
import { sampleIndexes } from './sample-index.ts';
import { seededRandom as random } from '../../bench/seeded-random.ts';

const PIECES = [
  ':', '~', '^', '+', '-', '*', '"', '\\', '(', ')', '[', ']', '{', '}', '/', '?', '!', '|', '&', '<', '>',
  'title:', 'body:router', 'router~2', 'router^10', '+router', '-router', '*rout', 'rout*', '"router lights"',
  '🙂', '👨‍👩‍👧', '🇩🇰', '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u200b', '\u200f', '\u202e', '\ufeff', '\ufffd',
  '\ud800', '\udfff', '\u0301', '\u0308\u0308\u0308', 'Š', 'ß', 'ı', 'İ', 'ǅ', 'Ꙁ', '𝔘', '١٢٣', '漢字', 'ﷺ',
  ' ', '\t', '\n', '\r\n', 'router', 'Gebühr', 'maršrutizatorius', 'verkkovierailu', 'lösenord', 'adgangskode',
  'the', 'und', 'ir', '0', '99999999999999999999', 'NaN', 'undefined', '__proto__', 'constructor', 'toString',
  '<script>alert(1)</script>', '%s%n', '${x}', "'; DROP TABLE", '.*+?^$', '(?:)', 'a'.repeat(41),
];

/** Hostile query number `i`: mostly short mixes, sometimes enormous. */
function hostile(next: () => number, i: number): string {
  if (i % 500 === 0) return Array.from({ length: 10_000 }, () => String.fromCharCode(Math.floor(next() * 0x10000))).join('');
  if (i % 500 === 1) return 'router '.repeat(1_500).slice(0, 10_000);
  if (i % 97 === 0) return '';
  const parts = 1 + Math.floor(next() * 8);
  let s = '';
  for (let p = 0; p < parts; p++) {
    s += next() < 0.15 ? String.fromCodePoint(Math.floor(next() * 0x10ffff) & ~0x800) : PIECES[Math.floor(next() * PIECES.length)]!;
  }
  return s;
}

describe('hostile input', () => {
  it.each(LOCALES)('never throws and always answers promptly: 10,000 generated queries (%s)', async (locale) => {
    const searcher = (await sampleIndexes()).searchers.get(locale)!;
    const next = random(LOCALES.indexOf(locale) + 1);
    const times: number[] = [];
    for (let i = 0; i < 10_000; i++) {
      const query = hostile(next, i);
      const start = performance.now();
      const results = await searcher.search(query, { limit: 10 });
      times.push(performance.now() - start);
      expect(results.complete).toBe(true);
      expect(Array.isArray(results.hits)).toBe(true);
      for (const hit of results.hits) expect(Number.isFinite(hit.score)).toBe(true);
      if (results.hits[0]) await searcher.snippet(results.hits[0]);
    }
    // Generous bounds: test files share two cores, and a garbage collection can pause any single query.
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length * 0.99)]).toBeLessThan(25);
    expect(times[times.length - 1]).toBeLessThan(1_000);
  }, 120_000);

  it('accepts limits that are not numbers', async () => {
    const searcher = (await sampleIndexes()).searchers.get('en')!;
    for (const limit of [-1, 0, 1e9, Number.NaN, 2.5]) {
      const { hits } = await searcher.search('router', { limit });
      expect(hits.length).toBeLessThanOrEqual(100);
    }
  });
});
