import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileArticles, renderInThisThread } from '../../src/core/site/compile-articles.ts';
import { readArticleFiles } from '../../src/node/compile-project-articles.ts';
import { renderInWorkers, renderThreads } from '../../src/node/render-pool.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('rendering articles on every core', () => {
  it('gives exactly the pages and diagnostics of rendering in one thread', async () => {
    const input = { files: readArticleFiles(ROOT), flowIds: ['internet-down', 'invoice-charge', 'where-is-my-order', 'cannot-sign-in'], audience: 'public' as const };
    const alone = await compileArticles(input, renderInThisThread);
    const pooled = await compileArticles(input, renderInWorkers(2));
    expect(pooled.pages.length).toBeGreaterThan(100);
    expect(pooled.pages.some((page) => !page.translated)).toBe(true);
    expect(pooled).toEqual(alone);
  });

  it('keeps the file, line and column of a problem found in a worker', async () => {
    const files = [
      { file: 'content/en/accounts/a.md', locale: 'en' as const, text: '---\ntitle: A\nsummary: S\nkey: a\ncategory: accounts\n---\n\nSee [b](article:b).\n' },
    ];
    const { diagnostics } = await compileArticles({ files, flowIds: [], audience: 'public' }, renderInWorkers(2));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(['content/en/accounts/a.md:8:5 broken-link']);
  });

  it('renders small knowledge bases in this thread and follows KB_RENDER_THREADS', () => {
    expect(renderThreads(50, {})).toBe(1);
    expect(renderThreads(5_000, { KB_RENDER_THREADS: '3' })).toBe(3);
    expect(renderThreads(5_000, { KB_RENDER_THREADS: '1' })).toBe(1);
    expect(renderThreads(5_000, {})).toBeGreaterThanOrEqual(1);
  });
});
