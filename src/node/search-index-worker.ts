/**
 * The worker thread of src/node/search-index-thread.ts: builds the search
 * index of every locale it is sent, writes the files into the output folder
 * it is sent next, and posts back what it wrote.
 */
import { parentPort } from 'node:worker_threads';
import type { Locale } from '../core/locales.ts';
import type { BuiltSearchIndex } from '../core/search/build-index.ts';
import { buildSearchIndexes, writeBuiltIndexes } from './search-index-files.ts';
import type { SearchIndexMessage } from './search-index-thread.ts';

let built: Promise<Map<Locale, BuiltSearchIndex>> | undefined;

parentPort!.on('message', async (message: SearchIndexMessage) => {
  try {
    if ('documents' in message) {
      built = buildSearchIndexes(message.documents, message.audience);
      // A failure is posted once the output folder is known, like any other.
      built.catch(() => undefined);
      return;
    }
    if (!built) throw new Error('the search index worker was told where to write before what to index');
    parentPort!.postMessage({ written: writeBuiltIndexes(await built, message.outDir) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
