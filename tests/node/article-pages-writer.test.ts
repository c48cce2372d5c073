import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleSlotTokens } from '../../src/core/site/article-shell.ts';
import { loadArticlePages } from '../../src/node/article-pages.ts';
import { openArticlePagesWriter } from '../../src/node/article-pages-writer.ts';
import { shellNonce } from '../../src/node/shell-nonce.ts';
import { pageFile } from '../../src/node/write-flow-step-pages.ts';

const SITE = 'https://help.example.com';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A shell as Astro renders one: the page with a token in each slot. */
function shell(name: string): string {
  const t = articleSlotTokens(shellNonce());
  return (
    `<html data-shell="${name}"><title>${t.title}</title>${t.hreflang}${t.switcher}<main>${t.crumbs}` +
    `<article lang="${t.lang}"><h1>${t.title}</h1><p>${t.summary}</p>${t.toc}<div>${t.body}</div></article>${t.meta}${t.related}</main></html>`
  );
}

async function writeAll(skip?: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'kb-article-pages-'));
  dirs.push(outDir);
  const pages = await loadArticlePages();
  const writer = await openArticlePagesWriter(outDir, SITE);
  for (const name of pages.shells.keys()) {
    const [locale, kind] = name.split('/') as [never, string];
    if (name !== skip) writer.shell(locale, kind, shell(name));
  }
  return { outDir, pages, finished: writer.finish() };
}

describe('the article pages of a build', () => {
  it('fills every article page but the first of each shell from that shell, with its own title and body', async () => {
    const { outDir, pages, finished } = await writeAll();
    const written = await finished;
    expect(written.pages).toBe(pages.byUrl.size);
    expect(written.shells).toBe(pages.shells.size);
    expect(pages.shells.has('en/translated') && pages.shells.has('da/fallback')).toBe(true);
    for (const [name, group] of pages.shells) {
      // The first page is Astro's own (filled by the middleware); every other one is written here.
      expect(existsSync(pageFile(outDir, group[0]!.url))).toBe(false);
      for (const page of group.slice(1)) {
        const html = readFileSync(pageFile(outDir, page.url), 'utf8');
        expect(html).toContain(`<html data-shell="${name}">`);
        expect(html).toContain(`<div>${page.html}</div>`);
        expect(html).toContain(page.data.translated ? '<article lang="">' : `<article lang="${page.data.sourceLocale}">`);
        expect(html).not.toContain('kbslot');
      }
    }
  });

  it('fails the build, naming the shell, when one never came', async () => {
    const { finished } = await writeAll('lt/fallback');
    await expect(finished).rejects.toThrow('the article shell of lt/fallback was not rendered');
  });
});
