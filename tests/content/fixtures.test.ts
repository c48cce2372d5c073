/**
 * One folder per case under tests/fixtures/content/<case>/:
 *
 *   input.md        an article (frontmatter optional), rendered as content/<locale>/internet/<case>.md
 *   options.json    optional { "locale": "de" } (default en)
 *   expected.html   the exact HTML
 *   expected.txt    the diagnostics as `kb check` prints them
 *
 * `UPDATE=1 npx vitest run tests/content/fixtures.test.ts` rewrites the expected
 * files; read their diff before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createLinkResolver } from '../../src/core/content/link-resolver.ts';
import { renderArticle } from '../../src/core/content/render-article.ts';
import { formatDiagnostics } from '../../src/core/diagnostics.ts';
import { isLocale, type Locale } from '../../src/core/locales.ts';

const ROOT = new URL('../fixtures/content/', import.meta.url).pathname;
const UPDATE = process.env.UPDATE === '1';

const resolve = createLinkResolver({
  articles: new Map([
    ['restart-router', { url: '/en/internet/restart-router/', anchors: ['step-1', 'step-2', 'über-den-router'] }],
    ['router-lights', { url: '/en/internet/router-lights/', anchors: [] }],
  ]),
  flows: new Map([['internet-down', { url: '/en/flows/internet-down/' }]]),
});

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function compare(dir: string, name: string, actual: string): void {
  const path = join(dir, name);
  if (UPDATE || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('article fixtures', () => {
  test('there are fixture folders to run', () => {
    expect(cases.length).toBeGreaterThan(5);
  });

  for (const name of cases) {
    test(`${name} renders as expected.html with the diagnostics in expected.txt`, async () => {
      const dir = join(ROOT, name);
      const options = existsSync(join(dir, 'options.json'))
        ? JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8'))
        : {};
      const locale: Locale = isLocale(options.locale) ? options.locale : 'en';
      const file = `content/${locale}/internet/${name}.md`;
      const result = await renderArticle(readFileSync(join(dir, 'input.md'), 'utf8'), { locale, file, resolve });
      compare(dir, 'expected.html', result.html + '\n');
      compare(dir, 'expected.txt', formatDiagnostics(result.diagnostics, 'human') + '\n');
    });
  }
});
