import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexPages, largestPage } from '../../bench/scale/dist-metrics.ts';
import { median, ratioLines, sizeTable, type SizeResult } from '../../bench/scale/report.ts';
import { ourChunkFor } from '../../bench/scale/search-ours.ts';
import { parseOnly } from '../../bench/scale/targets.ts';
import { convertCorpus } from '../../bench/starlight/convert-corpus.ts';

const FIXTURE: Record<string, string> = {
  'content/en/internet/router-lights.md': `---
title: How to read your router's lights
summary: What each light means.
key: router-lights
category: internet
tags: [router]
---

The lights tell you a lot. If they are off, [restart the router](article:restart-router#how-to-restart).

:::warning
Never open the router.
:::
`,
  'content/da/internet/restart-router.md': `---
title: "Genstart din router"
summary: Sådan genstarter du routeren.
key: restart-router
category: internet
---

## Sådan genstarter du

Se [lysene på
routeren](article:router-lights#the-lights) eller [noterne](article:agent-notes), og prøv [fejlfinding](flow:internet-down).

\`\`\`md
[uændret](article:router-lights)
:::warning
\`\`\`

[lys]: article:router-lights
`,
  'content/en/billing/agent-notes.md': `---
title: Notes for representatives
summary: Internal.
key: agent-notes
category: billing
audience: agent
---

Internal only.
`,
};

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function convertFixture() {
  dir = mkdtempSync(join(tmpdir(), 'kb-convert-'));
  for (const [file, text] of Object.entries(FIXTURE)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const out = join(dir, 'docs');
  const result = convertCorpus(dir, out);
  const files = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(at, e.name)) : [relative(out, join(at, e.name))]));
  return { result, out, written: files(out).sort() };
}

describe('the corpus converter for Starlight', () => {
  it('writes public articles to <locale>/<category>/<key>.md and leaves agent-only articles out', () => {
    const { result, written } = convertFixture();
    expect(written).toEqual(['da/internet/restart-router.md', 'en/internet/router-lights.md']);
    expect(result).toEqual({ written: 2, agentOnly: 1, problems: [] });
  });

  it('gives Starlight its frontmatter and rewrites links to Starlight URLs, falling back to English', () => {
    const { out } = convertFixture();
    expect(readFileSync(join(out, 'da/internet/restart-router.md'), 'utf8')).toBe(`---
title: "Genstart din router"
description: "Sådan genstarter du routeren."
---

## Sådan genstarter du

Se [lysene på
routeren](/en/internet/router-lights/#the-lights) eller noterne, og prøv fejlfinding.

\`\`\`md
[uændret](article:router-lights)
:::warning
\`\`\`

[lys]: /en/internet/router-lights/
`);
  });

  it('links to the locale that has the article when neither the same locale nor English has it, and turns :::warning into :::caution', () => {
    const { out } = convertFixture();
    const text = readFileSync(join(out, 'en/internet/router-lights.md'), 'utf8');
    expect(text).toContain('[restart the router](/da/internet/restart-router/#how-to-restart)');
    expect(text).toContain(':::caution\nNever open the router.\n:::');
    expect(text.startsWith(`---\ntitle: "How to read your router's lights"\ndescription: "What each light means."\n---\n`)).toBe(true);
  });
});

const SIZE: SizeResult = {
  articles: 1000,
  targets: [
    {
      target: 'ours',
      builds: [
        { wallMs: 20_000, peakKb: 900 * 1024 },
        { wallMs: 22_000, peakKb: 1000 * 1024 },
      ],
      failures: 0,
      pages: 2200,
      articlePages: 1000,
      htmlGzip: 4300,
      jsGzip: 1400,
      largestHtmlGzip: 10_240,
      largestPage: 'en/index.html',
      search: { firstResultBytes: [30_000, 40_000, 50_000], latencyMs: [0.5, 1, 4] },
    },
    {
      target: 'starlight-one-link',
      builds: [{ wallMs: 60_000, peakKb: 1200 * 1024 }],
      failures: 1,
      pages: 1800,
      articlePages: 1790,
      htmlGzip: 9000,
      jsGzip: 12_000,
      largestHtmlGzip: 90_000,
      largestPage: 'de/index.html',
      search: { firstResultBytes: [100_000], latencyMs: [12] },
    },
    { target: 'bare-astro', builds: [{ wallMs: 30_000, peakKb: 800 * 1024 }], failures: 0, pages: 1000, htmlGzip: 2000, jsGzip: 0 },
    { target: 'starlight-default', builds: [], failures: 2 },
  ],
};

describe('the benchmark report', () => {
  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([3, 1, 4, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNaN();
  });

  it('prints one row per site with medians over its runs, and marks failed builds', () => {
    expect(sizeTable(SIZE)).toMatchInlineSnapshot(`
      "| site                            |  build | pages | article pages | pages/s | peak memory | article HTML gz | article JS gz | largest page HTML gz | to 1st search result | search p50 | search p95 |
      |:--------------------------------|-------:|------:|--------------:|--------:|------------:|----------------:|--------------:|---------------------:|---------------------:|-----------:|-----------:|
      | ours                            | 21.0 s | 2,200 |         1,000 |   104.8 |      950 MB |          4.2 KB |        1.4 KB |              10.0 KB |              39.1 KB |    1.00 ms |    4.00 ms |
      | starlight-one-link (1/2 failed) | 60.0 s | 1,800 |         1,790 |    30.0 |    1,200 MB |          8.8 KB |       11.7 KB |              87.9 KB |              97.7 KB |      12 ms |      12 ms |
      | bare-astro                      | 30.0 s | 1,000 |             — |    33.3 |      800 MB |          2.0 KB |        0.0 KB |                    — |                    — |          — |          — |
      | starlight-default (2/2 failed)  | failed |     — |             — |       — |           — |               — |             — |                    — |                    — |          — |          — |"
    `);
  });

  it('states each ratio against its target', () => {
    const bigger: SizeResult = {
      ...SIZE,
      articles: 10_000,
      targets: [{ ...SIZE.targets[0]!, builds: [{ wallMs: 250_000, peakKb: 1 }], largestHtmlGzip: 10_752, largestPage: 'en/troubleshooters/index.html' }],
    };
    expect(ratioLines([SIZE, bigger])).toEqual([
      '1,000 articles: ours x3.49 the pages/s of starlight-one-link (target ≥ x2: met); build time x0.35 of its time on the same articles (so x2.86 its speed per article)',
      '1,000 articles: ours peak memory x1.19 of bare-astro (target ≤ x1.1: missed)',
      'ours, 10,000 vs 1,000 articles: build time x11.9 for x10.0 the articles (target ≤ x11.0: missed)',
      'ours, heaviest page of any kind: 10.0 KB at 1,000 articles (en/index.html); 10.5 KB at 10,000 articles (en/troubleshooters/index.html)',
    ]);
  });
});

describe('the heaviest page of a built site', () => {
  it('is found among pages of every kind, by gzipped HTML', () => {
    const site = mkdtempSync(join(tmpdir(), 'kb-bench-largest-'));
    try {
      const page = (path: string, html: string) => {
        mkdirSync(join(site, path), { recursive: true });
        writeFileSync(join(site, path, 'index.html'), html);
      };
      // The longest file on disk compresses best; the list of distinct titles is heavier gzipped.
      page('en/internet/router', `<p>${'a'.repeat(50_000)}</p>`);
      page('en/troubleshooters', Array.from({ length: 800 }, (_, i) => `<li>${(i * 7919).toString(36)} ${Math.sin(i)}</li>`).join(''));
      page('en', '<h1>Home</h1>');
      const largest = largestPage(site, indexPages(site));
      expect(largest.page).toBe(join('en', 'troubleshooters', 'index.html'));
      expect(largest.htmlGzip).toBeGreaterThan(5_000);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('the benchmark options', () => {
  it('reads --only as site ids or short names, in build order', () => {
    expect(parseOnly('bare,ours')).toEqual({ targets: ['ours', 'bare-astro'] });
    expect(parseOnly('starlight')).toEqual({ targets: ['starlight-default', 'starlight-one-link'] });
    expect(parseOnly('hugo')).toEqual({
      error: '--only: unknown site "hugo"; use ours, starlight-default, starlight-one-link, bare-astro (or ours, starlight, bare)',
    });
  });

  it('counts only the stemmer of the page’s own language in our lazily loaded search code', () => {
    const da = ourChunkFor('da');
    const lt = ourChunkFor('lt');
    expect(['search-ui.x.js', 'lunr-analyzer.x.js', 'lunr.da.x.js', 'lunr.de.x.js', 'lithuanian-analyzer.x.js'].filter(da)).toEqual([
      'search-ui.x.js',
      'lunr-analyzer.x.js',
      'lunr.da.x.js',
    ]);
    expect(['search-ui.x.js', 'lunr-analyzer.x.js', 'lunr.da.x.js', 'lithuanian-analyzer.x.js'].filter(lt)).toEqual([
      'search-ui.x.js',
      'lithuanian-analyzer.x.js',
    ]);
  });
});
