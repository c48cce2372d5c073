/**
 * The Astro integration of the troubleshooter step pages. Astro renders one
 * shell per flow and locale at the flow's first page
 * (src/pages/[locale]/troubleshoot/[...path].astro); when the build is done
 * this fills every step page from it (step-pages-writer.ts). `astro dev`
 * fills each step page as it is requested (step-pages-middleware.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeStepPages } from './step-pages-writer.ts';

/** Writes the step pages into each build; serves them in `astro dev`. */
export function stepPages(): AstroIntegration {
  let site = 'http://127.0.0.1:4321';
  return {
    name: 'kb-step-pages',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'dev') addMiddleware({ entrypoint: new URL('./step-pages-middleware.ts', import.meta.url), order: 'pre' });
      },
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const { pages, flows, threads } = await writeStepPages(fileURLToPath(dir), site);
        const ms = Math.round(performance.now() - start);
        logger.info(`${pages} step pages of ${flows} troubleshooters in ${ms} ms (${threads} ${threads === 1 ? 'thread' : 'threads'})`);
      },
    },
  };
}
