/**
 * Where a searcher reads a locale's index files from: over HTTP in the
 * browser, from memory in tests and `kb search`, from disk in Node (see
 * src/node/search-index-files.ts). Paths are relative to the locale's index
 * folder: manifest.json, t/… (term shards), d/… (document chunks), x/… (texts).
 */

import type { Locale } from '../locales.ts';

/** The folder of the indexes inside a built site: <outDir>/search-index/<locale>/. */
export const SEARCH_INDEX_DIR = 'search-index';

/** The URL folder a browser fetches a locale's index from, under the site's `base` path. */
export function searchIndexBaseUrl(locale: Locale, base = '/'): string {
  return `${base.endsWith('/') ? base : `${base}/`}${SEARCH_INDEX_DIR}/${locale}/`;
}

/** Reads the files of one locale's index. */
export interface SearchSource {
  /** The bytes of `path`; rejects when the file cannot be read. */
  read(path: string): Promise<Uint8Array>;
  /** Where the files come from, for messages. */
  describe(path: string): string;
}

/**
 * Reads index files with fetch() from `baseUrl`, the folder of a locale's
 * index, e.g. `/search/de/`. The manifest is fetched fresh (no-cache); every
 * other file is named by its content and may come from any cache.
 */
export function createFetchSource(baseUrl: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): SearchSource {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    async read(path) {
      const response = await fetchImpl(base + path, path === 'manifest.json' ? { cache: 'no-cache' } : {});
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    describe: (path) => base + path,
  };
}

/** Reads index files from a map of path to bytes, such as `buildSearchIndex(...).files`. */
export function createMemorySource(files: ReadonlyMap<string, Uint8Array>, name = 'memory'): SearchSource {
  return {
    async read(path) {
      const bytes = files.get(path);
      if (!bytes) throw new Error('no such file');
      return bytes;
    },
    describe: (path) => `${name}:${path}`,
  };
}
