/**
 * Stable heading ids, an anchor link in every heading, and what search and
 * navigation need from an article: the headings, a table of contents (h2 and
 * h3) and the body as plain text, on `file.data`. Links to `#anchors` of the
 * same article are checked against the ids.
 */
import type { Heading, Nodes, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, walk } from './_walk.ts';
import { closestMatch } from './_did-you-mean.ts';
import { quoteValue, report } from './_report.ts';
import { createSlugger } from './heading-slug.ts';

/** A heading of an article. */
export interface HeadingEntry {
  /** 1 for `#`, 2 for `##` … */
  depth: Heading['depth'];
  /** The heading's id, the anchor in `#id` links. */
  id: string;
  /** The heading as plain text. */
  text: string;
}

/** An entry of the table of contents: an h2 or h3. */
export type TocEntry = HeadingEntry;

declare module 'vfile' {
  interface DataMap {
    /** Every heading, in document order. */
    headings: HeadingEntry[];
    /** The h2 and h3 headings, in document order. */
    toc: TocEntry[];
    /** The article's text without markup, one block per line. */
    plainText: string;
  }
}

/** Options of `remarkHeadings`. */
export interface RemarkHeadingsOptions {
  /**
   * Wrap each heading's text in a link to itself (default true), so keyboard
   * users can reach and copy a section's address; the link's accessible name
   * is the heading text.
   */
  anchorLinks?: boolean;
}

function hasLink(heading: Heading): boolean {
  let found = false;
  walk(heading, (node) => {
    if (node.type === 'link' || node.type === 'linkReference') found = true;
  });
  return found;
}

/** The text of every block, one per line, for search indexes and snippets. */
function plainTextOf(tree: Root): string {
  const lines: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'code') {
      if (node.value.trim()) lines.push(node.value);
      return;
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableRow') {
      const text =
        node.type === 'tableRow' ? node.children.map((cell) => toString(cell).trim()).join(' ') : toString(node);
      if (text.trim()) lines.push(text.trim());
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return lines.join('\n');
}

/**
 * Gives every heading a unique id that keeps non-ASCII letters, wraps its
 * text in an anchor link, reports `#anchor` links to ids that do not exist
 * (`broken-anchor`), and sets `file.data.headings`, `file.data.toc` and
 * `file.data.plainText`.
 */
export const remarkHeadings: Plugin<[RemarkHeadingsOptions?], Root> = function (options = {}) {
  const anchorLinks = options.anchorLinks ?? true;
  return (tree, file) => {
    const slug = createSlugger();
    const headings: HeadingEntry[] = [];
    const local: Array<{ node: Nodes; anchor: string }> = [];
    // One walk: each heading gets its id and, unless it holds a link already, its anchor link. The anchor is
    // not walked into (its target is the heading's own id), and a heading with a link has no anchor to skip.
    walk(tree, (node) => {
      if (node.type === 'link' && node.url.startsWith('#') && node.url.length > 1)
        local.push({ node, anchor: node.url.slice(1) });
      if (node.type !== 'heading') return;
      const text = toString(node).trim();
      const id = slug(text);
      headings.push({ depth: node.depth, id, text });
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      if (!anchorLinks || hasLink(node)) return;
      node.children = [{ type: 'link', url: `#${id}`, children: node.children, data: { hProperties: { className: ['heading-anchor'] } } }];
      return SKIP;
    });

    const ids = new Set(headings.map((h) => h.id));
    for (const { node, anchor } of local) {
      let decoded = anchor;
      try {
        decoded = decodeURIComponent(anchor);
      } catch {
        // A malformed escape is reported below as the anchor the writer typed.
      }
      if (ids.has(decoded.normalize('NFC'))) continue;
      const match = closestMatch(decoded, ids);
      report(file, node, {
        code: 'broken-anchor',
        message: `link to ${quoteValue(`#${anchor}`)}: this article has no heading with that id`,
        hint: match ? `Did you mean "#${match}"?` : 'Link to the id of a heading in this article, like #step-2.',
      });
    }

    file.data.headings = headings;
    file.data.toc = headings.filter((h) => h.depth === 2 || h.depth === 3);
    file.data.plainText = plainTextOf(tree);
  };
};
