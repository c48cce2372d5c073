/**
 * Our search as a reader meets it on a built site: on the first keystroke
 * the page loads the search code (search-ui and the stemmer of its
 * language) and then the index files the query needs, from
 * <dist>/search-index/<locale>/. Queries run in Node on the same files.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Locale } from '../../src/core/locales.ts';
import { loadAnalyzer } from '../../src/core/search/analyzer.ts';
import { SEARCH_INDEX_DIR, type SearchSource } from '../../src/core/search/search-source.ts';
import { openSearch } from '../../src/core/search/searcher.ts';
import { gzipSize } from '../search/bench-metrics.ts';
import type { BenchQuery } from '../search/known-item-queries.ts';
import { articlePageLocale, gzipTotal, indexPages, lazyScripts } from './dist-metrics.ts';
import type { SearchMeasure } from './report.ts';

/**
 * Whether a lazily loaded chunk of ours is loaded in `locale`: each
 * language has its own stemmer chunk (lunr.<locale>, or the Lithuanian
 * analyzer instead of lunr's), and a page loads only its own.
 */
export function ourChunkFor(locale: Locale): (file: string) => boolean {
  return (file) => {
    const name = basename(file);
    const stemmer = /^lunr\.([a-z]{2})\./.exec(name);
    if (stemmer) return stemmer[1] === locale;
    if (name.startsWith('lithuanian-analyzer.')) return locale === 'lt';
    if (name.startsWith('lunr-analyzer.')) return locale !== 'lt';
    return true;
  };
}

/** Measures our search on the site at `siteRoot` with each locale's queries. */
export async function measureOurSearch(siteRoot: string, queries: ReadonlyMap<Locale, readonly BenchQuery[]>): Promise<SearchMeasure> {
  const articlePages = indexPages(siteRoot).filter((p) => articlePageLocale(siteRoot, p));
  const measure: SearchMeasure = { firstResultBytes: [], latencyMs: [] };
  for (const [locale, own] of queries) {
    const page = articlePages.find((p) => articlePageLocale(siteRoot, p) === locale);
    if (!page || own.length === 0) continue;
    const codeGzip = gzipTotal(lazyScripts(siteRoot, page, ourChunkFor(locale)));
    const dir = join(siteRoot, SEARCH_INDEX_DIR, locale);
    const gzipped = new Map<string, number>();
    const counting = (counter: { bytes: number }): SearchSource => ({
      read: async (path) => {
        const bytes = new Uint8Array(readFileSync(join(dir, path)));
        let size = gzipped.get(path);
        if (size === undefined) gzipped.set(path, (size = gzipSize(bytes)));
        counter.bytes += size;
        return bytes;
      },
      describe: (path) => join(dir, path),
    });
    const analyzer = await loadAnalyzer(locale);
    for (const q of own) {
      const counter = { bytes: 0 };
      const searcher = await openSearch(counting(counter), analyzer);
      await searcher.search(q.query, { limit: 1 });
      measure.firstResultBytes.push(counter.bytes + codeGzip);
    }
    const warm = await openSearch(counting({ bytes: 0 }), analyzer);
    for (const q of own) await warm.search(q.query);
    for (const q of own) {
      const start = performance.now();
      await warm.search(q.query);
      measure.latencyMs.push(performance.now() - start);
    }
  }
  return measure;
}
