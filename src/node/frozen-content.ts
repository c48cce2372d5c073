/**
 * An Astro integration that tells the memoised readers (src/node/_files-memo.ts)
 * that content does not change during `astro build`: every page then gets
 * the flows, the site configuration and the articles computed once, without
 * walking the content folder again. It also starts rendering the articles as
 * the build starts, on the worker threads, while Astro sets itself up; the
 * content loader then takes the same result. `astro dev` keeps checking for edits.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { freezeFiles } from './_files-memo.ts';
import { buildAudience } from './audience.ts';
import { compileProjectArticles } from './compile-project-articles.ts';
import { contentRoot } from './content-root.ts';

/** Freezes the content of a build and starts rendering it; does nothing in dev. */
export function frozenContentDuringBuild(): AstroIntegration {
  return {
    name: 'kb-frozen-content',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        freezeFiles();
        // Errors are the loader's to report, with the flows' first: a failed start is forgotten and redone there.
        compileProjectArticles(contentRoot(fileURLToPath(config.root)), buildAudience()).catch(() => undefined);
      },
    },
  };
}
