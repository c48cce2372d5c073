/**
 * An Astro integration that tells the memoised readers (src/node/_files-memo.ts)
 * that content does not change during `astro build`: every page then gets
 * the flows, the site configuration and the articles computed once, without
 * walking the content folder again. `astro dev` keeps checking for edits.
 */
import type { AstroIntegration } from 'astro';
import { freezeFiles } from './_files-memo.ts';

/** Freezes the content of a build; does nothing in dev. */
export function frozenContentDuringBuild(): AstroIntegration {
  return {
    name: 'kb-frozen-content',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') freezeFiles();
      },
    },
  };
}
