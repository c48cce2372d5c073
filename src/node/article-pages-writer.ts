/**
 * Writes every article page of a build from the shells Astro renders
 * (src/core/site/article-shell.ts): an article page differs from the one
 * Astro rendered for its shell only in its slots, so filling strings is all a
 * page costs (at 3,000 articles, Astro's page generation took 3.0 s instead
 * of 4.6 s once it no longer rendered every article page).
 *
 * Astro renders one page per locale and kind (translated, fallback); the
 * middleware fills it and hands over its shell (shell-sink.ts), and this
 * writes the shell's other pages at once, in this thread, a batch at a time
 * with asynchronous writes, so Astro goes on rendering the rest of the site
 * in between.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Locale } from '../core/locales.ts';
import { articlePageValues, type ArticlePageContext } from '../core/site/article-page-values.ts';
import { fillArticleShell, parseArticleShell, type ArticleShell, type ArticleShellKind } from '../core/site/article-shell.ts';
import { ShellError } from '../core/site/page-shell.ts';
import { articleShellName, loadArticlePages, type ArticlePage } from './article-pages.ts';
import { shellNonce } from './shell-nonce.ts';
import { pageFile } from './write-flow-step-pages.ts';

/** Pages filled and handed to the file system before this thread lets Astro go on. */
const BATCH = 32;

/** What a build's article pages came to. */
export interface ArticlePagesWritten {
  /** Every article page of the site, Astro's own included. */
  pages: number;
  shells: number;
}

/** Takes the article shells of one build and writes its article pages. */
export interface ArticlePagesWriter {
  /** The shell of one locale and kind (`translated`, `fallback`), as Astro rendered it. */
  shell(locale: Locale, kind: string, html: string): void;
  /** Waits for every page to be written; fails if a shell never came or a page could not be written. */
  finish(): Promise<ArticlePagesWritten>;
}

async function writePages(outDir: string, context: ArticlePageContext, shell: ArticleShell, pages: readonly ArticlePage[]): Promise<void> {
  for (let i = 0; i < pages.length; i += BATCH) {
    await Promise.all(
      pages.slice(i, i + BATCH).map(async (page) => {
        const file = pageFile(outDir, page.url);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, fillArticleShell(shell, articlePageValues(context, page.data, page.html)));
      }),
    );
  }
}

/** Opens the writer of a build into `outDir` for a site at `site`. */
export async function openArticlePagesWriter(outDir: string, site: string): Promise<ArticlePagesWriter> {
  const pages = await loadArticlePages();
  const context = pages.context(site);
  const nonce = shellNonce();
  const started = new Map<string, Promise<void>>();
  return {
    shell(locale, kind, html) {
      const name = articleShellName(locale, kind as ArticleShellKind);
      const group = pages.shells.get(name);
      if (!group || started.has(name)) return;
      let written: Promise<void>;
      try {
        // The first page of the shell is Astro's own, filled by the middleware.
        written = writePages(outDir, context, parseArticleShell(html, nonce, name), group.slice(1));
      } catch (error) {
        written = Promise.reject(error);
      }
      written.catch(() => undefined); // reported by finish()
      started.set(name, written);
    },
    async finish() {
      const missing = [...pages.shells.keys()].filter((name) => !started.has(name));
      if (missing.length > 0) throw new ShellError(`the article shell of ${missing.join(', ')} was not rendered`);
      await Promise.all(started.values());
      return { pages: pages.byUrl.size, shells: pages.shells.size };
    },
  };
}
