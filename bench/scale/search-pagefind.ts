/**
 * Starlight's search as a reader meets it: on opening search the page
 * loads its Pagefind UI chunk, which loads the bundle's pagefind.js and
 * its web worker, then the entry, the language's meta and wasm, the index chunks the query
 * needs, and the first result's fragment. The bundle's own runtime is run
 * in Node with fetch() served from <dist>/pagefind/, counting bytes
 * (bench/search/pagefind-runtime.ts, shared with bench:search).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../src/core/locales.ts';
import type { BenchQuery } from '../search/known-item-queries.ts';
import { loadPagefindRuntime } from '../search/pagefind-runtime.ts';
import { articlePageLocale, gzipTotal, indexPages, lazyScripts } from './dist-metrics.ts';
import type { SearchMeasure } from './report.ts';

/** Measures the Pagefind bundle of the site at `siteRoot` with each locale's queries. */
export async function measurePagefind(siteRoot: string, queries: ReadonlyMap<Locale, readonly BenchQuery[]>): Promise<SearchMeasure> {
  const bundle = join(siteRoot, 'pagefind');
  const articlePages = indexPages(siteRoot).filter((p) => articlePageLocale(siteRoot, p));
  const measure: SearchMeasure = { firstResultBytes: [], latencyMs: [] };
  const pagefind = await loadPagefindRuntime(bundle);
  const { open, transferSize, counter } = pagefind;
  try {
    // In a browser pagefind.js searches in a web worker, pagefind-worker.js, which Node has no use for; it is counted as downloaded.
    const scriptGzip = transferSize('pagefind.js') + (existsSync(join(bundle, 'pagefind-worker.js')) ? transferSize('pagefind-worker.js') : 0);
    for (const [locale, own] of queries) {
      const page = articlePages.find((p) => articlePageLocale(siteRoot, p) === locale);
      if (!page || own.length === 0) continue;
      const uiGzip = gzipTotal(lazyScripts(siteRoot, page));
      for (const q of own) {
        counter.bytes = 0;
        const instance = await open(locale);
        const result = await instance.search(q.query);
        await result.results[0]?.data();
        measure.firstResultBytes.push(counter.bytes + scriptGzip + uiGzip);
        await instance.destroy();
      }
      const warm = await open(locale);
      for (const q of own) await warm.search(q.query);
      for (const q of own) {
        const start = performance.now();
        await warm.search(q.query);
        measure.latencyMs.push(performance.now() - start);
      }
      await warm.destroy();
    }
  } finally {
    pagefind.close();
  }
  return measure;
}
