/**
 * Writes the search indexes a site ships, and reads them back: the build
 * calls `writeSearchIndexes`, and `kb search` reads the same files (or the
 * same bytes built in memory), so the terminal answers exactly as the site.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LOCALES, type Locale } from '../core/locales.ts';
import { loadAnalyzer } from '../core/search/analyzer.ts';
import { buildSearchIndex, type BuiltSearchIndex } from '../core/search/build-index.ts';
import type { SearchDocument } from '../core/search/search-document.ts';
import { SEARCH_INDEX_DIR, type SearchSource } from '../core/search/search-source.ts';
import type { Audience } from './load-flows.ts';
import { collectSearchDocuments } from './search-docs.ts';

/**
 * Builds one index per locale from collected documents (locales without
 * documents get an empty index), calling `afterEach` once a locale's is built.
 */
export async function buildSearchIndexes(
  documents: ReadonlyMap<Locale, readonly SearchDocument[]>,
  audience: Audience,
  afterEach?: () => void,
): Promise<Map<Locale, BuiltSearchIndex>> {
  const built = new Map<Locale, BuiltSearchIndex>();
  for (const [locale, docs] of documents) {
    built.set(locale, buildSearchIndex(docs, await loadAnalyzer(locale), { audience }));
    afterEach?.();
  }
  return built;
}

/** What `writeSearchIndexes` wrote for one locale. */
export interface WrittenSearchIndex {
  locale: Locale;
  documents: number;
  files: number;
  bytes: number;
}

/** Built indexes and the warnings of collecting their documents. */
export interface PreparedSearchIndexes {
  built: Map<Locale, BuiltSearchIndex>;
  warnings: string[];
}

/** Collects the documents of the project at `root` and builds every locale's index (by default in this thread). */
export async function prepareSearchIndexes(
  root: string,
  audience: Audience,
  build: typeof buildSearchIndexes = buildSearchIndexes,
): Promise<PreparedSearchIndexes> {
  const { documents, warnings } = await collectSearchDocuments(root, audience, LOCALES);
  return { built: await build(documents, audience), warnings };
}

/**
 * Writes the indexes of the project at `root` for `audience` (built now, or
 * `prepared` earlier) to <outDir>/search-index/<locale>/, replacing what was
 * there. Returns what was written and the warnings of collecting the documents.
 */
export async function writeSearchIndexes(
  root: string,
  outDir: string,
  audience: Audience,
  prepared?: Promise<PreparedSearchIndexes>,
): Promise<{ written: WrittenSearchIndex[]; warnings: string[] }> {
  const { built, warnings } = await (prepared ?? prepareSearchIndexes(root, audience));
  return { written: writeBuiltIndexes(built, outDir), warnings };
}

/** Writes built indexes to <outDir>/search-index/<locale>/, replacing what was there. */
export function writeBuiltIndexes(built: ReadonlyMap<Locale, BuiltSearchIndex>, outDir: string): WrittenSearchIndex[] {
  const written: WrittenSearchIndex[] = [];
  for (const [locale, index] of built) {
    const dir = join(outDir, SEARCH_INDEX_DIR, locale);
    // Old shards have other content hashes; leaving them would only waste space.
    rmSync(dir, { recursive: true, force: true });
    const made = new Set<string>();
    let bytes = 0;
    for (const [path, content] of index.files) {
      const target = join(dir, path);
      const folder = dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      writeFileSync(target, content);
      bytes += content.length;
    }
    written.push({ locale, documents: index.manifest.documents, files: index.files.size, bytes });
  }
  return written;
}

/** Reads a locale's index files from `dir` (a <outDir>/search-index/<locale>/ folder). */
export function createDiskSource(dir: string): SearchSource {
  return {
    read: async (path) => new Uint8Array(await readFile(join(dir, path))),
    describe: (path) => join(dir, path),
  };
}
