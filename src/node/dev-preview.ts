/**
 * Live preview for writers (`npm run dev`): a Vite plugin, active in the
 * dev server only, that re-checks the knowledge base whenever a file under
 * content/ or flows/ changes. While there are errors, every page request
 * gets the checker's report with file, line and column (dev-error-page.ts)
 * instead of a crashed route or silently stale content, and open pages
 * reload by themselves when errors appear or go. Valid edits need nothing
 * from here: the articles loader reloads the content and Astro reloads the
 * page.
 */
import type { IncomingMessage } from 'node:http';
import { relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { flowIdOfFile } from '../core/flows/check-flows.ts';
import { checkProject } from '../core/flows/check-project.ts';
import { compileArticles } from '../core/site/compile-articles.ts';
import { readArticleFiles } from './articles-loader.ts';
import { signatureOf } from './_files-memo.ts';
import { buildAudience } from './audience.ts';
import { contentRoot } from './content-root.ts';
import { devErrorPage } from './dev-error-page.ts';
import { ContentError } from './load-flows.ts';
import { readProject } from './read-project.ts';
import { readSiteConfig } from './read-site-config.ts';

/** What changed since the last check: articles are slow to check, so they are re-checked only when needed. */
interface Changes {
  any: boolean;
  articles: boolean;
}

/** Which project files the preview watches: everything under content/ and flows/. */
function watched(root: string, path: string): { file: string; article: boolean; flowSet: boolean } | undefined {
  const file = relative(root, path).split(sep).join('/');
  if (!/^(content|flows)\//.test(file)) return undefined;
  return { file, article: file.endsWith('.md'), flowSet: file.startsWith('flows/') };
}

/**
 * The checker's report on the knowledge base at `root`, or undefined when it
 * has no errors. `articleErrors` is reused when no article changed.
 */
async function check(root: string, recheckArticles: boolean, articleErrors: Diagnostic[]): Promise<{ report?: string; articleErrors: Diagnostic[] }> {
  const messages: string[] = [];
  try {
    readSiteConfig(root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    messages.push(error.message);
  }
  const project = readProject(root);
  const errors = checkProject(project).diagnostics.filter((d) => d.severity === 'error');
  if (recheckArticles) {
    const { diagnostics } = await compileArticles({
      files: readArticleFiles(root),
      flowIds: project.flows.map((f) => flowIdOfFile(f.file)),
      audience: buildAudience(),
    });
    articleErrors = diagnostics.filter((d) => d.severity === 'error');
  }
  errors.push(...articleErrors);
  if (errors.length > 0) messages.push(formatDiagnostics(errors, 'human'));
  return { ...(messages.length > 0 ? { report: messages.join('\n\n') } : {}), articleErrors };
}

/** True for a request the browser makes to show a page (not a script, style, image or data file). */
function isPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' || !req.url) return false;
  const path = req.url.split('?')[0] ?? '';
  if (path.startsWith('/@') || path.startsWith('/_') || path.includes('/node_modules/')) return false;
  if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) return false;
  return req.headers['sec-fetch-dest'] === 'document' || (req.headers.accept ?? '').includes('text/html');
}

/** The live-preview plugin; add it to Astro's `vite.plugins`. It does nothing in `astro build`. */
export function devPreview(): Plugin {
  return {
    name: 'kb-dev-preview',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      const root = contentRoot(server.config.root);
      let report: string | undefined;
      let articleErrors: Diagnostic[] = [];
      let pending: Changes = { any: true, articles: true };
      let running: Promise<void> = Promise.resolve();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const folders = [`${root}/content`, `${root}/flows`];
      /** The files as the last check read them: a fix the file watcher missed is still noticed. */
      let checked = '';

      /** Checks again if anything changed; concurrent callers share one run. */
      const refresh = (): Promise<void> => {
        running = running.then(async () => {
          if (!pending.any) return;
          const changes = pending;
          pending = { any: false, articles: false };
          const before = report;
          checked = signatureOf(folders);
          try {
            const result = await check(root, changes.articles, articleErrors);
            report = result.report;
            articleErrors = result.articleErrors;
          } catch (error) {
            report = `The preview could not check the knowledge base: ${(error as Error).message}`;
          }
          if (report !== undefined) server.config.logger.error(report, { timestamp: true });
          // The content loader reloads pages after a good edit; an edit that breaks (or only fixes) must reload them here.
          if (report !== before) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        });
        return running;
      };

      server.watcher.add(folders);
      const onChange = (path: string, added = false) => {
        const hit = watched(root, path);
        if (!hit) return;
        pending = { any: true, articles: pending.articles || hit.article || (added && hit.flowSet) };
        clearTimeout(timer);
        // Editors often write a file in several steps; check once they are done.
        timer = setTimeout(() => void refresh(), 150);
      };
      server.watcher.on('change', (path) => onChange(path));
      server.watcher.on('add', (path) => onChange(path, true));
      server.watcher.on('unlink', (path) => onChange(path, true));
      void refresh();

      server.middlewares.use((req, res, next) => {
        if (!isPageRequest(req)) return next();
        // While errors are shown, every page request looks at the files too: watchers miss events (under heavy
        // load, on network drives), and a writer who saved a fix must not keep seeing the old report.
        if (report !== undefined && !pending.any && signatureOf(folders) !== checked) pending = { any: true, articles: true };
        refresh().then(
          () => {
            if (report === undefined) return next();
            res.statusCode = 500;
            res.setHeader('content-type', 'text/html; charset=utf-8');
            res.setHeader('cache-control', 'no-store');
            res.end(devErrorPage(report));
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
