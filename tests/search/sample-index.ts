/** Builds the search indexes of the sample knowledge base (this repository) once per test file. */
import { resolve } from 'node:path';
import type { Locale } from '../../src/core/locales.ts';
import type { BuiltSearchIndex } from '../../src/core/search/build-index.ts';
import type { SearchDocument } from '../../src/core/search/search-document.ts';
import { createMemorySource } from '../../src/core/search/search-source.ts';
import { openSearch, type Searcher } from '../../src/core/search/searcher.ts';
import type { Audience } from '../../src/node/load-flows.ts';
import { collectSearchDocuments } from '../../src/node/search-docs.ts';
import { buildSearchIndexes } from '../../src/node/search-index-files.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface SampleIndexes {
  documents: Map<Locale, SearchDocument[]>;
  built: Map<Locale, BuiltSearchIndex>;
  searchers: Map<Locale, Searcher>;
}

const cache = new Map<Audience, Promise<SampleIndexes>>();

/** The sample content's documents, indexes and searchers for `audience`. */
export function sampleIndexes(audience: Audience = 'public'): Promise<SampleIndexes> {
  let found = cache.get(audience);
  if (!found) {
    found = (async () => {
      const { documents } = await collectSearchDocuments(ROOT, audience);
      const built = await buildSearchIndexes(documents, audience);
      const searchers = new Map<Locale, Searcher>();
      for (const [locale, index] of built) searchers.set(locale, await openSearch(createMemorySource(index.files)));
      return { documents, built, searchers };
    })();
    cache.set(audience, found);
  }
  return found;
}
