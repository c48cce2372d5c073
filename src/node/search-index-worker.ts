/**
 * The worker thread of src/node/search-index-thread.ts: loads the analyzers
 * while it waits, builds the search index of every locale it is sent, writes
 * the files into the output folder it is sent next, and posts back what it wrote.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { LOCALES, type Locale } from '../core/locales.ts';
import { loadAnalyzer } from '../core/search/analyzer.ts';
import type { BuiltSearchIndex } from '../core/search/build-index.ts';
import { buildSearchIndexes, writeBuiltIndexes } from './search-index-files.ts';
import type { SearchIndexMessage } from './search-index-thread.ts';

let built: Promise<Map<Locale, BuiltSearchIndex>> | undefined;

// Started before its documents come, the worker loads every locale's analyzer while it waits (a failure is reported by the build).
for (const locale of LOCALES) loadAnalyzer(locale).catch(() => undefined);

/**
 * A full garbage collection. A locale's index leaves 15–25 MB of garbage in
 * the old generation (at 1,000 articles), which V8 lets pile up to 120 MB
 * over six locales, at the build's peak; collected after each locale, the
 * worker stays near 40 MB. V8 offers `gc` only behind --expose-gc, which a
 * worker cannot be started with, so the flag is set here, as jest's leak
 * detector does, the function taken from a fresh context, and the flag
 * unset again so no other context gets a global `gc`.
 */
function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  try {
    return runInNewContext('gc') as () => void;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

parentPort!.on('message', async (message: SearchIndexMessage) => {
  try {
    if ('documents' in message) {
      built = buildSearchIndexes(message.documents, message.audience, collectGarbage());
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
