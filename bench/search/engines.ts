/**
 * The three engines of the benchmark, each run on the same documents and
 * queries: ours (lunr-built, sharded), MiniSearch (one JSON index per
 * locale) and Pagefind (its Node indexing API; its browser runtime run in
 * Node with fetch() served from the files it wrote, counting bytes).
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import type { Locale } from '../../src/core/locales.ts';
import { loadAnalyzer } from '../../src/core/search/analyzer.ts';
import { buildSearchIndex } from '../../src/core/search/build-index.ts';
import type { SearchDocument } from '../../src/core/search/search-document.ts';
import type { SearchSource } from '../../src/core/search/search-source.ts';
import { openSearch } from '../../src/core/search/searcher.ts';
import { gzipSize } from './bench-metrics.ts';
import type { BenchQuery } from './known-item-queries.ts';
import { loadPagefindRuntime } from './pagefind-runtime.ts';

/** What one engine measured in one locale. */
export interface LocaleRun {
  buildMs: number;
  /** The index a browser may download (raw and gzipped), without per-result texts. */
  indexRaw: number;
  indexGzip: number;
  /** What results show, fetched per result (ours: document chunks and texts; Pagefind: fragments), gzipped. */
  textsGzip: number;
  /** The engine's JavaScript (and WebAssembly), gzipped. */
  codeGzip: number;
  /** Bytes downloaded (gzipped) from a cold start to the first result, per query, code included. */
  firstResultBytes: number[];
  /** Time from a cold start to the first results, per query. */
  coldMs: number[];
  /** Query time with the needed files already loaded, per query: wall clock, and CPU time of this process. */
  warmMs: number[];
  warmCpuMs: number[];
  ranked: Array<{ expected: string; ranked: string[] }>;
}

export type EngineRun = Map<Locale, LocaleRun>;
type Docs = ReadonlyMap<Locale, readonly SearchDocument[]>;
type Queries = ReadonlyMap<Locale, readonly BenchQuery[]>;

const ROOT = resolve(import.meta.dirname, '../..');
const idOf = (d: SearchDocument) => `${d.type}:${d.id}`;

/** Gzipped size of the minified ESM bundle of `source`, counting only what loads before the first await. */
async function bundleGzip(source: string): Promise<number> {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, source);
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      splitting: true,
      platform: 'browser',
      outdir: join(dir, 'out'),
      write: false,
      metafile: true,
      nodePaths: [join(ROOT, 'node_modules')],
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const files = new Map(result.outputFiles.map((f) => [f.path, f.contents]));
    const start = Object.keys(outputs).find((o) => outputs[o]!.entryPoint);
    const seen = new Set<string>();
    const visit = (out: string) => {
      if (seen.has(out)) return;
      seen.add(out);
      for (const imp of outputs[out]?.imports ?? []) if (imp.kind === 'import-statement') visit(imp.path);
    };
    visit(start!);
    let total = 0;
    for (const out of seen) total += gzipSize(files.get(resolve(out)) ?? new Uint8Array());
    return total;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ANALYZER_MODULE: Record<Locale, string> = {
  en: `import '${ROOT}/src/core/search/lunr-analyzer.ts';`,
  da: `import '${ROOT}/src/core/search/lunr-analyzer.ts'; import 'lunr-languages/lunr.da.js';`,
  de: `import '${ROOT}/src/core/search/lunr-analyzer.ts'; import 'lunr-languages/lunr.de.js';`,
  fi: `import '${ROOT}/src/core/search/lunr-analyzer.ts'; import 'lunr-languages/lunr.fi.js';`,
  sv: `import '${ROOT}/src/core/search/lunr-analyzer.ts'; import 'lunr-languages/lunr.sv.js';`,
  lt: `import '${ROOT}/src/core/search/lithuanian-analyzer.ts';`,
};

/** Wall-clock and CPU milliseconds of each call. */
async function timed(queries: readonly BenchQuery[], run: (q: BenchQuery) => unknown): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const q of queries) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run(q);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

/** Our engine: lunr-built, sharded by term prefix. */
export async function runOurs(docs: Docs, queries: Queries): Promise<EngineRun> {
  const run: EngineRun = new Map();
  for (const [locale, list] of docs) {
    const analyzer = await loadAnalyzer(locale);
    const t0 = performance.now();
    const built = buildSearchIndex(list, analyzer);
    const buildMs = performance.now() - t0;
    const gz = new Map<string, number>();
    let indexRaw = 0;
    let indexGzip = 0;
    let textsGzip = 0;
    for (const [path, bytes] of built.files) {
      const size = gzipSize(bytes);
      gz.set(path, size);
      if (path.startsWith('x/') || path.startsWith('d/')) textsGzip += size;
      else {
        indexRaw += bytes.length;
        indexGzip += size;
      }
    }
    const codeGzip = await bundleGzip(
      `import { openSearch } from '${ROOT}/src/core/search/searcher.ts';\n` +
        `import { createFetchSource } from '${ROOT}/src/core/search/search-source.ts';\n${ANALYZER_MODULE[locale]}\n` +
        `export const run = async (q: string) => (await openSearch(createFetchSource('/search-index/${locale}/'))).search(q);\n`,
    );
    const counting = (counter: { bytes: number }): SearchSource => ({
      read: async (path) => {
        counter.bytes += gz.get(path) ?? 0;
        const bytes = built.files.get(path);
        if (!bytes) throw new Error('missing');
        return bytes;
      },
      describe: (p) => p,
    });
    const own = queries.get(locale) ?? [];
    const firstResultBytes: number[] = [];
    const coldMs: number[] = [];
    for (const q of own) {
      const counter = { bytes: 0 };
      const start = performance.now();
      const searcher = await openSearch(counting(counter), analyzer);
      await searcher.search(q.query, { limit: 1 });
      coldMs.push(performance.now() - start);
      firstResultBytes.push(counter.bytes + codeGzip);
    }
    const warm = await openSearch(counting({ bytes: 0 }), analyzer);
    const ranked: LocaleRun['ranked'] = [];
    for (const q of own) {
      const { hits } = await warm.search(q.query, { limit: 10 });
      ranked.push({ expected: q.expected, ranked: hits.map((h) => `${h.type}:${h.id}`) });
    }
    const { wall: warmMs, cpu: warmCpuMs } = await timed(own, (q) => warm.search(q.query, { limit: 10 }));
    run.set(locale, { buildMs, indexRaw, indexGzip, textsGzip, codeGzip, firstResultBytes, coldMs, warmMs, warmCpuMs, ranked });
  }
  return run;
}

const MINISEARCH_OPTIONS = {
  idField: 'key',
  fields: ['title', 'headings', 'summary', 'keywords', 'body'],
  storeFields: ['title', 'url'],
  searchOptions: { boost: { title: 3, keywords: 2, headings: 2, summary: 1.5 }, prefix: true, fuzzy: 0.2 },
};

/** MiniSearch as typically set up: one JSON index per locale with prefix and fuzzy search. */
export async function runMiniSearch(docs: Docs, queries: Queries): Promise<EngineRun> {
  const run: EngineRun = new Map();
  const codeGzip = await bundleGzip(`import MiniSearch from 'minisearch';\nexport { MiniSearch };\n`);
  for (const [locale, list] of docs) {
    const t0 = performance.now();
    const index = new MiniSearch(MINISEARCH_OPTIONS);
    index.addAll(list.map((d) => ({ ...d, key: idOf(d), headings: d.headings.join('\n'), keywords: d.keywords.join('\n') })));
    const json = JSON.stringify(index);
    const buildMs = performance.now() - t0;
    const indexGzip = gzipSize(json);
    const own = queries.get(locale) ?? [];
    const coldMs: number[] = [];
    for (const q of own.slice(0, 20)) {
      const start = performance.now();
      MiniSearch.loadJSON(json, MINISEARCH_OPTIONS).search(q.query);
      coldMs.push(performance.now() - start);
    }
    const loaded = MiniSearch.loadJSON(json, MINISEARCH_OPTIONS);
    const ranked = own.map((q) => ({ expected: q.expected, ranked: loaded.search(q.query).slice(0, 10).map((r) => String(r.id)) }));
    const { wall: warmMs, cpu: warmCpuMs } = await timed(own, (q) => loaded.search(q.query));
    run.set(locale, {
      buildMs,
      indexRaw: Buffer.byteLength(json),
      indexGzip,
      textsGzip: 0,
      codeGzip,
      firstResultBytes: own.map(() => indexGzip + codeGzip),
      coldMs,
      warmMs,
      warmCpuMs,
      ranked,
    });
  }
  return run;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Pagefind: indexed through its Node API, searched with its own browser runtime. */
export async function runPagefind(docs: Docs, queries: Queries): Promise<EngineRun> {
  const pagefind = await import('pagefind');
  const out = mkdtempSync(join(tmpdir(), 'bench-pagefind-'));
  const run: EngineRun = new Map();
  try {
    const t0 = performance.now();
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('pagefind did not start');
    const byUrl = new Map<string, string>();
    for (const [locale, list] of docs) {
      for (const d of list) {
        byUrl.set(d.url, idOf(d));
        const html =
          `<!doctype html><html lang="${locale}"><head><title>${escapeHtml(d.title)}</title></head><body><main>` +
          `<h1>${escapeHtml(d.title)}</h1><p>${escapeHtml(d.summary)}</p>` +
          d.headings.map((h) => `<h2>${escapeHtml(h)}</h2>`).join('') +
          `<p>${escapeHtml(d.keywords.join(', '))}</p>` +
          d.body.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('') +
          `</main></body></html>`;
        await index.addHTMLFile({ url: d.url, content: html });
      }
    }
    await index.writeFiles({ outputPath: out });
    const buildMs = performance.now() - t0;
    await pagefind.close();

    const runtime = await loadPagefindRuntime(out);
    const { read, transferSize, counter } = runtime;
    const listing = (dir: string) => readdirSync(join(out, dir)).map((f) => `${dir}/${f}`);
    try {
      const scriptGzip = transferSize('pagefind.js');
      const openFor = runtime.open;
      for (const [locale] of docs) {
        const own = queries.get(locale) ?? [];
        const prefix = `${locale}_`;
        const indexFiles = [...listing('index'), ...readdirSync(out).filter((f) => f.endsWith('.pf_meta'))].filter((f) =>
          f.replace(/^index\//, '').replace(/^pagefind\./, '').startsWith(prefix),
        );
        const fragments = listing('fragment').filter((f) => f.startsWith(`fragment/${prefix}`));
        const wasm = `wasm.${locale}.pagefind`;
        const firstResultBytes: number[] = [];
        const coldMs: number[] = [];
        for (const q of own) {
          counter.bytes = 0;
          const start = performance.now();
          const instance = await openFor(locale);
          const result = await instance.search(q.query);
          await result.results[0]?.data();
          coldMs.push(performance.now() - start);
          firstResultBytes.push(counter.bytes + scriptGzip);
          await instance.destroy();
        }
        const warm = await openFor(locale);
        const ranked: LocaleRun['ranked'] = [];
        for (const q of own) {
          const result = await warm.search(q.query);
          const top = await Promise.all(result.results.slice(0, 10).map((r) => r.data()));
          ranked.push({ expected: q.expected, ranked: top.map((d) => byUrl.get(d.url) ?? d.url) });
        }
        const { wall: warmMs, cpu: warmCpuMs } = await timed(own, (q) => warm.search(q.query));
        await warm.destroy();
        const indexGzip = indexFiles.reduce((s, f) => s + read(f).length, 0) + transferSize('pagefind-entry.json');
        const indexRaw = indexFiles.reduce((s, f) => s + gunzipSync(read(f)).length, 0) + read('pagefind-entry.json').length;
        run.set(locale, {
          // Pagefind indexes every language in one run; its time is shared out evenly.
          buildMs: buildMs / docs.size,
          indexRaw,
          indexGzip,
          textsGzip: fragments.reduce((s, f) => s + read(f).length, 0),
          codeGzip: scriptGzip + read(wasm).length,
          firstResultBytes,
          coldMs,
          warmMs,
          warmCpuMs,
          ranked,
        });
      }
    } finally {
      runtime.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return run;
}
