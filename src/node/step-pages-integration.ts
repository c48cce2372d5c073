/**
 * The Astro integration of the troubleshooter step pages. Astro renders one
 * shell per flow and locale at the flow's first page
 * (src/pages/[locale]/troubleshoot/[...path].astro); the middleware fills
 * that page and, in a build, hands the shell to the writer, which writes the
 * flow's other step pages while Astro renders the rest of the site
 * (step-pages-writer.ts). `astro dev` fills each step page as it is
 * requested (step-pages-middleware.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { setShellSink } from './shell-sink.ts';
import { openStepPagesWriter, type StepPagesWriter } from './step-pages-writer.ts';

/** Writes the step pages into each build; serves them in `astro dev`. */
export function stepPages(): AstroIntegration {
  let site = 'http://127.0.0.1:4321';
  let outDir = '';
  let writer: StepPagesWriter | undefined;
  let start = 0;
  return {
    name: 'kb-step-pages',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('./step-pages-middleware.ts', import.meta.url), order: 'pre' });
      },
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        start = performance.now();
        const opened = await openStepPagesWriter(outDir, site);
        writer = opened;
        setShellSink('step', { site, shell: (locale, flowId, html) => opened.shell(locale, flowId, html) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setShellSink('step', undefined);
        if (!writer) throw new Error('the step page writer was not opened: astro:build:start did not run');
        if (fileURLToPath(dir) !== outDir) throw new Error(`the build went to ${fileURLToPath(dir)}, not ${outDir}, where the step pages were written`);
        const waited = performance.now();
        const { pages, flows, threads } = await writer.finish();
        const total = Math.round(performance.now() - start);
        const after = Math.round(performance.now() - waited);
        logger.info(
          `${pages} step pages of ${flows} troubleshooters (${threads} ${threads === 1 ? 'thread' : 'threads'}, ` +
            `written alongside Astro's pages; ${after} ms after them, ${total} ms in all)`,
        );
      },
    },
  };
}
