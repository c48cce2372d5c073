/**
 * Builds the search indexes in a worker thread, so a build weighs every
 * article for search on one core while Astro renders the pages on the other.
 * Falls back to this thread where the worker script is not on disk.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../core/locales.ts';
import type { BuiltSearchIndex } from '../core/search/build-index.ts';
import type { SearchDocument } from '../core/search/search-document.ts';
import type { Audience } from './load-flows.ts';
import { buildSearchIndexes } from './search-index-files.ts';
import { WORKER_OPTIONS } from './worker-pool.ts';

const WORKER_FILE = fileURLToPath(new URL('./search-index-worker.ts', import.meta.url));

/** The same indexes as `buildSearchIndexes`, built in a worker thread. */
export function buildSearchIndexesInThread(
  documents: ReadonlyMap<Locale, readonly SearchDocument[]>,
  audience: Audience,
): Promise<Map<Locale, BuiltSearchIndex>> {
  if (!existsSync(WORKER_FILE)) return buildSearchIndexes(documents, audience);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, WORKER_OPTIONS);
    worker.once('message', (message: { built?: Map<Locale, BuiltSearchIndex>; error?: string }) => {
      void worker.terminate();
      if (message.built) resolve(message.built);
      else reject(new Error(message.error ?? 'the search index worker gave no result'));
    });
    worker.once('error', (error: Error) => reject(new Error(`the search index worker stopped: ${error.message}`)));
    // After a result this changes nothing; without one (killed, out of memory) the build must not wait forever.
    worker.once('exit', (code) => reject(new Error(`the search index worker exited (code ${code}) without a result`)));
    worker.postMessage({ documents, audience });
  });
}
