import { describe, expect, test } from 'vitest';
import { formatDiagnostics } from '../../src/core/diagnostics.ts';
import { handoffConfigSchema } from '../../src/core/handoff/config-schema.ts';
import { parseYaml } from '../../src/core/flows/parse-yaml.ts';
import { validateFlow, validateWithSchema } from '../../src/core/flows/validate-flow.ts';

const HEAD = `id: router
version: 1
title: { en: "Router trouble" }
summary: { en: "Checks the router." }
start: lights
nodes:
`;
const LIGHTS = `  lights:
    type: question
    text: { en: "What do the lights show?" }
    options:
      - label: { en: "Green" }
        next: fixed
      - label: { en: "Red" }
        next: fixed
`;
const FIXED = `  fixed:
    type: resolution
    text: { en: "Solved." }
`;

function check(text: string): string {
  return formatDiagnostics(validateFlow(parseYaml(text, 'flows/router.yaml')).diagnostics, 'human');
}

describe('validateFlow', () => {
  test('a valid flow comes back typed, without diagnostics', () => {
    const result = validateFlow(parseYaml(HEAD + LIGHTS + FIXED, 'flows/router.yaml'));
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.nodes.lights?.type).toBe('question');
  });

  test('a file that could not be parsed gives no further diagnostics', () => {
    expect(validateFlow(parseYaml('a: [', 'flows/router.yaml'))).toEqual({ diagnostics: [] });
  });

  test('an unknown key is reported at the key, with the closest allowed key', () => {
    expect(check(HEAD.replace('title:', 'titel:') + LIGHTS + FIXED)).toMatchInlineSnapshot(`
      "flows/router.yaml:1:1: error: the flow is missing "title" [missing-key]
        hint: Add title: { en: "..." }.
      flows/router.yaml:3:1: error: unknown key "titel" [unknown-key]
        hint: Did you mean "title"?
      2 errors, 0 warnings"
    `);
  });

  test('an unknown key without a close match lists the keys allowed there', () => {
    expect(check(HEAD + LIGHTS.replace('        next: fixed\n      - label', '        next: fixed\n        colour: green\n      - label') + FIXED)).toMatchInlineSnapshot(`
      "flows/router.yaml:13:9: error: unknown key "colour" in answer 1 of node "lights" [unknown-key]
        hint: Keys allowed here: label, next, set, when.
      1 error, 0 warnings"
    `);
  });

  test('a key that belongs to another node type says so', () => {
    expect(check(HEAD + LIGHTS + FIXED.replace('    type: resolution\n', '    type: resolution\n    outcomes: { fixed: lights }\n'))).toMatchInlineSnapshot(`
      "flows/router.yaml:17:5: error: unknown key "outcomes" in node "fixed" [unknown-key]
        hint: "outcomes" belongs to step nodes, and this node is a resolution.
      1 error, 0 warnings"
    `);
  });

  test('an unknown locale is suggested from the supported locales', () => {
    expect(check(HEAD + LIGHTS + FIXED.replace('{ en: "Solved." }', '{ en: "Solved.", dk: "Løst." }'))).toMatchInlineSnapshot(`
      "flows/router.yaml:17:28: error: unknown locale "dk" in "text" of node "fixed" [unknown-key]
        hint: Did you mean "da"?
      1 error, 0 warnings"
    `);
  });

  test('a missing key is reported at the mapping that lacks it', () => {
    expect(check(HEAD + LIGHTS.replace('        next: fixed\n      - label', '      - label') + FIXED.replace('    text: { en: "Solved." }\n', ''))).toMatchInlineSnapshot(`
      "flows/router.yaml:11:9: error: answer 1 of node "lights" is missing "next" [missing-key]
        hint: Add next: <node id>.
      flows/router.yaml:14:3: error: node "fixed" is missing "text" [missing-key]
        hint: Add text: { en: "..." }.
      2 errors, 0 warnings"
    `);
  });

  test('a wrong type names what was expected and what was found', () => {
    expect(check(HEAD.replace('version: 1', 'version: 1.5') + LIGHTS.replace(/    options:[\s\S]*/, '    options: fixed\n') + FIXED.replace('"Solved."', 'yes').replace('{ en: yes }', '[Solved]'))).toMatchInlineSnapshot(`
      "flows/router.yaml:2:10: error: "version" must be a whole number, found the number 1.5 [wrong-type]
        hint: Change it to a whole number.
      flows/router.yaml:10:14: error: "options" of node "lights" must be a list of answers, found the text "fixed" [wrong-type]
        hint: Write one item per line under options:, each starting with "- " and holding label: and next:.
      flows/router.yaml:13:11: error: "text" of node "fixed" must be text keyed by locale, like { en: "..." }, found a list [wrong-type]
        hint: Change it to text keyed by locale, like { en: "..." }.
      3 errors, 0 warnings"
    `);
  });

  test('ids that are not kebab-case are invalid ids, with a kebab-case suggestion', () => {
    expect(check(HEAD + LIGHTS.replace('next: fixed', 'next: Fixed_Now') + FIXED.replace('  fixed:', '  FixedNow:'))).toMatchInlineSnapshot(`
      "flows/router.yaml:12:15: error: node id "Fixed_Now" in "next" of answer 1 of node "lights" is not lower-case kebab-case [invalid-id]
        hint: Use lower-case letters, digits and single hyphens, like "fixed-now".
      flows/router.yaml:15:3: error: node id "FixedNow" is not lower-case kebab-case [invalid-id]
        hint: Use lower-case letters, digits and single hyphens, like "fixed-now".
      2 errors, 0 warnings"
    `);
  });

  test('the value of a node with an invalid id is still checked', () => {
    const result = check(HEAD + LIGHTS + FIXED.replace('  fixed:', '  Fixed:').replace('    text: { en: "Solved." }\n', ''));
    expect(result).toContain('node id "Fixed" is not lower-case kebab-case [invalid-id]');
    expect(result).toContain('node "Fixed" is missing "text" [missing-key]');
  });

  test('a bad node type gives one diagnostic with a suggestion, not the errors of every node type', () => {
    expect(check(HEAD + LIGHTS.replace('type: question', 'type: questoin') + FIXED)).toMatchInlineSnapshot(`
      "flows/router.yaml:8:11: error: unknown node type "questoin" in node "lights" [unknown-node-type]
        hint: Did you mean "question"?
      1 error, 0 warnings"
    `);
    expect(check(HEAD + LIGHTS.replace('    type: question\n', '') + FIXED)).toMatchInlineSnapshot(`
      "flows/router.yaml:7:3: error: node "lights" is missing "type" [missing-key]
        hint: Add type: with one of question, step, branch, subflow, resolution or handoff.
      1 error, 0 warnings"
    `);
  });

  test('a question with fewer than two answers is too-few-options', () => {
    expect(check(HEAD + LIGHTS.replace(/      - label: \{ en: "Red" \}\n        next: fixed\n/, '') + FIXED)).toMatchInlineSnapshot(`
      "flows/router.yaml:10:5: error: question "lights" has 1 answer, but a question needs at least 2 [too-few-options]
        hint: Add another answer, or make the node a step if it is an instruction to carry out.
      1 error, 0 warnings"
    `);
  });

  test('values out of range or not allowed are invalid values', () => {
    const head = HEAD.replace('version: 1', 'version: 0').replace('{ en: "Router trouble" }', '{ en: "" }').replace('start:', 'locales: [en, se]\nstart:');
    expect(check(head + LIGHTS + FIXED)).toMatchInlineSnapshot(`
      "flows/router.yaml:2:10: error: "version" must be at least 1, found the number 0 [invalid-value]
        hint: Use 1 or more.
      flows/router.yaml:3:14: error: "title.en" is empty [invalid-value]
        hint: Write the text, or remove the key.
      flows/router.yaml:5:15: error: item 2 of "locales" is the text "se", which is not one of en, da, de, fi, sv or lt [invalid-value]
        hint: Did you mean "de"?
      3 errors, 0 warnings"
    `);
  });

  test('every problem is reported at once, and no message leaks zod wording', () => {
    const broken = `id: Router
version: "one"
title: Router
summary: { en: "" }
tags: [Internet]
start: 3
nodes:
  a: { type: step, text: { en: x }, outcomes: { fixed: b } }
  b: { type: branch, cases: [], otherwise: a }
  c: { type: subflow }
  d: { type: handoff, text: { en: x }, queue: Tech, collect: customer-number }
  e: { type: bogus }
  f: []
`;
    const { diagnostics } = validateFlow(parseYaml(broken, 'flows/router.yaml'));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '1:5 invalid-id',
      '2:10 wrong-type',
      '3:8 wrong-type',
      '4:16 invalid-value',
      '5:8 invalid-id',
      '6:8 wrong-type',
      '8:37 missing-key',
      '9:22 invalid-value',
      '10:3 missing-key',
      '11:47 invalid-id',
      '11:62 wrong-type',
      '12:14 unknown-node-type',
      '13:6 wrong-type',
    ]);
    for (const d of diagnostics) {
      expect(d.message).not.toMatch(/Invalid input|received|expected (string|number|array|object)|Too small|Unrecognized/);
      expect(d.hint).toBeTruthy();
    }
  });
});

describe('validateWithSchema', () => {
  test('checks the handoff file with the same positions and wording', () => {
    const text = `queues:
  technical-support:
    name: { en: Technical support }
    emial: support@example.invalid
fields:
  address:
    label: Address
    kind: adress
`;
    const parsed = parseYaml(text, 'content/handoff.yaml');
    expect(formatDiagnostics(validateWithSchema(handoffConfigSchema, parsed, 'the handoff file').diagnostics, 'human')).toMatchInlineSnapshot(`
      "content/handoff.yaml:4:5: error: unknown key "emial" in queue "technical-support" [unknown-key]
        hint: Did you mean "email"?
      content/handoff.yaml:7:12: error: "label" of field "address" must be text keyed by locale, like { en: "..." }, found the text "Address" [wrong-type]
        hint: Write it per locale: label: { en: "Address" }.
      content/handoff.yaml:8:11: error: "kind" of field "address" is the text "adress", which is not one of text, multiline, email, phone, customer-number or postcode [invalid-value]
        hint: Use one of text, multiline, email, phone, customer-number or postcode.
      3 errors, 0 warnings"
    `);
  });
});
