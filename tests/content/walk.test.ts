import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { SKIP as VISIT_SKIP, visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { SKIP, walk } from '../../src/core/content/_walk.ts';
import { parseArticleMarkdown } from '../../src/core/content/remark-article-syntax.ts';
import { splitFrontmatter } from '../../src/core/content/parse-frontmatter.ts';

const CONTENT = new URL('../../content', import.meta.url).pathname;
const articles = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.md'))
  .map((f) => splitFrontmatter(readFileSync(join(CONTENT, f), 'utf8')).body);

/** Removes every text node, skips the children of links, and records what it saw: the same visitor for both walks. */
function recorder(seen: string[]) {
  return (node: Nodes, index: number | undefined, parent: { children: Nodes[] } | undefined) => {
    seen.push(`${node.type}@${index ?? '-'}`);
    if (node.type === 'text' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    return node.type === 'link' ? 'skip' : undefined;
  };
}

describe('the plugins\' tree walk', () => {
  test('visits, removes and skips exactly as unist-util-visit does, on every article of the sample knowledge base', () => {
    expect(articles.length).toBeGreaterThan(10);
    for (const body of articles) {
      const ours: Root = parseArticleMarkdown(body);
      const theirs: Root = parseArticleMarkdown(body);
      const a: string[] = [];
      const b: string[] = [];
      const record = recorder(a);
      walk(ours, (node, index, parent) => {
        const r = record(node, index, parent);
        return r === 'skip' ? SKIP : r;
      });
      const recordTheirs = recorder(b);
      visit(theirs, (node, index, parent) => {
        const r = recordTheirs(node as Nodes, index, parent as { children: Nodes[] } | undefined);
        return r === 'skip' ? VISIT_SKIP : r;
      });
      expect(a).toEqual(b);
      expect(ours).toEqual(theirs);
      expect(a.some((s) => s.startsWith('text@'))).toBe(true);
    }
  });
});
