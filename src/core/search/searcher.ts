/**
 * A searcher over one locale's index: fetches the manifest once, then for
 * each query only the term shards its words need and the document chunks of
 * the results shown, caching both. Whatever is typed, `search` resolves:
 * when a file cannot be fetched, it answers from what it has and says the
 * answer is incomplete.
 */
import { fromUtf8 } from './_bytes.ts';
import { loadAnalyzer, type Analyzer } from './analyzer.ts';
import { loadShard, type LoadedShard } from './match-word.ts';
import { hasDirectMatch, parseQuery, rankDocuments, shardsForWord, typoShardsForWord, type QueryWord } from './query.ts';
import { parseDocumentChunk, parseManifest, type SearchManifest, type StoredDocument } from './search-manifest.ts';
import type { SearchSource } from './search-source.ts';
import { snippetHtml, snippetParts, type SnippetPart } from './snippet.ts';
import type { Locale } from '../locales.ts';

/** One result. */
export interface SearchHit {
  id: string;
  /** article, or flow for a troubleshooter ("Guided troubleshooting"). */
  type: 'article' | 'flow';
  title: string;
  url: string;
  locale: Locale;
  score: number;
  category?: string;
  /** The words of the document that matched, for highlighting. */
  matches: string[];
  /** The file with the document's text, for `snippet`. */
  textFile: string;
}

/** The answer to a query. */
export interface SearchResults {
  query: string;
  hits: SearchHit[];
  /** False when some index file could not be fetched, so results may be missing. */
  complete: boolean;
}

/** Options of `search`. */
export interface SearchOptions {
  /** Results wanted (default 10, at most 100). */
  limit?: number;
}

/** Searches one locale's index. */
export interface Searcher {
  locale: Locale;
  manifest: SearchManifest;
  search(query: string, options?: SearchOptions): Promise<SearchResults>;
  /** A snippet of the hit's summary and text where its matches are, as HTML with <mark>. */
  snippet(hit: SearchHit, maxLength?: number): Promise<string>;
  /** The same snippet as runs of text, for a terminal. */
  snippetParts(hit: SearchHit, maxLength?: number): Promise<SnippetPart[]>;
  /** Every troubleshooter of the locale, to offer when a search finds nothing. */
  troubleshooters(): Promise<SearchHit[]>;
}

/** Raised by `openSearch` when a locale's manifest cannot be read. */
export class SearchIndexError extends Error {
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.name = 'SearchIndexError';
    this.hint = hint;
  }
}

const REBUILD = 'Rebuild the site (npm run build) so the search index is written again.';

/**
 * Opens the index that `source` reads. Rejects with a SearchIndexError when
 * the manifest is missing or unreadable; afterwards nothing rejects.
 */
export async function openSearch(source: SearchSource, analyzer?: Analyzer): Promise<Searcher> {
  let manifest: SearchManifest | undefined;
  try {
    manifest = parseManifest(JSON.parse(fromUtf8.decode(await source.read('manifest.json'))));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SearchIndexError(`cannot read the search index ${source.describe('manifest.json')}: ${reason}`, REBUILD);
  }
  if (!manifest) {
    throw new SearchIndexError(`${source.describe('manifest.json')} is not a search index this version can read`, REBUILD);
  }
  const index = manifest;
  const language = analyzer ?? (await loadAnalyzer(index.locale));
  const shards = new Map<number, Promise<LoadedShard | undefined>>();
  const chunks = new Map<number, Promise<StoredDocument[] | undefined>>();

  // A failed read is forgotten, so the next query tries again.
  const cached = <T>(cache: Map<number, Promise<T | undefined>>, key: number, load: () => Promise<T | undefined>) => {
    let promise = cache.get(key);
    if (!promise) {
      promise = load().catch(() => undefined);
      cache.set(key, promise);
      void promise.then((value) => value === undefined && cache.delete(key));
    }
    return promise;
  };
  const shard = (i: number) =>
    cached(shards, i, async () => loadShard(await source.read(index.shards[i]!.file), index.documentWeights));
  const chunk = (i: number) =>
    cached(chunks, i, async () => parseDocumentChunk(JSON.parse(fromUtf8.decode(await source.read(index.chunks[i]!)))));

  async function search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    const limit = Math.max(0, Math.min(100, Math.floor(Number(options.limit ?? 10)) || 0));
    try {
      const words = parseQuery(query, language);
      const wanted = new Map<QueryWord, number[]>(words.map((w) => [w, shardsForWord(index, w)]));
      const loaded = new Map<number, LoadedShard | undefined>();
      const load = (lists: Iterable<number[]>) =>
        Promise.all([...new Set([...lists].flat())].map(async (i) => loaded.set(i, await shard(i))));
      const shardsOf = (w: QueryWord) => (wanted.get(w) ?? []).flatMap((i) => loaded.get(i) ?? []);
      await load(wanted.values());
      // A word found nowhere may be a typo in its second letter: look where the word would be without it.
      const typos = words.filter((w) => w.maxEdits > 0 && !hasDirectMatch(w, shardsOf(w), language));
      for (const w of typos) wanted.set(w, [...new Set([...wanted.get(w)!, ...typoShardsForWord(index, w)])]);
      await load(typos.map((w) => wanted.get(w)!));
      let complete = [...loaded.values()].every(Boolean);
      const ranked = rankDocuments(words, shardsOf, index, language, limit);
      const hits: SearchHit[] = [];
      for (const r of ranked) {
        const stored = (await chunk(Math.floor(r.doc / index.chunkSize)))?.[r.doc % index.chunkSize];
        if (!stored) {
          complete = false;
          continue;
        }
        hits.push(hitOf(stored, r.score, r.terms));
      }
      return { query, hits, complete };
    } catch {
      // Not reachable for any query we know of; a broken index file must still not break the page.
      return { query, hits: [], complete: false };
    }
  }

  const hitOf = (stored: StoredDocument, score: number, matches: string[]): SearchHit => ({
    id: stored.id,
    type: stored.type,
    title: stored.title,
    url: stored.url,
    locale: index.locale,
    score,
    ...(stored.category ? { category: stored.category } : {}),
    matches,
    textFile: stored.text,
  });

  async function partsOf(hit: SearchHit, maxLength = 180): Promise<SnippetPart[]> {
    try {
      return snippetParts(fromUtf8.decode(await source.read(hit.textFile)), hit.matches, maxLength);
    } catch {
      // Without its text a hit still has its title; the snippet stays empty.
      return [];
    }
  }

  async function troubleshooters(): Promise<SearchHit[]> {
    const found: SearchHit[] = [];
    for (let doc = 0; doc < index.troubleshooters; doc++) {
      const stored = (await chunk(Math.floor(doc / index.chunkSize)))?.[doc % index.chunkSize];
      if (stored?.type === 'flow') found.push(hitOf(stored, 0, []));
    }
    return found;
  }

  return {
    locale: index.locale,
    manifest: index,
    search,
    snippet: async (hit, maxLength) => snippetHtml(await partsOf(hit, maxLength)),
    snippetParts: partsOf,
    troubleshooters,
  };
}
