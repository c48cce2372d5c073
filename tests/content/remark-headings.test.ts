import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { remarkHeadings, type RemarkHeadingsOptions } from '../../src/core/content/remark-headings.ts';

function render(markdown: string, options?: RemarkHeadingsOptions) {
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkHeadings, options)
    .use(remarkRehype)
    .use(rehypeStringify)
    .processSync(markdown);
  return { html: String(file), data: file.data };
}

const article = `# Über den Router

Intro with \`code\` and **bold**.

## Ką daryti

### Step

### Step

#### Detail

## Step
`;

describe('remarkHeadings', () => {
  test('lists every heading with its id and text, and the h2 and h3 as the table of contents', () => {
    const { data } = render(article);
    expect(data.headings).toEqual([
      { depth: 1, id: 'über-den-router', text: 'Über den Router' },
      { depth: 2, id: 'ką-daryti', text: 'Ką daryti' },
      { depth: 3, id: 'step', text: 'Step' },
      { depth: 3, id: 'step-2', text: 'Step' },
      { depth: 4, id: 'detail', text: 'Detail' },
      { depth: 2, id: 'step-3', text: 'Step' },
    ]);
    expect(data.toc?.map((entry) => entry.id)).toEqual(['ką-daryti', 'step', 'step-2', 'step-3']);
  });

  test("wraps each heading's text in a link to itself, named by the heading text", () => {
    expect(render('## Ką daryti').html).toBe(
      '<h2 id="ką-daryti"><a href="#k%C4%85-daryti" class="heading-anchor">Ką daryti</a></h2>',
    );
  });

  test('adds no anchor link inside a heading that already holds a link, or when turned off', () => {
    expect(render('## See [the guide](https://example.com)').html).toBe(
      '<h2 id="see-the-guide">See <a href="https://example.com">the guide</a></h2>',
    );
    expect(render('## Plain', { anchorLinks: false }).html).toBe('<h2 id="plain">Plain</h2>');
  });

  test('gives the body as plain text, one block per line, for search', () => {
    expect(render(`${article}\n| Light | Meaning |\n|---|---|\n\n\`\`\`\nping 8.8.8.8\n\`\`\`\n`).data.plainText).toBe(
      'Über den Router\nIntro with code and bold.\nKą daryti\nStep\nStep\nDetail\nStep\nLight Meaning\nping 8.8.8.8',
    );
  });

  test('reports a link to an anchor this article does not have, with a did-you-mean', () => {
    const file = unified()
      .use(remarkParse)
      .use(remarkHeadings)
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync('## Ką daryti\n\nSee [above](#ka-daryti) and [here](#k%C4%85-daryti).');
    expect(file.data.diagnostics?.map(({ line, column, code, hint }) => `${line}:${column} ${code} | ${hint}`)).toEqual(
      ['3:5 broken-anchor | Did you mean "#ką-daryti"?'],
    );
  });
});
