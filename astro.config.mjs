// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { consoleRoutes } from './src/pages/[locale]/console/_console-routes.ts';
import { devPreview } from './src/node/dev-preview.ts';
import { frozenContentDuringBuild } from './src/node/frozen-content.ts';
import { searchIndexes } from './src/node/search-integration.ts';
import { stepPages } from './src/node/step-pages-integration.ts';
import { articlePages } from './src/node/article-pages-integration.ts';

// The representatives' build (KB_AUDIENCE=agent, `npm run build:agent`) writes dist-agent/ and keeps its
// own content cache: the data store holds agent-only articles, so the public build must never read it.
const agent = process.env.KB_AUDIENCE === 'agent';

// Markdown is rendered by remark (our pipeline); plugins are added in src/core/content.
export default defineConfig({
  site: agent ? 'http://127.0.0.1:4322' : 'http://127.0.0.1:4321',
  outDir: agent ? './dist-agent' : './dist',
  cacheDir: agent ? './node_modules/.astro-agent' : './node_modules/.astro',
  trailingSlash: 'always',
  // Pages are rendered while earlier ones are written: with one at a time, the build waits on the disk
  // for a third of the time (measured on a 1,000-article corpus; `npm run bench`).
  build: { concurrency: 4 },
  markdown: {
    processor: unified({ remarkPlugins: [] }),
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Content read once per build; the call console's routes, on the representatives' build only; the
  // troubleshooters' step pages, filled from one shell per flow and locale; the article pages, filled from one
  // shell per locale and kind; the search indexes of the build's audience. Astro runs the hooks at the end of a
  // build one after another: the step and article pages come first, while the search index (built in its own
  // thread since the build started) finishes.
  integrations: [frozenContentDuringBuild(), consoleRoutes(), stepPages(), articlePages(), searchIndexes()],
  // `npm run dev` only: the checker's report instead of a page while content has errors (src/node/dev-preview.ts).
  vite: { plugins: [devPreview()] },
});
