/**
 * The Astro integration that adds the call console's routes to the
 * representatives' build only. The console's files start with `_`, so the
 * file router never sees them; on the public build they are never injected,
 * so that build has neither the routes nor the console's script.
 * (A page whose getStaticPaths returns no paths would still have its
 * script bundled into dist/_astro.)
 */
import type { AstroIntegration } from 'astro';
import { buildAudience } from '../../../node/audience.ts';

// Entrypoints are resolved from the project root.
const DIR = './src/pages/[locale]/console';

/** Adds /<locale>/console/ and /<locale>/console/<flow>.json when KB_AUDIENCE=agent. */
export function consoleRoutes(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'kb-console-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (buildAudience(env) !== 'agent') return;
        injectRoute({ pattern: '/[locale]/console', entrypoint: `${DIR}/_console-page.astro` });
        injectRoute({ pattern: '/[locale]/console/[flow].json', entrypoint: `${DIR}/_console-data.json.ts` });
      },
    },
  };
}
