/**
 * The Astro integration that gives every build its search indexes in
 * <outDir>/search-index/<locale>/, for the build's audience (the public
 * index for dist/, the representatives' one, with agent-only text, for
 * dist-agent/). A worker thread builds them from the start of the build and
 * writes them once Astro has emptied the output folder (astro:build:setup),
 * while Astro renders the pages; the end of the build waits for them. A
 * failure fails the build and leaves no half-written index behind. `astro
 * dev` serves the same indexes built in memory from the content as it is.
 */
import { rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isLocale, LOCALES, type Locale } from '../core/locales.ts';
import { SEARCH_INDEX_DIR } from '../core/search/search-source.ts';
import { buildAudience } from './audience.ts';
import { contentRoot } from './content-root.ts';
import { buildSearchIndexes, writeSearchIndexes, type WrittenSearchIndex } from './search-index-files.ts';
import { startSearchIndexThread, type SearchIndexThread } from './search-index-thread.ts';
import { collectSearchDocuments } from './search-docs.ts';

const NAME = 'kb-search-index';

const TYPES: Record<string, string> = { json: 'application/json', txt: 'text/plain; charset=utf-8', bin: 'application/octet-stream' };

function send(res: ServerResponse, status: number, body: Uint8Array | string, type: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-cache');
  res.end(body);
}

/** Writes the build's search indexes into its output folder; `env` decides the audience (KB_AUDIENCE). */
export function searchIndexes(env: Record<string, string | undefined> = process.env): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let configuredOutDir = '';
  // Started when the build starts (the content is loaded by then); the build waits for it when it is done.
  let writing: { into: string; done: Promise<{ written: WrittenSearchIndex[]; warnings: string[] }> } | undefined;
  // Resolved when Astro has emptied the output folder, so the index may go in.
  let emptied: (() => void) | undefined;
  // Started with the build, so its start-up overlaps Astro's.
  let thread: SearchIndexThread | undefined;
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') thread ??= startSearchIndexThread();
      },
      'astro:config:done': ({ config }) => {
        root = contentRoot(fileURLToPath(config.root), env);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        configuredOutDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // In a worker thread, which also writes the files: built on one core while Astro renders pages on the other.
        const audience = buildAudience(env);
        const into = configuredOutDir;
        const ready = new Promise<string>((resolve) => (emptied = () => resolve(into)));
        const worker = thread ?? startSearchIndexThread();
        thread = undefined;
        const done = collectSearchDocuments(root, audience, LOCALES).then(
          async ({ documents, warnings }) => ({ written: await worker.write(documents, audience, ready), warnings }),
          (error: unknown) => {
            worker.stop();
            throw error;
          },
        );
        // Awaited (and reported) in astro:build:done; a build that stops earlier must not warn about it.
        done.catch(() => undefined);
        writing = { into, done };
      },
      'astro:build:setup': () => {
        // Astro empties the output folder before it sets up its first Vite build.
        emptied?.();
      },
      'astro:build:done': async ({ dir, logger }) => {
        emptied?.();
        const outDir = fileURLToPath(dir);
        const audience = buildAudience(env);
        const started = performance.now();
        try {
          // Written into the folder the build started with; built and written now for any other (or no build:start).
          const early = writing?.into === outDir ? writing.done : undefined;
          thread?.stop();
          thread = undefined;
          const { written, warnings } = await (early ?? writeSearchIndexes(root, outDir, audience));
          for (const warning of warnings) logger.warn(warning);
          const documents = written.reduce((n, w) => n + w.documents, 0);
          const kb = written.reduce((n, w) => n + w.bytes, 0) / 1024;
          logger.info(
            `${audience} search index: ${documents} documents in ${written.length} locales, ${kb.toFixed(0)} KB, ${Math.round(performance.now() - started)} ms`,
          );
        } catch (error) {
          // No index at all rather than a half-written one; the failed build says why.
          rmSync(join(outDir, SEARCH_INDEX_DIR), { recursive: true, force: true });
          const reason = error instanceof Error ? error.message : String(error);
          throw new Error(
            `the search index could not be written to ${join(outDir, SEARCH_INDEX_DIR)}: ${reason}\n` +
              'hint: run `npx kb check` for problems in the content; the site was not finished.',
          );
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const audience = buildAudience(env);
        // Files by path under /search-index/<locale>/; every manifest request rebuilds, so edits show on reload.
        const files = new Map<Locale, Map<string, Uint8Array>>();
        const prefix = `${base}${SEARCH_INDEX_DIR}/`;
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (!path.startsWith(prefix)) return next();
          const [locale, ...rest] = path.slice(prefix.length).split('/');
          const file = rest.join('/');
          if (!isLocale(locale)) return send(res, 404, 'no such locale', 'text/plain');
          const type = TYPES[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
          const serve = () => {
            const bytes = files.get(locale)?.get(file);
            if (bytes) send(res, 200, bytes, type);
            else send(res, 404, 'not in the search index', 'text/plain');
          };
          if (file !== 'manifest.json' && files.has(locale)) return serve();
          collectSearchDocuments(root, audience, [locale])
            .then(({ documents }) => buildSearchIndexes(documents, audience))
            .then((built) => {
              const known = files.get(locale) ?? new Map<string, Uint8Array>();
              for (const [name, bytes] of built.get(locale)?.files ?? []) known.set(name, bytes);
              files.set(locale, known);
              serve();
            })
            .catch((error: unknown) => {
              logger.error(`search index of ${locale}: ${error instanceof Error ? error.message : String(error)}`);
              send(res, 500, 'the search index could not be built', 'text/plain');
            });
        });
      },
    },
  };
}
