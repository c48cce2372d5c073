/**
 * 1,000 randomly mutated flow files — deleted lines, swapped indentation,
 * wrong types, huge values, binary bytes, truncation — never crash the
 * checker; every diagnostic points inside the file; a mutant the checker
 * accepts still compiles and walks.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkProject } from '../../src/core/flows/check-project.ts';
import { compileFlow } from '../../src/core/flows/compile-flow.ts';
import { startWalk, viewOf } from '../../src/core/flows/walk.ts';
import { seededRandom } from '../../bench/generate-flow.ts';

const root = join(import.meta.dirname, '../..');
const handoff = { file: 'content/handoff.yaml', text: readFileSync(join(root, 'content/handoff.yaml'), 'utf8') };
const originals = readdirSync(join(root, 'flows'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ file: `flows/${f}`, text: readFileSync(join(root, 'flows', f), 'utf8') }));
const articles = [
  'router-lights', 'restart-router', 'wifi-troubleshooting', 'service-status', 'read-your-invoice',
  'roaming-charges', 'premium-sms', 'track-delivery', 'return-item', 'reset-password',
].map((id) => ({ id, locale: 'en' as const, file: `content/en/${id}.md`, audience: 'public' as const }));

type Mutation = (lines: string[], random: () => number) => string[];
const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)]!;
const line = (lines: string[], random: () => number) => Math.floor(random() * lines.length);
/** A random line that holds a key (`key: value` or `key:`), where a mutation changes the structure, not just prose. */
const keyLine = (lines: string[], random: () => number) => {
  const candidates = lines.flatMap((l, i) => (/^\s*(- )?[a-z-]+:(\s|$)/.test(l) ? [i] : []));
  return candidates.length ? candidates[Math.floor(random() * candidates.length)]! : line(lines, random);
};

const MUTATIONS: Record<string, Mutation> = {
  'delete a line': (lines, r) => {
    const i = keyLine(lines, r);
    return lines.filter((_, j) => j !== i);
  },
  'indent a line': (lines, r) => {
    const i = keyLine(lines, r);
    return lines.map((l, j) => (j === i ? '  ' + l : l));
  },
  'dedent a line': (lines, r) => {
    const i = keyLine(lines, r);
    return lines.map((l, j) => (j === i ? l.replace(/^ {1,3}/, '') : l));
  },
  'tab-indent a line': (lines, r) => {
    const i = keyLine(lines, r);
    return lines.map((l, j) => (j === i ? l.replace(/^ +/, '\t') : l));
  },
  'swap two lines': (lines, r) => {
    const a = keyLine(lines, r);
    const out = [...lines];
    [out[a], out[a + 1]] = [out[a + 1] ?? '', out[a]!];
    return out;
  },
  'wrong type': (lines, r) => {
    const i = keyLine(lines, r);
    const value = pick(['[1, 2, 3]', '{ a: 1 }', '42', 'true', 'null', '~', '""', '-', '!!binary aGVsbG8=', '*nothing', '&a [*a]'], r);
    return lines.map((l, j) => (j === i ? l.replace(/:\s.*$/, `: ${value}`) : l));
  },
  'huge value': (lines, r) => {
    const i = keyLine(lines, r);
    const value = pick(['x'.repeat(200_000), '[' + '['.repeat(5_000), JSON.stringify('ü'.repeat(50_000)), Array(20_000).fill('a').join(', ')], r);
    return lines.map((l, j) => (j === i ? l.replace(/:\s.*$/, `: ${value}`) : l));
  },
  'binary bytes': (lines, r) => {
    const i = line(lines, r);
    const bytes = Array.from({ length: 1 + Math.floor(r() * 8) }, () => String.fromCharCode(Math.floor(r() * 32))).join('');
    const junk = pick([bytes, '\u0000\u0001\u0002', '\uD800', '\uFFFE', '\u001b[31m', '\u202E'], r);
    return lines.map((l, j) => (j === i ? l.slice(0, l.length >> 1) + junk + l.slice(l.length >> 1) : l));
  },
  'truncate': (lines, r) => lines.slice(0, line(lines, r)),
  'duplicate a line': (lines, r) => {
    const i = keyLine(lines, r);
    return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)];
  },
  'break a quote': (lines, r) => {
    const quoted = lines.flatMap((l, i) => (/["']/.test(l) ? [i] : []));
    const i = quoted.length ? quoted[Math.floor(r() * quoted.length)]! : line(lines, r);
    return lines.map((l, j) => (j === i ? l.replace(/["']/, '') : l));
  },
  'yaml bomb': () => ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill('*' + 'abcdefghij'[i]).join(',')}]`)],
};

describe('the checker on hostile input', () => {
  it('never throws on 1,000 mutated flows, and points every diagnostic inside the file', () => {
    const random = seededRandom(20261122);
    const names = Object.keys(MUTATIONS);
    let withDiagnostics = 0;
    const runs = 1000;
    for (let n = 0; n < runs; n++) {
      const original = originals[n % originals.length]!;
      const name = names[n % names.length]!;
      const text = MUTATIONS[name]!(original.text.split('\n'), random).join('\n');
      const label = `mutation #${n} (${name}) of ${original.file}`;
      let result;
      try {
        result = checkProject({ flows: [{ file: original.file, text }, ...originals.filter((o) => o !== original)], handoff, articles });
      } catch (error) {
        throw new Error(`${label} crashed the checker: ${String(error)}`);
      }
      const lineCount = text.split('\n').length;
      const own = result.diagnostics.filter((d) => d.file === original.file);
      for (const d of own) {
        expect(d.line, label).toBeGreaterThanOrEqual(1);
        expect(d.line, label).toBeLessThanOrEqual(lineCount + 1);
        expect(d.column, label).toBeGreaterThanOrEqual(1);
        expect(d.message.length, label).toBeGreaterThan(0);
        expect(d.hint ?? '', label).not.toMatch(/\n\s+at /);
      }
      if (own.length > 0) withDiagnostics++;
      const id = original.file.slice('flows/'.length, -'.yaml'.length);
      if (result.flows.has(id)) {
        // Accepted: it must still compile and show its first step.
        const compiled = compileFlow(id, result.flows);
        expect(viewOf(compiled, startWalk(compiled), 'en', { audience: 'customer' }).text, label).not.toBe('');
      }
    }
    // Most mutations must be caught; the rest (e.g. deleting an optional line) are valid flows.
    expect(withDiagnostics / runs).toBeGreaterThan(0.8);
    // 1,000 whole-project checks: allow for a busy machine (this asserts behaviour, not speed).
  }, 120_000);
});
