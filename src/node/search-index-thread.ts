/**
 * Builds and writes the search indexes in a worker thread, so a build weighs
 * every article for search on one core while Astro renders the pages on the
 * other, and its main thread never copies or writes the index files. The
 * index is built at once; it is written when `outDir` resolves (Astro empties
 * its output folder after the build starts). The worker can be started
 * before the documents are known, so that its start-up does not delay the
 * index. Falls back to this thread where the worker script is not on disk.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../core/locales.ts';
import type { SearchDocument } from '../core/search/search-document.ts';
import type { Audience } from './load-flows.ts';
import { buildSearchIndexes, writeBuiltIndexes, type WrittenSearchIndex } from './search-index-files.ts';
import { WORKER_OPTIONS } from './worker-pool.ts';

const WORKER_FILE = fileURLToPath(new URL('./search-index-worker.ts', import.meta.url));

/** What search-index-worker.ts is sent: first the documents, then where to write. */
export type SearchIndexMessage = { documents: ReadonlyMap<Locale, readonly SearchDocument[]>; audience: Audience } | { outDir: string };

/** A search index worker, started before its work so that its start-up overlaps Astro's. */
export interface SearchIndexThread {
  /** Builds the indexes of `documents` and writes them to <outDir>/search-index/ (as writeBuiltIndexes); once per thread. */
  write(documents: ReadonlyMap<Locale, readonly SearchDocument[]>, audience: Audience, outDir: Promise<string>): Promise<WrittenSearchIndex[]>;
  /** Stops the worker (a build that indexed in another way). */
  stop(): void;
}

/**
 * Starts a search index worker, which loads its code and the analyzers of
 * every locale while it waits. Until it is given work, it does not keep the
 * process alive. Where the worker script is not on disk, `write` builds and
 * writes in this thread.
 */
export function startSearchIndexThread(): SearchIndexThread {
  if (!existsSync(WORKER_FILE)) {
    return {
      async write(documents, audience, outDir) {
        const built = await buildSearchIndexes(documents, audience);
        return writeBuiltIndexes(built, await outDir);
      },
      stop() {},
    };
  }
  const worker = new Worker(WORKER_FILE, WORKER_OPTIONS);
  worker.unref();
  // Why the worker stopped before it was given work, for write() to report.
  let stopped: string | undefined;
  worker.on('error', (error: Error) => (stopped ??= `the search index worker stopped: ${error.message}`));
  worker.on('exit', (code) => (stopped ??= `the search index worker exited (code ${code}) without a result`));
  return {
    write(documents, audience, outDir) {
      return new Promise((resolve, reject) => {
        if (stopped) return reject(new Error(stopped));
        worker.once('message', (reply: { written?: WrittenSearchIndex[]; error?: string }) => {
          void worker.terminate();
          if (reply.written) resolve(reply.written);
          else reject(new Error(reply.error ?? 'the search index worker gave no result'));
        });
        worker.once('error', (error: Error) => reject(new Error(`the search index worker stopped: ${error.message}`)));
        // After a result this changes nothing; without one (killed, out of memory) the build must not wait forever.
        worker.once('exit', (code) => reject(new Error(`the search index worker exited (code ${code}) without a result`)));
        worker.postMessage({ documents, audience } satisfies SearchIndexMessage);
        // Until it may write, the worker does not keep the process alive: a build that fails before then must still exit.
        // (Listening for its messages ref'd it again.)
        worker.unref();
        outDir.then(
          (dir) => {
            worker.ref();
            worker.postMessage({ outDir: dir } satisfies SearchIndexMessage);
          },
          (error: unknown) => {
            void worker.terminate();
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    },
    stop() {
      void worker.terminate();
    },
  };
}

/** Builds the indexes of `documents` and writes them to <outDir>/search-index/ (as writeBuiltIndexes), in a new worker thread. */
export function writeSearchIndexesInThread(
  documents: ReadonlyMap<Locale, readonly SearchDocument[]>,
  audience: Audience,
  outDir: Promise<string>,
): Promise<WrittenSearchIndex[]> {
  return startSearchIndexThread().write(documents, audience, outDir);
}
