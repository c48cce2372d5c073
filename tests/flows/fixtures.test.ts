/**
 * One folder per check under tests/fixtures/flows/<case>/:
 *
 *   input.yaml            a single flow, checked as flows/<case>.yaml
 *   flows/*.yaml          or several flows, checked as flows/<name>.yaml
 *   handoff.yaml          optional content/handoff.yaml (default: a small fixed one)
 *   no-handoff            optional marker: check without any content/handoff.yaml
 *   articles.json         optional list of known article ids (default: a small fixed list)
 *   expected.json         the exact diagnostics: [{ file, line, column, severity, code }]
 *   expected.txt          the formatted human output, messages and hints included
 *
 * `UPDATE=1 npx vitest run tests/flows/fixtures.test.ts` rewrites both expected files;
 * read their diff before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostics } from '../../src/core/diagnostics.ts';
import { checkProject, type ProjectSources } from '../../src/core/flows/check-project.ts';

const ROOT = new URL('../fixtures/flows/', import.meta.url).pathname;
const UPDATE = process.env.UPDATE === '1';

const DEFAULT_HANDOFF = `queues:
  technical-support:
    name: { en: Technical support, da: Teknisk support }
  billing:
    name: { en: Billing, da: Regninger }
fields:
  customer-number:
    label: { en: Customer number, da: Kundenummer }
  address:
    label: { en: Address, da: Adresse }
`;
/** Every diagnostic code the flow checker can report. */
const CODES = [
  'yaml-syntax', 'duplicate-key', 'duplicate-node', 'not-a-mapping', 'empty-file', 'multiple-documents',
  'invalid-character', 'yaml-alias', 'unsupported-yaml',
  'unknown-key', 'missing-key', 'wrong-type', 'invalid-id', 'unknown-node-type', 'too-few-options', 'invalid-value',
  'id-mismatch', 'missing-node', 'unreachable-node', 'dead-end', 'inescapable-cycle', 'unknown-queue', 'unknown-field',
  'missing-flow', 'missing-subflow-node', 'recursive-subflow', 'missing-article', 'bad-condition', 'undefined-variable',
  'unknown-value', 'missing-translation', 'missing-default-locale', 'missing-schema-ref', 'case-code-collision',
];
const DEFAULT_ARTICLES = ['router-lights', 'restart-router', 'reset-password'];

function read(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

function sourcesOf(name: string): ProjectSources {
  const dir = join(ROOT, name);
  const flows = existsSync(join(dir, 'input.yaml'))
    ? [{ file: `flows/${name}.yaml`, text: read(dir, 'input.yaml') }]
    : readdirSync(join(dir, 'flows'))
        .sort()
        .map((file) => ({ file: `flows/${file}`, text: read(join(dir, 'flows'), file) }));
  const handoffText = existsSync(join(dir, 'handoff.yaml')) ? read(dir, 'handoff.yaml') : DEFAULT_HANDOFF;
  const ids: string[] = existsSync(join(dir, 'articles.json')) ? JSON.parse(read(dir, 'articles.json')) : DEFAULT_ARTICLES;
  return {
    flows,
    ...(existsSync(join(dir, 'no-handoff')) ? {} : { handoff: { file: 'content/handoff.yaml', text: handoffText } }),
    articles: ids.map((id) => ({ id, locale: 'en', file: `content/en/help/${id}.md`, audience: 'public' })),
  };
}

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('flow checker fixtures', () => {
  test('every check has a fixture that triggers it, and the valid project triggers none', () => {
    const seen = new Set(cases.flatMap((name) => (JSON.parse(read(join(ROOT, name), 'expected.json')) as Array<{ code: string }>).map((d) => d.code)));
    expect(CODES.filter((code) => !seen.has(code))).toEqual([]);
    expect(read(join(ROOT, 'valid-project'), 'expected.json').trim()).toBe('[]');
  });

  test.each(cases)('%s gives exactly the expected diagnostics', async (name) => {
    const dir = join(ROOT, name);
    const { diagnostics } = checkProject(sourcesOf(name));
    const actual = diagnostics.map(({ file, line, column, severity, code }) => ({ file, line, column, severity, code }));
    const text = formatDiagnostics(diagnostics, 'human') + '\n';
    if (UPDATE) {
      writeFileSync(join(dir, 'expected.json'), JSON.stringify(actual, null, 2) + '\n');
      writeFileSync(join(dir, 'expected.txt'), text);
    }
    expect(actual).toEqual(JSON.parse(read(dir, 'expected.json')));
    await expect(text).toMatchFileSnapshot(join(dir, 'expected.txt'));
  });
});
