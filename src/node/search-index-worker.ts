/**
 * The worker thread of src/node/search-index-thread.ts: builds the search
 * index of every locale it is sent and posts the built indexes back.
 */
import { parentPort } from 'node:worker_threads';
import type { Locale } from '../core/locales.ts';
import type { SearchDocument } from '../core/search/search-document.ts';
import type { Audience } from './load-flows.ts';
import { buildSearchIndexes } from './search-index-files.ts';

parentPort!.once('message', async (message: { documents: Map<Locale, SearchDocument[]>; audience: Audience }) => {
  try {
    parentPort!.postMessage({ built: await buildSearchIndexes(message.documents, message.audience) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
