/**
 * The parser of an article's Markdown: remark's own (mdast-util-from-markdown
 * over micromark) with exactly what remark-gfm and remark-directive add —
 * tables, strikethrough, task lists, footnotes, autolink literals and
 * `:::callout` directives.
 *
 * GFM's autolink literals (a bare `www.example.com`, `https://…` or e-mail
 * address) cost most of the parsing time: micromark tries to start an e-mail
 * address at every letter, and the tree is searched again for addresses
 * afterwards. Yet a literal needs `@`, `www.` or `http(s)://` in the text,
 * and few articles have one. So each document is parsed without them first,
 * and again with them only when the text it yields contains one of those.
 * Without one, both parses give the same tree: the extension can only add
 * links where those characters are. tests/content/remark-article-syntax.test.ts
 * holds the result to remark-gfm's and remark-directive's, node for node.
 */
import type { Nodes, Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown, type Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import type { Plugin, Processor } from 'unified';

interface Syntax {
  extensions: MicromarkExtension[];
  mdastExtensions: Array<FromMarkdownExtension | FromMarkdownExtension[]>;
}

/** remark-gfm's and remark-directive's extensions, in the order they add them. */
const FULL: Syntax = {
  extensions: [gfm(), directive()],
  mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()],
};

/** The same without autolink literals. */
const WITHOUT_AUTOLINK_LITERALS: Syntax = {
  extensions: [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem(), directive()],
  mdastExtensions: [
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
    directiveFromMarkdown(),
  ],
};

/** What every autolink literal contains (GFM's www, protocol and e-mail forms, `mailto:` and `xmpp:` included). */
const LITERAL_MARK = /@|www\.|https?:\/\//i;

/**
 * Whether any text of the tree could hold an autolink literal. Text values
 * are the decoded characters (escapes and character references resolved),
 * which is what both micromark and the tree search match; image alt texts
 * and reference labels are looked at too.
 */
export function mayHoldAutolinkLiteral(tree: Nodes): boolean {
  if (tree.type === 'text') return LITERAL_MARK.test(tree.value);
  if ('alt' in tree && typeof tree.alt === 'string' && LITERAL_MARK.test(tree.alt)) return true;
  if ('label' in tree && typeof tree.label === 'string' && LITERAL_MARK.test(tree.label)) return true;
  return 'children' in tree && tree.children.some((child) => mayHoldAutolinkLiteral(child));
}

/** Parses Markdown as remark-parse with remark-gfm and remark-directive does. */
export function parseArticleMarkdown(markdown: string): Root {
  const quick = fromMarkdown(markdown, WITHOUT_AUTOLINK_LITERALS);
  return mayHoldAutolinkLiteral(quick) ? fromMarkdown(markdown, FULL) : quick;
}

/** A unified plugin that parses with `parseArticleMarkdown`: use it instead of remark-parse, remark-gfm and remark-directive. */
export const remarkArticleSyntax: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = (document) => parseArticleMarkdown(document);
};
