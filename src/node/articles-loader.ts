/**
 * The Astro content loader of the `articles` collection: reads the article
 * files, checks and renders them with our pipeline (src/core/site/
 * compile-articles.ts) and stores one entry per page: its data, not its
 * HTML, which pages read from the same compiled articles. Any error stops the
 * build with the checker's own messages (file:line:column and a hint), so
 * no half-checked site is ever written.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatDiagnostics } from '../core/diagnostics.ts';
import { articleEntryData } from '../core/site/article-entry-schema.ts';
import { buildAudience } from './audience.ts';
import { contentRoot } from './content-root.ts';
import { compileProjectArticles } from './compile-project-articles.ts';
import { ContentError, loadFlows } from './load-flows.ts';

/** Options of `articlesLoader`. */
export interface ArticlesLoaderOptions {
  /** The project root; default Astro's root. */
  root?: string;
}

export { readArticleFiles } from './compile-project-articles.ts';

/** The message already says where and how to fix it; Astro would bury it under our stack trace. */
function withoutStack(error: Error): Error {
  error.stack = '';
  return error;
}

async function loadArticles(context: LoaderContext, options: ArticlesLoaderOptions): Promise<void> {
  const { config, store, parseData, logger } = context;
  const root = options.root ?? contentRoot(fileURLToPath(config.root));
  const audience = buildAudience();
  // The flows' own errors stop the build first, with the flow checker's messages.
  loadFlows(root, audience);
  const { pages, diagnostics } = await compileProjectArticles(root, audience);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new ContentError(`the articles have errors:\n${formatDiagnostics(errors, 'human')}`);
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0) logger.warn(formatDiagnostics(warnings, 'human'));

  // Pages depend on each other (links, fallbacks), so every build starts afresh.
  store.clear();
  // The HTML stays out of the data store: Astro bundles the store into the build, which at 10,000 articles took
  // 14 s and a gigabyte for 77 MB of JSON. Pages read the HTML from the compiled articles (articleHtmlById).
  for (const page of pages) {
    const data = await parseData({ id: page.id, data: articleEntryData(page), filePath: page.file });
    store.set({ id: page.id, data, filePath: page.file });
  }
  logger.info(`${pages.length} article pages`);
}

/**
 * In `astro dev`, reloads every article when an article or flow changes
 * (pages link to each other); a mistake is logged, and the last good pages stay.
 */
function watchContent(context: LoaderContext, root: string, options: ArticlesLoaderOptions): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const folders = [join(root, 'content'), join(root, 'flows')];
  watcher.add(folders);
  const reload = (path: string) => {
    if (!folders.some((folder) => path.startsWith(folder)) || !/\.(md|ya?ml)$/.test(path)) return;
    loadArticles(context, options).catch((error: Error) => logger.error(error.message));
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
}

/** The loader of the `articles` collection. */
export function articlesLoader(options: ArticlesLoaderOptions = {}): Loader {
  let watching = false;
  return {
    name: 'kb-articles',
    async load(context) {
      // Watch first: in dev, a writer fixes the error that stopped the first load and sees the result.
      if (!watching) {
        watching = true;
        watchContent(context, options.root ?? contentRoot(fileURLToPath(context.config.root)), options);
      }
      try {
        await loadArticles(context, options);
      } catch (error) {
        throw error instanceof ContentError ? withoutStack(error) : error;
      }
    },
  };
}
