/**
 * Raw HTML in an article never reaches the page: writers get Markdown, and a
 * pasted `<script>` or `<iframe>` is dropped with a warning at its position.
 * Running this in the remark stage keeps pages safe even in a pipeline that
 * passes HTML through (Astro's default processor does).
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { walk } from './_walk.ts';
import { quoteValue, report } from './_report.ts';

const COMMENT = /^<!--/;
const CLOSING_TAG = /^<\//;

/** Removes raw HTML nodes; reports each opening tag as a `raw-html` warning. Comments go silently. */
export const remarkRawHtml: Plugin<[], Root> = function () {
  return (tree, file) => {
    walk(tree, (node, index, parent) => {
      if (node.type !== 'html' || !parent || index === undefined) return;
      const value = node.value.trim();
      if (!COMMENT.test(value) && !CLOSING_TAG.test(value)) {
        report(file, node, {
          code: 'raw-html',
          severity: 'warning',
          message: `raw HTML is not rendered: ${quoteValue(value)}`,
          hint: 'Write Markdown instead; for a highlighted box use a callout such as :::note … :::.',
        });
      }
      parent.children.splice(index, 1);
      return index;
    });
  };
};
