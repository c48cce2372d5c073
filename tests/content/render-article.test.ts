import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import remarkDirective from 'remark-directive';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { CALLOUT_LABELS } from '../../src/core/content/callout-labels.ts';
import { createLinkResolver } from '../../src/core/content/link-resolver.ts';
import { articleHeadings, articleRemarkPlugins, renderArticle } from '../../src/core/content/render-article.ts';

const resolve = createLinkResolver({
  articles: new Map([['restart-router', { url: '/en/internet/restart-router/', anchors: ['step-2'] }]]),
  flows: new Map([['internet-down', { url: '/en/flows/internet-down/' }]]),
});
const options = { locale: 'en', file: 'content/en/internet/router-lights.md', resolve } as const;

const ATTACKS = `# <img src=x onerror=alert(1)>Lights

<script>alert(1)</script>

Text <iframe src="https://evil.example"></iframe> <a href="javascript:alert(1)" onclick="alert(1)">html link</a>

[<script>alert(1)</script>](https://example.com "x\\" onmouseover=\\"alert(1)")
[click](javascript:alert(1)) [entity](&#x6A;avascript:alert(1)) <JavaScript:alert(1)>
![x](javascript:alert(1)) [d](data:text/html,<script>alert(1)</script>)

:::warning[<img src=x onerror=alert(1)>Careful]{onclick="alert(1)"}
<style>body{display:none}</style>
:::

:x[<script>]{onload="alert(1)"}
`;

/** Every element of `html` as a browser would parse it: tag name and attribute names and values. */
function elementsOf(html: string): Array<{ tag: string; attributes: Record<string, string> }> {
  const found: Array<{ tag: string; attributes: Record<string, string> }> = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    const attributes = Object.fromEntries(
      Object.entries(node.properties).map(([name, value]) => [name, String(value)]),
    );
    found.push({ tag: node.tagName, attributes });
  });
  return found;
}

describe('renderArticle', () => {
  test("never lets a writer's script, event handler or javascript: URL reach the page", async () => {
    const { html, diagnostics } = await renderArticle(ATTACKS, options);
    const elements = elementsOf(html);
    expect(new Set(elements.map((e) => e.tag))).toEqual(new Set(['h1', 'a', 'p', 'span', 'aside', 'div']));
    for (const { attributes } of elements) {
      expect(Object.keys(attributes).filter((name) => /^on/i.test(name))).toEqual([]);
      for (const url of [attributes.href, attributes.src]) if (url) expect(url).toMatch(/^(#|\/|https:)/);
    }
    expect(html).toContain('<a href="https://example.com" title="x&#x22; onmouseover=&#x22;alert(1)">alert(1)</a>');
    expect(html).toContain('aria-label="Warning: Careful"');
    expect(html).toContain('<p>:x[&#x3C;script>]{onload="alert(1)"}</p>');
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(new Set(['raw-html', 'unsafe-link']));
  });

  test('returns the table of contents, headings and plain text with the HTML', async () => {
    const result = await renderArticle('# Router lights\n\n## Green\n\nAll **good**.\n\n### Blinking green\n', options);
    expect(result.toc).toEqual([
      { depth: 2, id: 'green', text: 'Green' },
      { depth: 3, id: 'blinking-green', text: 'Blinking green' },
    ]);
    expect(result.headings.map((h) => h.id)).toEqual(['router-lights', 'green', 'blinking-green']);
    expect(result.plainText).toBe('Router lights\nGreen\nAll good.\nBlinking green');
    expect(result.diagnostics).toEqual([]);
  });

  test('renders the whole file and reports positions as lines of the file, frontmatter included', async () => {
    const text =
      '---\ntitle: Router lights\nkey: router-lights\n---\n\n# Lights\n\n[Restart](article:restart-routr) or [step 9](article:restart-router#step-9)\n\n:::tpi\nx\n:::\n';
    const { diagnostics, html } = await renderArticle(text, options);
    expect(html).not.toContain('title:');
    expect(diagnostics.map(({ file, line, column, code }) => `${file}:${line}:${column} ${code}`)).toEqual([
      'content/en/internet/router-lights.md:8:1 broken-link',
      'content/en/internet/router-lights.md:8:37 broken-anchor',
      'content/en/internet/router-lights.md:10:1 unknown-callout',
    ]);
  });

  test("titles callouts in the article's locale", async () => {
    const { html } = await renderArticle(':::tip\nx\n:::', { ...options, locale: 'fi' });
    expect(html).toContain('aria-label="Vinkki"');
  });
});

describe('articleHeadings', () => {
  test('gives the same heading ids as rendering does, without a resolver', async () => {
    const text = '# Über\n\n## Step 1:check\n\n## Step <b>1</b>:check\n\n:::note\n## In a note\n:::\n';
    const rendered = await renderArticle(text, options);
    expect(articleHeadings(text)).toEqual(rendered.headings);
    expect(rendered.headings.map((h) => h.id)).toEqual(['über', 'step-1check', 'step-1check-2', 'in-a-note']);
  });
});

describe('articleRemarkPlugins', () => {
  test("in Astro's Markdown processor, renders callouts and links and still drops raw HTML", async () => {
    const processor = await createMarkdownProcessor({
      syntaxHighlight: false,
      smartypants: false,
      remarkPlugins: [remarkDirective, ...articleRemarkPlugins({ labels: CALLOUT_LABELS.sv, resolve })],
    });
    const { code, metadata } = await processor.render(
      '## Steg\n\n:::note\nSe [guiden](article:restart-router#step-2).\n:::\n\n<script>alert(1)</script>\n',
    );
    expect(code).toContain('<aside class="callout callout-note" role="note" aria-label="Obs">');
    expect(code).toContain('<a href="/en/internet/restart-router/#step-2">guiden</a>');
    expect(code).not.toContain('<script');
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'steg', text: 'Steg' }]);
  });
});
