import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/core/content/parse-frontmatter.ts';
import { mayHoldAutolinkLiteral, parseArticleMarkdown } from '../../src/core/content/remark-article-syntax.ts';

/** What the parser stands in for: remark-parse with remark-gfm and remark-directive. */
const reference = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
const referenceTree = (markdown: string) => reference.parse(markdown);

/** Every Markdown file under a folder. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Autolink literals where they count, and the ways text can hide or fake one. */
const TRICKY = [
  'Write to support@example.com or see www.example.com and https://status.example.com/today.',
  'Upper case: WWW.EXAMPLE.COM and HTTPS://EXAMPLE.COM/A and Http://x.org.',
  'mailto:help@example.com and xmpp:desk@example.com/room, and a+b@mail.example.co.uk.',
  'Escaped: www\\.example.com, a\\@b.com and http\\://example.com.',
  'References: http&#58;//example.com, www&#46;example.com and a&#64;b.com.',
  'In a label: [www.example.com](https://example.com) and ![see https://example.com](pic.png).',
  'In code: `www.example.com` and `a@b.com`.\n\n```\nhttps://example.com\n```',
  '| Site | Mail |\n| --- | --- |\n| www.example.com | desk@example.com |',
  'A note.[^1]\n\n[^1]: See https://example.com/notes.',
  ':::warning[Visit www.example.com]\nMail ops@example.com.\n:::',
  '## Help at www.example.com\n\n- [ ] mail a@b.co\n- [x] ~~https://old.example.com~~',
  'Emphasis in a path: www.example.com/_b_ and https://example.com/*c*.',
  'A stray bracket: [a]](https://example.com) and (www.example.com).',
  'Punctuation after: https://example.com/a. www.example.com, a@b.com; <https://example.com>.',
  '[ref]: https://example.com\n\nSee [ref] and [www.example.com][ref].',
  'No mark at all: wwwexample, http:example, ftp://example.com, a at b dot com.',
  '<span title="www.example.com">raw</span> and <!-- a@b.com -->.',
];

describe('parseArticleMarkdown', () => {
  test.each(TRICKY)('gives remark-gfm and remark-directive’s tree, positions included: %s', (markdown) => {
    expect(parseArticleMarkdown(markdown)).toEqual(referenceTree(markdown));
  });

  test('gives the same tree as remark-gfm and remark-directive for every article of the sample knowledge base', () => {
    const files = markdownFiles('content');
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const { body } = splitFrontmatter(readFileSync(file, 'utf8'));
      expect(parseArticleMarkdown(body), file).toEqual(referenceTree(body));
    }
  });

  test('turns bare addresses into links, as GFM does', () => {
    const tree = parseArticleMarkdown('Mail support@example.com or open www.example.com.');
    const paragraph = tree.children[0];
    expect(paragraph?.type === 'paragraph' && paragraph.children.filter((node) => node.type === 'link').map((node) => node.url)).toEqual([
      'mailto:support@example.com',
      'http://www.example.com',
    ]);
  });
});

describe('mayHoldAutolinkLiteral', () => {
  test('is false for text without an address, so such articles are parsed once', () => {
    expect(mayHoldAutolinkLiteral(referenceTree('# Restart\n\nUnplug the router, wait *ten* seconds, and [try again](article:x).'))).toBe(false);
  });

  test('looks in text, image alt texts and reference labels, after escapes and references are decoded', () => {
    expect(mayHoldAutolinkLiteral(referenceTree('www\\.example.com'))).toBe(true);
    expect(mayHoldAutolinkLiteral(referenceTree('http&#58;//example.com'))).toBe(true);
    expect(mayHoldAutolinkLiteral(referenceTree('![a@b.com](x.png)'))).toBe(true);
    expect(mayHoldAutolinkLiteral(referenceTree('[www.example.com][]\n\n[www.example.com]: /x'))).toBe(true);
    expect(mayHoldAutolinkLiteral(referenceTree('[a link](https://example.com)'))).toBe(false);
  });
});
