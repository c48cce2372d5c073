import { describe, expect, test } from 'vitest';
import { formatDiagnostics, positionAt } from '../../src/core/diagnostics.ts';
import { parseYaml } from '../../src/core/flows/parse-yaml.ts';

const FLOW = `# yaml-language-server: $schema=../schema/flow.schema.json
id: internet-down
version: 1
title: { en: "No internet", da: 'Intet internet' }
start: lights
empty:
nodes:
  lights:
    type: question
    options:
      - label: { en: "Green" }
        next: restart
      - label: { en: "Red" }
        next: "outage"
        when: "line == \\"fibre\\" and x"
`;

function problems(text: string): string {
  return formatDiagnostics(parseYaml(text, 'flows/x.yaml').diagnostics, 'human');
}

describe('parseYaml', () => {
  test('reads the document into plain values: text, numbers, null, lists and mappings', () => {
    const parsed = parseYaml(FLOW, 'flows/internet-down.yaml');
    expect(parsed.ok).toBe(true);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toMatchObject({
      id: 'internet-down',
      version: 1,
      title: { en: 'No internet', da: 'Intet internet' },
      empty: null,
      nodes: { lights: { type: 'question', options: [{ next: 'restart' }, { next: 'outage' }] } },
    });
  });

  test('the source map gives the line and column of any key and value', () => {
    const { map } = parseYaml(FLOW, 'flows/internet-down.yaml');
    const at = (p: { line: number; column: number }) => `${p.line}:${p.column}`;
    expect(at(map.keyAt(['nodes', 'lights', 'options', 1, 'next']))).toBe('14:9');
    expect(at(map.valueAt(['nodes', 'lights', 'options', 1, 'next']))).toBe('14:15');
    expect(at(map.valueAt(['nodes', 'lights', 'options', 0, 'next']))).toBe('12:15');
    expect(at(map.keyAt(['nodes', 'lights']))).toBe('8:3');
    expect(at(map.valueAt(['title', 'da']))).toBe('4:33');
    // A list item has no key: its position is the item's.
    expect(at(map.keyAt(['nodes', 'lights', 'options', 1]))).toBe('13:9');
  });

  test('an empty value is found at its key, and a path that does not exist at its nearest ancestor', () => {
    const { map } = parseYaml(FLOW, 'flows/internet-down.yaml');
    expect(map.valueAt(['empty'])).toMatchObject({ line: 6, column: 1 });
    expect(map.has(['nodes', 'lights', 'text'])).toBe(false);
    expect(map.keyAt(['nodes', 'lights', 'text'])).toMatchObject({ line: 8, column: 3 });
    expect(map.valueAt(['nodes', 'nope', 'options'])).toMatchObject({ line: 8, column: 3 });
  });

  test('positions inside a quoted string step over escapes', () => {
    const { map } = parseYaml(FLOW, 'flows/internet-down.yaml');
    // when: "line == \"fibre\" and x" — the decoded index of x is 21.
    expect(map.insideValueAt(['nodes', 'lights', 'options', 1, 'when'], 21)).toMatchObject({ line: 15, column: 39 });
    expect(map.insideValueAt(['nodes', 'lights', 'options', 1, 'when'], 8)).toMatchObject({ line: 15, column: 24 });
  });

  test('positions inside block scalars and single-quoted strings are exact', () => {
    const text = "a: >-\n  one\n  two == x\nb: 'it''s x'\n";
    const { map } = parseYaml(text, 'f.yaml');
    // Decoded "one two == x": index 8 is the first "=".
    expect(map.insideValueAt(['a'], 8)).toMatchObject({ line: 3, column: 7 });
    expect(map.insideValueAt(['b'], 5)).toMatchObject({ line: 4, column: 11 });
  });

  test('line and column agree with positionAt for every offset, with CRLF and a byte-order mark', () => {
    const text = 'a: 1\r\nb:\r\n  - x\r\n\r\nc: "é"\r\n';
    const { map } = parseYaml(text, 'f.yaml');
    for (let offset = 0; offset <= text.length; offset++) expect(map.positionOf(offset)).toEqual(positionAt(text, offset));
    const bom = parseYaml('\uFEFFid: x\n', 'f.yaml');
    expect(bom.map.valueAt(['id'])).toMatchObject({ line: 1, column: 5 });
  });

  test('a syntax error is reported at js-yaml\'s position, without its snippet', () => {
    expect(problems('id: x\ntitle:\n  en: a\n   da: b\n')).toMatchInlineSnapshot(`
      "flows/x.yaml:4:6: error: invalid YAML: bad indentation of a mapping entry [yaml-syntax]
        hint: Check the indentation: keys of one mapping line up, with spaces only, and a value that contains ": " or " #" must be in quotes.
      1 error, 0 warnings"
    `);
    expect(problems('id: x\nnodes:\n\t- a\n')).toContain('flows/x.yaml:3:1: error: invalid YAML: tab characters must not be used in indentation [yaml-syntax]\n  hint: Indent with spaces, never tabs.');
  });

  test('a duplicate key is reported at its second occurrence, naming the line of the first', () => {
    expect(problems('id: a\ntitle: { en: x }\nid: b\n')).toMatchInlineSnapshot(`
      "flows/x.yaml:3:1: error: key "id" appears twice in the same mapping [duplicate-key]
        hint: It is first set at line 1; remove one of the two.
      1 error, 0 warnings"
    `);
    const parsed = parseYaml('id: a\nid: b\n', 'f.yaml');
    expect(parsed.value).toEqual({ id: 'a' });
  });

  test('a node id defined twice under nodes: is a duplicate node', () => {
    expect(problems('nodes:\n  a: { type: resolution }\n  b: {}\n  a: {}\n')).toMatchInlineSnapshot(`
      "flows/x.yaml:4:3: error: node id "a" is defined twice (first at line 2) [duplicate-node]
        hint: Rename one of the nodes, or merge them into one.
      1 error, 0 warnings"
    `);
  });

  test('empty files, comment-only files and documents that are not a mapping are reported, not thrown', () => {
    for (const text of ['', '   \n', '# just a comment\n', '---\n', '~\n']) {
      const parsed = parseYaml(text, 'f.yaml');
      expect(parsed.ok).toBe(false);
      expect(parsed.diagnostics.map((d) => d.code)).toEqual(['empty-file']);
    }
    expect(problems('- a\n- b\n')).toContain('flows/x.yaml:1:1: error: the file holds a list, but it must be a mapping of keys to values [not-a-mapping]');
    expect(problems('# c\njust text\n')).toContain('flows/x.yaml:2:1: error: the file holds text, but it must be a mapping of keys to values [not-a-mapping]');
  });

  test('a second document is reported at its --- line', () => {
    expect(problems('id: a\n---\nid: b\n')).toContain('flows/x.yaml:2:1: error: the file holds more than one YAML document [multiple-documents]');
    expect(problems('---\nid: a\n---\nid: b\n')).toContain('flows/x.yaml:3:1: error: the file holds more than one YAML document [multiple-documents]');
  });

  test('binary files and control characters are clean diagnostics', () => {
    expect(problems('id: a\u0000\u0000\u0001')).toMatchInlineSnapshot(`
      "flows/x.yaml:1:6: error: the file contains NUL bytes: it looks like a binary file, not YAML text [invalid-character]
        hint: Save the file as UTF-8 text, or remove it from flows/ if it is not a flow.
      1 error, 0 warnings"
    `);
    expect(problems('id: a\n# bell \u0007 in a comment\ntitle: x\u001b\n')).toContain(
      'flows/x.yaml:2:8: error: the file contains the control character U+0007, which YAML does not allow (2 such characters in all) [invalid-character]',
    );
    expect(problems('id: "\uD800"\n')).toContain('[invalid-character]');
  });

  test('aliases resolve, but a billion laughs is stopped with one diagnostic', () => {
    expect(parseYaml('a: &x { en: hi }\nb: *x\n', 'f.yaml').value).toEqual({ a: { en: 'hi' }, b: { en: 'hi' } });
    let laughs = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 20; i++) laughs += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const parsed = parseYaml(laughs, 'f.yaml');
    expect(parsed.ok).toBe(false);
    expect(formatDiagnostics(parsed.diagnostics, 'human')).toMatchInlineSnapshot(`
      "f.yaml:5:25: error: aliases expand to more than 50000 values [yaml-alias]
        hint: Write the repeated values out instead of nesting aliases of aliases.
      1 error, 0 warnings"
    `);
  });

  test('unknown and self-referencing aliases, tags and non-text keys are reported', () => {
    expect(problems('a: *nope\n')).toContain('flows/x.yaml:1:4: error: the alias *nope refers to no anchor [yaml-alias]');
    expect(problems('a: &x [1, *x]\n')).toContain('flows/x.yaml:1:11: error: the alias *x is used inside the node it names [yaml-alias]');
    expect(problems('a: !!binary aGk=\n')).toContain('flows/x.yaml:1:4: error: the YAML tag !!binary is not supported here [unsupported-yaml]');
    expect(problems('? [a, b]\n: 1\n')).toContain('flows/x.yaml:1:3: error: a key must be plain text, found a list [unsupported-yaml]');
    expect(parseYaml('a: !!str 12\n', 'f.yaml').value).toEqual({ a: '12' });
  });

  test('a __proto__ key is an ordinary key and does not change any prototype', () => {
    const parsed = parseYaml('__proto__: { polluted: true }\nid: x\n', 'f.yaml');
    const value = parsed.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'id']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('keys stay text even when they look like numbers or booleans', () => {
    expect(parseYaml('1: a\ntrue: b\nnull: c\n', 'f.yaml').value).toEqual({ '1': 'a', true: 'b', null: 'c' });
  });

  test('deep nesting is a clean diagnostic', () => {
    expect(problems('a: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n')).toContain('invalid YAML: nesting exceeded the limit of 64 levels [yaml-syntax]');
  });

  test('a large file parses completely', () => {
    const lines = ['nodes:'];
    for (let i = 0; i < 20_000; i++) lines.push(`  n${i}:`, `    type: resolution`, `    text: { en: "Node ${i}", da: 'Knude ${i}' }`);
    const parsed = parseYaml(lines.join('\n') + '\n', 'f.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(Object.keys((parsed.value as { nodes: object }).nodes)).toHaveLength(20_000);
    expect(parsed.map.valueAt(['nodes', 'n19999', 'text', 'da'])).toMatchObject({ line: 60_001, column: 35 });
  });
});
