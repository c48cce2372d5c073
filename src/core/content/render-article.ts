/**
 * Renders an article's Markdown to HTML with our plugins, and returns what
 * the site and search need besides the HTML. Raw HTML in the Markdown never
 * reaches the page, and links with unsafe schemes lose their target, so a
 * writer's `<script>` or `javascript:` link cannot run.
 */
import type { Root } from 'mdast';
import { unified, type Plugin } from 'unified';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.ts';
import type { Locale } from '../locales.ts';
import { CALLOUT_LABELS, type CalloutLabels } from './callout-labels.ts';
import { splitFrontmatter } from './parse-frontmatter.ts';
import { remarkArticleSyntax } from './remark-article-syntax.ts';
import { remarkCallouts } from './remark-callouts.ts';
import { remarkHeadings, type HeadingEntry, type TocEntry } from './remark-headings.ts';
import { remarkLinks, type LinkResolver } from './remark-links.ts';
import { remarkRawHtml } from './remark-raw-html.ts';

/** Options of `renderArticle`. */
export interface RenderArticleOptions {
  /** The article's locale: picks the callout titles. */
  locale: Locale;
  /** The article's path relative to the project root, for diagnostics. */
  file: string;
  /** Resolves `article:` and `flow:` links to URLs; the site knows them and the fallback locales. */
  resolve: LinkResolver;
}

/** A rendered article. */
export interface RenderedArticle {
  html: string;
  /** The h2 and h3 headings, for the table of contents. */
  toc: TocEntry[];
  /** Every heading, for search. */
  headings: HeadingEntry[];
  /** The body as plain text, one block per line, for search and snippets. */
  plainText: string;
  /** Problems found, sorted by position; the caller decides whether errors fail the build. */
  diagnostics: Diagnostic[];
}

/** A remark plugin, with or without options: the shape Astro's `remarkPlugins` accepts too. */
export type RemarkPluginEntry = Plugin<any[], Root> | [Plugin<any[], Root>, unknown];

/**
 * Our remark plugins in the order they must run (raw HTML out first, so it
 * never reaches heading ids or the plain text; headings last, so the text
 * is final). Also usable as Astro's `unified({ remarkPlugins })`, after
 * remark-directive.
 */
export function articleRemarkPlugins(options: { labels?: CalloutLabels; resolve: LinkResolver }): RemarkPluginEntry[] {
  return [
    remarkRawHtml,
    [remarkCallouts, { labels: options.labels }],
    [remarkLinks, { resolve: options.resolve }],
    remarkHeadings,
  ];
}

function vfileFor(markdown: string, file: string): VFile {
  const body = splitFrontmatter(markdown).body;
  return file ? new VFile({ value: body, path: file }) : new VFile({ value: body });
}

/**
 * Renders an article: `markdown` is the whole file (a frontmatter block is
 * skipped, keeping line numbers) or just its body. Never rejects for bad
 * input: problems come back as diagnostics with the exact line and column.
 */
export async function renderArticle(markdown: string, options: RenderArticleOptions): Promise<RenderedArticle> {
  const processor = unified()
    .use(remarkArticleSyntax)
    .use(articleRemarkPlugins({ labels: CALLOUT_LABELS[options.locale], resolve: options.resolve }))
    // Without allowDangerousHtml, remark-rehype drops any raw HTML a plugin might still add.
    .use(remarkRehype)
    .use(rehypeStringify);
  const file = await processor.process(vfileFor(markdown, options.file));
  return {
    html: String(file.value),
    toc: file.data.toc ?? [],
    headings: file.data.headings ?? [],
    plainText: file.data.plainText ?? '',
    diagnostics: sortDiagnostics(file.data.diagnostics ?? []),
  };
}

/**
 * The headings of an article with their ids, without rendering it: what a
 * link resolver needs to check `article:<key>#<anchor>` links before the
 * articles that contain them are rendered.
 */
export function articleHeadings(markdown: string): HeadingEntry[] {
  const processor = unified()
    .use(remarkArticleSyntax)
    .use(remarkRawHtml)
    .use(remarkCallouts)
    .use(remarkHeadings);
  const file = vfileFor(markdown, '');
  processor.runSync(processor.parse(file), file);
  return file.data.headings ?? [];
}
