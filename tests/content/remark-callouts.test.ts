import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { CALLOUT_KINDS, CALLOUT_LABELS } from '../../src/core/content/callout-labels.ts';
import { remarkCallouts, type RemarkCalloutsOptions } from '../../src/core/content/remark-callouts.ts';
import { LOCALES } from '../../src/core/locales.ts';

function render(markdown: string, options?: RemarkCalloutsOptions) {
  const file = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkCallouts, options)
    .use(remarkRehype)
    .use(rehypeStringify)
    .processSync(markdown);
  return { html: String(file), diagnostics: file.data.diagnostics ?? [], messages: file.messages };
}

describe('callout labels', () => {
  test('every locale names all four callout kinds', () => {
    for (const locale of LOCALES) {
      for (const kind of CALLOUT_KINDS) expect(CALLOUT_LABELS[locale][kind], `${locale} ${kind}`).toMatch(/\S/);
    }
  });
});

describe('remarkCallouts', () => {
  test('renders a note as a labelled aside with a title and the content', () => {
    expect(render(':::note\nKeep the box.\n:::').html).toBe(
      '<aside class="callout callout-note" role="note" aria-label="Note"><p class="callout-title" aria-hidden="true">Note</p><div class="callout-content"><p>Keep the box.</p></div></aside>',
    );
  });

  test('titles callouts in the locale of the labels it is given', () => {
    const { html } = render(':::warning\nVorsicht.\n:::', { labels: CALLOUT_LABELS.de });
    expect(html).toContain('aria-label="Warnung"');
    expect(html).toContain('<p class="callout-title" aria-hidden="true">Warnung</p>');
  });

  test('shows a custom title and keeps the kind in the accessible name', () => {
    const { html } = render(':::danger[Before *you* start]\nUnplug it.\n:::', { labels: CALLOUT_LABELS.da });
    expect(html).toContain('aria-label="Fare: Before you start"');
    expect(html).toContain('<p class="callout-title" aria-hidden="true">Before <em>you</em> start</p>');
  });

  test('reports an unknown callout at its line and column with a did-you-mean, and keeps its text', () => {
    const { html, diagnostics, messages } = render('Intro.\n\n  :::nite\n  Still shown.\n  :::');
    expect(html).toBe('<p>Intro.</p>\n<p>Still shown.</p>');
    expect(diagnostics).toEqual([
      {
        file: '',
        line: 3,
        column: 3,
        severity: 'error',
        code: 'unknown-callout',
        message: 'unknown callout ":::nite"',
        hint: 'Did you mean ":::note"?',
      },
    ]);
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.fatal])).toEqual([['unknown-callout', 3, 3, true]]);
  });

  test('lists the callouts when an unknown name is not close to any', () => {
    expect(render(':::details\nx\n:::').diagnostics[0]?.hint).toBe(
      'Use one of :::note, :::tip, :::warning, :::danger.',
    );
  });

  test('puts text directives back as the text the writer typed', () => {
    const { html, diagnostics } = render('At 10:30, Tip:restart and :abbr[**ISP**]{title="x"}.');
    expect(html).toBe('<p>At 10:30, Tip:restart and :abbr[<strong>ISP</strong>]{title="x"}.</p>');
    expect(diagnostics).toEqual([]);
  });

  test('keeps a leaf directive as text and flags one that looks like a callout with two colons', () => {
    const { html, diagnostics } = render('::youtube{#abc}\n\n::tip[Two colons]');
    expect(html).toBe('<p>::youtube{#abc}</p>\n<p>::tip[Two colons]</p>');
    expect(diagnostics.map(({ line, column, code }) => `${line}:${column} ${code}`)).toEqual(['3:1 unknown-callout']);
  });

  test('ignores attributes written on a callout', () => {
    expect(render(':::note{onclick="alert(1)" .big}\nx\n:::').html).not.toMatch(/onclick|big/);
  });
});
