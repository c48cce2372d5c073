import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getScalarValue, type ScalarEvent } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { generateFlowYaml, seededRandom } from '../../bench/generate-flow.ts';
import type { YamlBuilder } from '../../src/core/flows/_yaml-builder.ts';
import { scanPlainYaml } from '../../src/core/flows/_yaml-fast-scanner.ts';
import { tellJsYamlEvents } from '../../src/core/flows/_yaml-js-events.ts';
import { findInvalidCharacter } from '../../src/core/flows/_yaml-problems.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/** A builder that writes down every event it is told, scalars with their decoded text. */
function recorder(text: string): YamlBuilder & { events: string[] } {
  const events: string[] = [];
  return {
    events,
    stopped: false,
    reserve() {},
    document: (explicit) => events.push(`document ${explicit}`),
    open: (isMap, ...at) => events.push(`${isMap ? 'mapping' : 'list'} ${at.join(' ')}`),
    pop: () => events.push('pop'),
    scalar(tokenStart, valueStart, valueEnd, style, fast, indent, ...rest) {
      const event = rest[4] as ScalarEvent | undefined;
      const value = valueStart < 0 ? '' : fast ? text.slice(valueStart, valueEnd) : getScalarValue(text, event!);
      events.push(`scalar ${tokenStart} ${valueStart} ${valueEnd} ${style} ${fast} ${indent} ${rest.slice(0, 4).join(' ')} ${JSON.stringify(value)}`);
    },
    alias: (start, end) => events.push(`alias ${start} ${end}`),
    finish: () => ({ ok: false }),
  };
}

/**
 * The scanner's promise: when it reads a text, js-yaml reads it too, into
 * exactly the same events. Returns whether the scanner read it. Like
 * parseYaml, it is given only text without characters YAML forbids.
 */
function expectSameEvents(text: string): boolean {
  if (findInvalidCharacter(text)) return false;
  const fast = recorder(text);
  const read = scanPlainYaml(text, fast);
  const slow = recorder(text);
  const problem = tellJsYamlEvents(text, slow);
  if (!read) return false;
  expect(problem, text).toBeUndefined();
  expect(fast.events, text).toEqual(slow.events);
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : yamlFiles(path);
    return entry.name.endsWith('.yaml') ? [readFileSync(path, 'utf8')] : [];
  });
}

const SAMPLES = [...yamlFiles(join(ROOT, 'flows')), ...yamlFiles(join(ROOT, 'tests/fixtures')), ...yamlFiles(join(ROOT, 'content'))];
/** Characters that change what YAML means, and a few that do not. */
const TRICKY = [':', ' ', '  ', '#', ' #', '"', "'", "''", '\\', '\\"', '\\x41', '-', '- ', '{', '}', '[', ']', ',', '\n', '\n  ', '\t', '\r', '&a ', '*a', '!', '|', '>', '?', '%', '@', '`', '~', '.', '1', 'é', '\u2028', ': ', 'x'];

/** One random change to a text: a tricky character put in, a character or line taken out, a line indented or moved. */
function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const lines = text.split('\n');
  const line = Math.floor(random() * lines.length);
  switch (Math.floor(random() * 5)) {
    case 0:
      return text.slice(0, at) + TRICKY[Math.floor(random() * TRICKY.length)] + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
    case 2:
      lines[line] = ' '.repeat(1 + Math.floor(random() * 3)) + lines[line];
      return lines.join('\n');
    case 3:
      lines[line] = lines[line]!.replace(/^ {1,2}/, '');
      return lines.join('\n');
    default:
      lines.splice(line, 1);
      return lines.join('\n');
  }
}

describe('scanPlainYaml', () => {
  test('reads generated flows and most sample flows, into the events js-yaml gives', () => {
    expect(expectSameEvents(generateFlowYaml('big', 300, 7))).toBe(true);
    expect(expectSameEvents(generateFlowYaml('small', 12, 2))).toBe(true);
    const read = SAMPLES.filter((text) => expectSameEvents(text)).length;
    expect(read).toBeGreaterThan(SAMPLES.length / 2);
  });

  test('gives the same events as js-yaml, or leaves the text to it, over 3,000 random changes', () => {
    const random = seededRandom(7);
    const bases = [...SAMPLES, generateFlowYaml('gen', 20, 3)];
    let read = 0;
    for (let i = 0; i < 3000; i++) {
      let text = bases[i % bases.length]!;
      for (let k = 0, changes = 1 + Math.floor(random() * 2); k < changes; k++) text = mutate(text, random);
      if (expectSameEvents(text)) read++;
    }
    // Many changes keep the text in the scanner's subset; they must be read, not all left to js-yaml.
    expect(read).toBeGreaterThan(500);
  });

  test('leaves anchors, tags, several documents, explicit block indents and quoted or plain text over several lines to js-yaml', () => {
    const texts = [
      'a: |2\n  text\n', 'a: |\n  text\n   ', 'a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: 1\n---\nb: 2\n', '--- \na: 1\n',
      'a: one\n  two\n', 'a: "one\n  two"\n', 'a:\n- x\n', 'a: { b: 1,\n  c: 2 }\n', 'a: 1\r\nb: 2\r\n', 'a:\tb\n', '? a\n: b\n',
      '"a": 1\n', 'a: [b, ]\n', 'a: 1\n   ',
    ];
    for (const text of texts) expect(scanPlainYaml(text, recorder(text)), text).toBe(false);
  });

  test('reads block scalars as js-yaml does: chomping, blank lines, comments, more-indented lines, empty ones', () => {
    const texts = [
      'a: |\n  one\n  two\n', 'a: >-\n  one\n\n  two\n    deeper\nb: 1\n', 'a: |+ # keep\n  one\n\n\n', 'a: >\n\n  \n  one\n', 'a: >-\n  no line end', 'a: |\n  text\n   \n',
      'a:\n  - >-\n    item\n  - b: |\n      in a mapping\n    c: d\n', 'a: |\nb: 1\n', 'a: |-\n  one\n# comment\nb: 2\n',
    ];
    for (const text of texts) expect(expectSameEvents(text), text).toBe(true);
  });

  test('reads empty values, comments, quotes with escapes and compact mappings in lists', () => {
    const text = [
      '# comment', 'a:', 'b: # comment', '  c: x # comment', '  d: "q \\" q"  # comment', "  e: 'it''s'", 'f:',
      '  - g: [1, "two", { h: i }]', '    j: {}', '  # between', '  - plain, text [x]', '', 'k: ~', 'l: true',
    ].join('\n');
    expect(expectSameEvents(text)).toBe(true);
  });
});
