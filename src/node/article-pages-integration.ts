/**
 * The Astro integration of the article pages. Astro renders one page per
 * locale and kind (src/pages/[locale]/[category]/[key].astro, a shell with
 * slot tokens); the middleware fills that page and, in a build, hands the
 * shell to the writer, which writes the shell's other article pages while
 * Astro renders the rest of the site (article-pages-writer.ts). `astro dev`
 * fills each article page as it is requested (article-pages-middleware.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { openArticlePagesWriter, type ArticlePagesWriter } from './article-pages-writer.ts';
import { setShellSink } from './shell-sink.ts';

/** Writes the article pages into each build; serves them in `astro dev`. */
export function articlePages(): AstroIntegration {
  let site = 'http://127.0.0.1:4321';
  let outDir = '';
  let writer: ArticlePagesWriter | undefined;
  let start = 0;
  return {
    name: 'kb-article-pages',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('./article-pages-middleware.ts', import.meta.url), order: 'pre' });
      },
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        start = performance.now();
        const opened = await openArticlePagesWriter(outDir, site);
        writer = opened;
        setShellSink('article', { site, shell: (locale, kind, html) => opened.shell(locale, kind, html) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setShellSink('article', undefined);
        if (!writer) throw new Error('the article page writer was not opened: astro:build:start did not run');
        if (fileURLToPath(dir) !== outDir) throw new Error(`the build went to ${fileURLToPath(dir)}, not ${outDir}, where the article pages were written`);
        const waited = performance.now();
        const { pages, shells } = await writer.finish();
        const total = Math.round(performance.now() - start);
        const after = Math.round(performance.now() - waited);
        logger.info(`${pages} article pages from ${shells} shells (written alongside Astro's pages; ${after} ms after them, ${total} ms in all)`);
      },
    },
  };
}
