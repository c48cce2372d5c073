import { describe, expect, test } from 'vitest';
import { formatDiagnostics } from '../../src/core/diagnostics.ts';
import type { Locale } from '../../src/core/locales.ts';
import { compileArticles, type ArticleFile } from '../../src/core/site/compile-articles.ts';

interface Spec {
  locale: Locale;
  category?: string;
  key: string;
  title?: string;
  audience?: 'public' | 'agent';
  related?: string[];
  flows?: string[];
  body: string;
}

function article({ locale, category = 'internet', key, title = key, audience = 'public', related = [], flows = [], body }: Spec): ArticleFile {
  const text = [
    '---',
    `title: ${title}`,
    `summary: About ${key}.`,
    `key: ${key}`,
    `category: ${category}`,
    `audience: ${audience}`,
    `related: [${related.join(', ')}]`,
    `flows: [${flows.join(', ')}]`,
    '---',
    '',
    body,
  ].join('\n');
  return { file: `content/${locale}/${category}/${key}.md`, locale, text };
}

const routerLights = article({
  locale: 'en',
  key: 'router-lights',
  title: 'Router lights',
  related: ['restart-router'],
  flows: ['internet-down'],
  body: '## The lights\n\nSee [restart](article:restart-router#step-2) and [the troubleshooter](flow:internet-down).\n',
});
const restartEn = article({ locale: 'en', key: 'restart-router', body: '## Step 1\n\nUnplug.\n\n## Step 2\n\nWait.\n' });
const restartDa = article({ locale: 'da', key: 'restart-router', title: 'Genstart', body: '## Trin 1\n\nTræk stikket ud.\n' });

async function compile(files: ArticleFile[], audience: 'public' | 'agent' = 'public') {
  return compileArticles({ files, flowIds: ['internet-down'], audience });
}

describe('compileArticles', () => {
  test('makes a page for every locale: the translation where there is one, else the English text', async () => {
    const { pages, diagnostics } = await compile([routerLights, restartEn, restartDa]);
    expect(diagnostics).toEqual([]);
    const restart = pages.filter((p) => p.frontmatter.key === 'restart-router');
    expect(restart.map((p) => [p.id, p.translated, p.sourceLocale])).toEqual([
      ['da/restart-router', true, 'da'],
      ['de/restart-router', false, 'en'],
      ['en/restart-router', true, 'en'],
      ['fi/restart-router', false, 'en'],
      ['lt/restart-router', false, 'en'],
      ['sv/restart-router', false, 'en'],
    ]);
    expect(pages.find((p) => p.id === 'da/restart-router')?.html).toContain('Træk stikket ud');
    expect(pages.find((p) => p.id === 'de/restart-router')?.html).toContain('Unplug');
  });

  test('keeps a reader in their locale: links on a fallback page go to that locale\'s pages', async () => {
    const { pages } = await compile([routerLights, restartEn]);
    const german = pages.find((p) => p.id === 'de/router-lights');
    expect(german?.html).toContain('href="/de/internet/restart-router/#step-2"');
    expect(german?.html).toContain('href="/de/troubleshoot/internet-down/"');
    expect(pages.find((p) => p.id === 'en/router-lights')?.html).toContain('href="/en/internet/restart-router/#step-2"');
  });

  test('sends an English heading link to the English page when the translation has no such heading', async () => {
    const { pages, diagnostics } = await compile([routerLights, restartEn, restartDa]);
    expect(diagnostics).toEqual([]);
    expect(pages.find((p) => p.id === 'da/router-lights')?.html).toContain('href="/en/internet/restart-router/#step-2"');
  });

  test('reports a broken link at its line and column, with a did-you-mean hint', async () => {
    const broken = article({ locale: 'en', key: 'wifi', body: 'Text.\n\nTry [this](article:restart-routr) first.\n' });
    const { diagnostics } = await compile([broken, restartEn]);
    expect(formatDiagnostics(diagnostics, 'human')).toMatchInlineSnapshot(`
      "content/en/internet/wifi.md:13:5: error: broken link "article:restart-routr": there is no article with the key "restart-routr" [broken-link]
        hint: Did you mean "restart-router"?
      1 error, 0 warnings"
    `);
  });

  test('reports frontmatter errors and leaves the file out', async () => {
    const bad = { ...restartDa, text: restartDa.text.replace('category: internet', 'category: internt') };
    const { pages, diagnostics } = await compile([restartEn, bad]);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
      'content/da/internet/restart-router.md:5:11 invalid-field',
    ]);
    expect(pages.find((p) => p.id === 'da/restart-router')?.translated).toBe(false);
  });

  test('reports related articles and flows that do not exist, at the entry', async () => {
    const file = article({ locale: 'en', key: 'wifi', related: ['restart-routr'], flows: ['internet-dwn'], body: 'Text.\n' });
    const { diagnostics } = await compile([file, restartEn]);
    expect(formatDiagnostics(diagnostics, 'human')).toMatchInlineSnapshot(`
      "content/en/internet/wifi.md:7:11: error: related article "restart-routr" does not exist [unknown-related]
        hint: Did you mean "restart-router"?
      content/en/internet/wifi.md:8:9: error: flow "internet-dwn" does not exist [unknown-flow]
        hint: Did you mean "internet-down"?
      2 errors, 0 warnings"
    `);
  });

  test('reports two files of one locale with the same key', async () => {
    const copy = { ...restartEn, file: 'content/en/mobile/restart-router.md', text: restartEn.text.replace('category: internet', 'category: mobile') };
    const { diagnostics } = await compile([restartEn, copy]);
    expect(diagnostics.map((d) => `${d.file}: ${d.message}`)).toEqual([
      'content/en/mobile/restart-router.md: the key "restart-router" is already used by content/en/internet/restart-router.md',
    ]);
  });

  describe('agent-only articles', () => {
    const agentOnly = article({
      locale: 'en',
      category: 'billing',
      key: 'explain-charges',
      audience: 'agent',
      body: 'Credit up to 100 kr. See [restart](article:restart-router).\n',
    });

    test('are left out of the public build entirely and kept in the agent build', async () => {
      const published = await compile([restartEn, agentOnly]);
      expect(published.pages.some((p) => p.frontmatter.key === 'explain-charges')).toBe(false);
      expect(published.pages.some((p) => p.html.includes('Credit up to'))).toBe(false);
      const internal = await compile([restartEn, agentOnly], 'agent');
      expect(internal.pages.filter((p) => p.frontmatter.key === 'explain-charges')).toHaveLength(6);
    });

    test('cannot be linked from a public article', async () => {
      const leak = article({ locale: 'en', key: 'wifi', body: 'See [how we explain](article:explain-charges).\n' });
      const { diagnostics } = await compile([leak, agentOnly, restartEn]);
      expect(diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([
        'link-to-agent-only: link "article:explain-charges": "explain-charges" is an article for representatives only (audience: agent), which the public site does not have',
      ]);
    });

    test('are checked in the public build too', async () => {
      const broken = { ...agentOnly, text: agentOnly.text.replace('article:restart-router', 'article:restart') };
      const { diagnostics } = await compile([broken, restartEn]);
      expect(diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['content/en/billing/explain-charges.md broken-link']);
    });
  });

  test('carries each file\'s last commit date to its pages', async () => {
    const { pages } = await compileArticles({
      files: [restartEn],
      flowIds: [],
      audience: 'public',
      lastUpdated: new Map([['content/en/internet/restart-router.md', '2025-03-01T10:00:00+01:00']]),
    });
    expect(new Set(pages.map((p) => p.lastUpdated))).toEqual(new Set(['2025-03-01T10:00:00+01:00']));
  });
});
