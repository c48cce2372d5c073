import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseSiteConfig } from '../../src/core/site/parse-site-config.ts';

const NAME_AND_REPOSITORY = 'name:\n  en: Help\nrepository: https://example.invalid/kb\n';

describe('parseSiteConfig', () => {
  test('reads the sample site\'s settings', () => {
    const { value, diagnostics } = parseSiteConfig(readFileSync(join(import.meta.dirname, '../../content/site.yaml'), 'utf8'));
    expect(diagnostics).toEqual([]);
    expect(value).toMatchObject({ listPageSize: 50, homeTroubleshooters: 12, customerFlagging: false });
  });

  test('fills in the list sizes when they are not set', () => {
    expect(parseSiteConfig(NAME_AND_REPOSITORY).value).toMatchObject({ listPageSize: 50, homeTroubleshooters: 12, branch: 'main' });
  });

  test('names the file, line and column of a list size out of range, and what to use', () => {
    const { value, diagnostics } = parseSiteConfig(`${NAME_AND_REPOSITORY}listPageSize: 2\nhomeTroubleshooters: 12.5\n`);
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} | ${d.hint}`)).toEqual([
      'content/site.yaml:4:15 error "listPageSize" must be at least 5, found the number 2 | Use 5 or more.',
      expect.stringMatching(/^content\/site\.yaml:5:22 error "homeTroubleshooters" must be a whole number/),
    ]);
  });

  test('points at a misspelt setting', () => {
    const { diagnostics } = parseSiteConfig(`${NAME_AND_REPOSITORY}listPagesize: 20\n`);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 4, column: 1, severity: 'error' });
    expect(diagnostics[0]!.hint).toContain('listPageSize');
  });

  test('checks that the featured troubleshooters exist, once each, and fit on the home page', () => {
    const flows = new Set(['internet-down', 'where-is-my-order', 'cannot-sign-in']);
    const text = `${NAME_AND_REPOSITORY}homeTroubleshooters: 2\nfeaturedTroubleshooters:\n  - internet-dwn\n  - where-is-my-order\n  - where-is-my-order\n`;
    const { value, diagnostics } = parseSiteConfig(text, 'content/site.yaml', flows);
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`)).toEqual([
      '6:5 missing-flow flow "internet-dwn" does not exist | Did you mean "internet-down"?',
      '8:5 duplicate-featured troubleshooter "where-is-my-order" is featured twice | Remove one of them.',
      '5:1 too-many-featured 3 troubleshooters are featured, but the home page shows 2 (homeTroubleshooters) | Feature at most 2, or raise homeTroubleshooters.',
    ]);
    const fine = parseSiteConfig(`${NAME_AND_REPOSITORY}featuredTroubleshooters: [where-is-my-order]\n`, 'content/site.yaml', flows);
    expect(fine.diagnostics).toEqual([]);
    expect(fine.value?.featuredTroubleshooters).toEqual(['where-is-my-order']);
  });

  test('warns when the home page picks its troubleshooters by title from more than it can show', () => {
    const flows = new Set(Array.from({ length: 13 }, (_, i) => `flow-${i}`));
    const { value, diagnostics } = parseSiteConfig(NAME_AND_REPOSITORY, 'content/site.yaml', flows);
    expect(value).toBeDefined();
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`)).toEqual([
      '1:1 warning unfeatured-troubleshooters the home page shows 12 of 13 troubleshooters, the first by title',
    ]);
    expect(parseSiteConfig(`${NAME_AND_REPOSITORY}homeTroubleshooters: 13\n`, 'content/site.yaml', flows).diagnostics).toEqual([]);
    expect(parseSiteConfig(`${NAME_AND_REPOSITORY}featuredTroubleshooters: [flow-3]\n`, 'content/site.yaml', flows).diagnostics).toEqual([]);
    expect(parseSiteConfig(`${NAME_AND_REPOSITORY}homeTroubleshooters: 5\n`, 'content/site.yaml', flows).diagnostics[0]).toMatchObject({ line: 4, column: 1 });
  });
});
