import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { remarkLinks, type LinkKind, type LinkResolution } from '../../src/core/content/remark-links.ts';

type Call = [LinkKind, string, string | undefined];

function render(
  markdown: string,
  answer: (call: Call) => LinkResolution = ([kind, id, anchor]) => ({
    url: `/${kind}/${id}/${anchor ? `#${anchor}` : ''}`,
  }),
) {
  const calls: Call[] = [];
  const file = unified()
    .use(remarkParse)
    .use(remarkLinks, {
      resolve: (kind, id, anchor) => {
        calls.push([kind, id, anchor]);
        return answer([kind, id, anchor]);
      },
    })
    .use(remarkRehype)
    .use(rehypeStringify)
    .processSync({ value: markdown, path: 'content/en/internet/a.md' });
  return { html: String(file), diagnostics: file.data.diagnostics ?? [], calls };
}

const positions = (list: ReadonlyArray<{ line: number; column: number; code: string }>) =>
  list.map(({ line, column, code }) => `${line}:${column} ${code}`);

describe('remarkLinks', () => {
  test('asks the resolver for article and flow links by id and uses the URL it returns', () => {
    const { html, calls, diagnostics } = render(
      '[a](article:restart-router) [b](article:restart-router#step-2) [c](flow:internet-down)',
    );
    expect(calls).toEqual([
      ['article', 'restart-router', undefined],
      ['article', 'restart-router', 'step-2'],
      ['flow', 'internet-down', undefined],
    ]);
    expect(html).toBe(
      '<p><a href="/article/restart-router/">a</a> <a href="/article/restart-router/#step-2">b</a> <a href="/flow/internet-down/">c</a></p>',
    );
    expect(diagnostics).toEqual([]);
  });

  test("reports a broken link at its exact position with the resolver's hint, and keeps only the text", () => {
    const { html, diagnostics } = render('Intro\n\nSee  [the guide](article:restart-routr).', () => ({
      error: 'there is no article with the key "restart-routr"',
      hint: 'Did you mean "restart-router"?',
    }));
    expect(html).toBe('<p>Intro</p>\n<p>See  <span class="broken-link">the guide</span>.</p>');
    expect(diagnostics).toEqual([
      {
        file: 'content/en/internet/a.md',
        line: 3,
        column: 6,
        severity: 'error',
        code: 'broken-link',
        message: 'broken link "article:restart-routr": there is no article with the key "restart-routr"',
        hint: 'Did you mean "restart-router"?',
      },
    ]);
  });

  test('tells a missing anchor from a missing article by resolving without the anchor', () => {
    const { diagnostics } = render('[x](article:restart-router#step-9)', ([, , anchor]) =>
      anchor ? { error: 'no heading "step-9"' } : { url: '/x/' },
    );
    expect(diagnostics.map((d) => [d.code, d.hint])).toEqual([
      ['broken-anchor', 'Link to a heading id of that article, or drop the #anchor.'],
    ]);
  });

  test('reads the article: and flow: prefixes in any case', () => {
    expect(render('[a](Article:restart-router)').html).toBe('<p><a href="/article/restart-router/">a</a></p>');
  });

  test('does not ask the resolver about ids that are not kebab-case', () => {
    const { calls, diagnostics } = render('[x](article:Restart_Router) [y](flow:)');
    expect(calls).toEqual([]);
    expect(diagnostics.map((d) => `${d.message} | ${d.hint}`)).toEqual([
      'article id "Restart_Router" in "article:Restart_Router" is not lower-case kebab-case | Write it as article:restart-router.',
      'link "flow:" names no flow | Use the id of a flow in flows/, like flow:internet-down.',
    ]);
  });

  test('reports links to Markdown files by path with the article: link to use instead', () => {
    const { diagnostics, html } = render('[x](../billing/pay-bill.md#due-date)\n[y](https://example.com/readme.md)');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} | ${d.hint}`)).toEqual([
      '1:1 path-link | Link by key instead: (article:pay-bill#due-date); paths break when articles move or are translated.',
    ]);
    expect(html).toContain('href="https://example.com/readme.md"');
  });

  test('removes the target of links and images with unsafe schemes', () => {
    const { html, diagnostics } = render(
      '[x](javascript:alert(1)) ![y](data:image/svg+xml,x) [z](mailto:a@example.com)',
    );
    expect(html).toBe(
      '<p><span class="broken-link">x</span> <span class="broken-link">y</span> <a href="mailto:a@example.com">z</a></p>',
    );
    expect(positions(diagnostics)).toEqual(['1:1 unsafe-link', '1:26 unsafe-link']);
  });

  test('resolves definitions, and drops references whose definition is unsafe', () => {
    const { html, diagnostics } = render(
      '[a][guide] [b][bad]\n\n[guide]: article:router-lights "Lights"\n[bad]: javascript:alert(1)',
    );
    expect(html).toBe(
      '<p><a href="/article/router-lights/" title="Lights">a</a> <span class="broken-link">b</span></p>',
    );
    expect(positions(diagnostics)).toEqual(['4:1 unsafe-link']);
  });
});
