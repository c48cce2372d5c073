import { describe, expect, test } from 'vitest';
import { formatDiagnostics } from '../../src/core/diagnostics.ts';
import { checkProject, type ProjectSources, type SourceFile } from '../../src/core/flows/check-project.ts';
import { generateFlowYaml, GENERATED_HANDOFF_YAML, seededRandom } from '../../bench/generate-flow.ts';

const REF = '# yaml-language-server: $schema=../schema/flow.schema.json\n';
const HANDOFF: SourceFile = {
  file: 'content/handoff.yaml',
  text: 'queues:\n  technical-support: { name: { en: Technical support } }\nfields:\n  address: { label: { en: Address } }\n',
};

/** A flow file whose nodes are given as YAML lines under `nodes:`. */
function flow(id: string, nodes: string, extra = ''): SourceFile {
  return {
    file: `flows/${id}.yaml`,
    text: `${REF}id: ${id}\nversion: 1\ntitle: { en: "T" }\nsummary: { en: "S" }\n${extra}start: a\nnodes:\n${nodes}`,
  };
}

const RESOLVED = '  done: { type: resolution, text: { en: "Done" } }\n';
const HANDED = '  person: { type: handoff, queue: technical-support, text: { en: "A person helps" } }\n';
const ASK = (a: string, b: string, extra = '') =>
  `  a:\n    type: question\n    text: { en: "Q" }\n    options:\n      - { label: { en: "1" }, next: ${a}${extra} }\n      - { label: { en: "2" }, next: ${b} }\n`;

function project(flows: SourceFile[], rest: Partial<ProjectSources> = {}): ProjectSources {
  return { flows, handoff: HANDOFF, articles: [], ...rest };
}

function codes(src: ProjectSources): string[] {
  return checkProject(src).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);
}

describe('checkProject', () => {
  test('a valid project has no diagnostics and returns its flows by id, in id order, and the handoff file', () => {
    const result = checkProject(project([flow('zebra', ASK('done', 'person') + RESOLVED + HANDED), flow('alpha', ASK('done', 'done') + RESOLVED)]));
    expect(result.diagnostics).toEqual([]);
    expect([...result.flows.keys()]).toEqual(['alpha', 'zebra']);
    expect(Object.keys(result.handoff?.queues ?? {})).toEqual(['technical-support']);
  });

  test('a flow with errors of its own is left out; one with only warnings is kept', () => {
    const result = checkProject(project([
      flow('broken', ASK('done', 'nowhere') + RESOLVED),
      flow('untranslated', ASK('done', 'done') + RESOLVED, 'locales: [en, da]\n'),
    ]));
    expect([...result.flows.keys()]).toEqual(['untranslated']);
    expect(result.diagnostics.map((d) => `${d.severity} ${d.code}`)).toContain('error missing-node');
    expect(result.diagnostics.filter((d) => d.file === 'flows/untranslated.yaml').every((d) => d.severity === 'warning')).toBe(true);
  });

  test('the result does not depend on the order of the files', () => {
    const files = [flow('b', ASK('done', 'x') + RESOLVED), flow('a', ASK('done', 'done') + RESOLVED), flow('c', 'oops: [')];
    expect(checkProject(project([...files].reverse()))).toEqual(checkProject(project(files)));
  });

  test('a handoff without content/handoff.yaml says to create it', () => {
    const result = checkProject({ flows: [flow('a', ASK('done', 'person') + RESOLVED + HANDED)], articles: [] });
    expect(formatDiagnostics(result.diagnostics, 'human')).toMatchInlineSnapshot(`
      "flows/a.yaml:15:35: error: queue "technical-support" is not defined: there is no content/handoff.yaml [unknown-queue]
        hint: Create content/handoff.yaml and define the queue under queues:.
      1 error, 0 warnings"
    `);
  });

  test('errors in the handoff file are reported there, and queue checks wait until it is fixed', () => {
    const handoff = { file: 'content/handoff.yaml', text: 'queues:\n  technical-support: { name: Support }\nfields: {}\n' };
    const result = checkProject(project([flow('a', ASK('done', 'person') + RESOLVED + HANDED.replace('technical-support', 'nope'))], { handoff }));
    expect(result.handoff).toBeUndefined();
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(['content/handoff.yaml:2:30 wrong-type']);
  });

  test('a loop with no way to a resolution is reported once, at its first node, naming its nodes', () => {
    const nodes = ASK('b', 'done') + '  b: { type: step, text: { en: "S" }, outcomes: { fixed: c, not-fixed: c } }\n' +
      '  c: { type: step, text: { en: "S" }, outcomes: { fixed: b, not-fixed: d } }\n' +
      '  d: { type: branch, cases: [{ when: \'x is set\', next: c }], otherwise: d }\n' + RESOLVED;
    const result = checkProject(project([flow('loop', nodes, 'variables: { x: { values: [y] } }\n')]));
    expect(formatDiagnostics(result.diagnostics, 'human')).toMatchInlineSnapshot(`
      "flows/loop.yaml:15:3: error: nodes "b", "c" and "d" form a loop that never reaches a resolution or handoff [inescapable-cycle]
        hint: Give one of these nodes an answer or outcome that leads to a resolution or a handoff.
      1 error, 0 warnings"
    `);
  });

  test('a loop with a way out, or through a sub-flow, is fine', () => {
    const retry = ASK('b', 'done') + '  b: { type: step, text: { en: "S" }, outcomes: { fixed: done, not-fixed: a } }\n' + RESOLVED;
    const sub = ASK('s', 'a') + '  s: { type: subflow, flow: other, then: a }\n';
    expect(codes(project([flow('retry', retry), flow('sub', sub), flow('other', ASK('done', 'done') + RESOLVED)]))).toEqual([]);
  });

  test('a question is a dead end only when no answer can ever be shown', () => {
    const vars = 'variables: { who: { values: [me, you] } }\n';
    const set = (value: string) => `  b:\n    type: question\n    text: { en: "Q" }\n    options:\n      - { label: { en: "1" }, next: c, set: { who: ${value} } }\n      - { label: { en: "2" }, next: c }\n`;
    const hidden = '  c:\n    type: question\n    text: { en: "Q" }\n    options:\n      - { label: { en: "1" }, next: done, when: \'who == "you"\' }\n      - { label: { en: "2" }, next: done, when: \'who is set and who != "me"\' }\n';
    const flows = (value: string) => project([flow('f', ASK('b', 'b') + set(value) + hidden + RESOLVED, vars)]);
    expect(codes(flows('you'))).toEqual([]);
    expect(codes(flows('me'))).toEqual(['flows/f.yaml:25:49 dead-end']);
  });

  test('missing translations are one warning per text, listing every missing locale', () => {
    const result = checkProject(project([flow('t', '  a: { type: resolution, text: { da: "Løst" } }\n', 'locales: [en, da, de, fi]\n')]));
    expect(formatDiagnostics(result.diagnostics, 'human')).toMatchInlineSnapshot(`
      "flows/t.yaml:4:1: warning: "title" is not translated into da, de and fi [missing-translation]
        hint: Add da: "...", de: "...", fi: "..."; until then readers of those locales see the English text.
      flows/t.yaml:5:1: warning: "summary" is not translated into da, de and fi [missing-translation]
        hint: Add da: "...", de: "...", fi: "..."; until then readers of those locales see the English text.
      flows/t.yaml:9:26: error: "text" of node "a" has no English (en) text [missing-default-locale]
        hint: Add en: "...": English is what every locale falls back to.
      flows/t.yaml:9:26: warning: "text" of node "a" is not translated into de and fi [missing-translation]
        hint: Add de: "...", fi: "..."; until then readers of those locales see the English text.
      1 error, 3 warnings"
    `);
  });

  test('conditions are checked at the exact column inside the string', () => {
    const vars = 'variables: { who: { values: [me, you] } }\n';
    const nodes = ASK('done', 'done', `, when: "who == \\"yuo\\" or whom is set"`) + RESOLVED;
    expect(formatDiagnostics(checkProject(project([flow('c', nodes, vars)])).diagnostics, 'human')).toMatchInlineSnapshot(`
      "flows/c.yaml:13:57: error: "yuo" is not a declared value of variable "who" [unknown-value]
        hint: Use one of "me" or "you", or add "yuo" to its values.
      flows/c.yaml:13:68: error: the condition uses "whom", which is not a declared variable [undefined-variable]
        hint: Did you mean "who"?
      2 errors, 0 warnings"
    `);
  });

  test('the schema reference line is a warning when it is missing or points elsewhere', () => {
    const plain = flow('a', ASK('done', 'done') + RESOLVED);
    const other = { ...plain, file: 'flows/b.yaml', text: plain.text.replace('id: a', 'id: b').replace('../schema/flow.schema.json', 'https://x.invalid/s.json') };
    const result = checkProject(project([{ ...plain, text: plain.text.replace(REF, '') }, other]));
    expect(result.diagnostics.map((d) => `${d.file} ${d.severity} ${d.code}: ${d.message}`)).toEqual([
      'flows/a.yaml warning missing-schema-ref: the file does not start with the schema reference line',
      'flows/b.yaml warning missing-schema-ref: the schema reference points to "https://x.invalid/s.json", not to ../schema/flow.schema.json',
    ]);
    expect(result.flows.size).toBe(2);
  });

  test('a .yml file is a flow like a .yaml file', () => {
    const file = flow('a', ASK('done', 'done') + RESOLVED);
    expect(checkProject(project([{ ...file, file: 'flows/a.yml' }])).diagnostics).toEqual([]);
  });

  test('generated flows of a thousand nodes check without errors', () => {
    const result = checkProject({
      flows: [{ file: 'flows/big.yaml', text: generateFlowYaml('big', 1000, 7) }],
      handoff: { file: 'content/handoff.yaml', text: GENERATED_HANDOFF_YAML },
      articles: [],
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.flows.get('big')?.nodes.n999).toBeDefined();
  });

  test('random garbage never throws and always comes back as diagnostics', () => {
    const random = seededRandom(42);
    const alphabet = 'ab :-[]{}\'"#&*!|>\n\t\u0000?,%@`~\\é😀';
    const base = flow('fuzz', ASK('done', 'done') + RESOLVED).text;
    for (let i = 0; i < 300; i++) {
      let text = base;
      for (let k = 0; k < 1 + Math.floor(random() * 4); k++) {
        const at = Math.floor(random() * text.length);
        const junk = Array.from({ length: 1 + Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
        text = text.slice(0, at) + junk + text.slice(at + Math.floor(random() * 3));
      }
      const result = checkProject(project([{ file: 'flows/fuzz.yaml', text }]));
      for (const d of result.diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(d.message).not.toMatch(/undefined|\[object Object\]/);
      }
    }
  });
});
