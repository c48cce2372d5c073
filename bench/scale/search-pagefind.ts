/**
 * Starlight's search as a reader meets it: on opening search the page
 * loads its Pagefind UI chunk, which loads the bundle's pagefind.js and
 * its web worker, then the entry, the language's meta and wasm, the index chunks the query
 * needs, and the first result's fragment. The bundle's own runtime is run
 * in Node with fetch() served from <dist>/pagefind/, counting bytes, as
 * bench/search/engines.ts does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale } from '../../src/core/locales.ts';
import { gzipSize } from '../search/bench-metrics.ts';
import type { BenchQuery } from '../search/known-item-queries.ts';
import { articlePageLocale, gzipTotal, indexPages, lazyScripts } from './dist-metrics.ts';
import type { SearchMeasure } from './report.ts';

interface PagefindInstance {
  init(): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }>;
  destroy(): Promise<void>;
}

/** Measures the Pagefind bundle of the site at `siteRoot` with each locale's queries. */
export async function measurePagefind(siteRoot: string, queries: ReadonlyMap<Locale, readonly BenchQuery[]>): Promise<SearchMeasure> {
  const bundle = join(siteRoot, 'pagefind');
  const files = new Map<string, Buffer>();
  const read = (rel: string) => {
    let bytes = files.get(rel);
    if (!bytes) files.set(rel, (bytes = readFileSync(join(bundle, rel))));
    return bytes;
  };
  // Pagefind's index, fragments and wasm are gzipped already; its scripts and entry are not.
  const transferSize = (rel: string) => (/\.(js|json)$/.test(rel) ? gzipSize(read(rel)) : read(rel).length);
  const articlePages = indexPages(siteRoot).filter((p) => articlePageLocale(siteRoot, p));
  const measure: SearchMeasure = { firstResultBytes: [], latencyMs: [] };
  const counter = { bytes: 0 };
  const realFetch = globalThis.fetch;
  const g = globalThis as unknown as { document?: unknown };
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const rel = decodeURIComponent(url.pathname).slice(bundle.length + 1);
    counter.bytes += transferSize(rel);
    const type = rel.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream';
    return new Response(new Uint8Array(read(rel)), { headers: { 'content-type': type } });
  }) as typeof fetch;
  try {
    const runtime = (await import(pathToFileURL(join(bundle, 'pagefind.js')).href)) as {
      createInstance(options: { basePath: string }): PagefindInstance;
    };
    // In a browser pagefind.js searches in a web worker, pagefind-worker.js, which Node has no use for; it is counted as downloaded.
    const scriptGzip = transferSize('pagefind.js') + (existsSync(join(bundle, 'pagefind-worker.js')) ? transferSize('pagefind-worker.js') : 0);
    const open = async (locale: Locale) => {
      // Pagefind picks the index of the page's <html lang>.
      g.document = { querySelector: () => ({ getAttribute: () => locale }) };
      const instance = runtime.createInstance({ basePath: `${pathToFileURL(bundle).href}/` });
      await instance.init();
      return instance;
    };
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
    globalThis.fetch = realFetch;
    delete g.document;
  }
  return measure;
}
