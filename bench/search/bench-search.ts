/**
 * npm run bench:search — search quality, size and speed, ours beside
 * MiniSearch and Pagefind on the same documents and queries.
 *
 * 1. Relevance on the sample content: the queries of
 *    tests/search/relevance-queries.json, MRR@5 and recall@5 per locale.
 * 2. A generated corpus (bench/corpus/generate-corpus.ts, 10,000 articles
 *    over the six locales, seed 1): index build time, index size per locale
 *    (raw and gzipped), bytes downloaded before the first result, query
 *    latency p50/p95, and MRR@5/recall@5 of 100 known-item queries per
 *    locale (as typed, half-typed, with a typo).
 *
 * Targets: MRR@5 >= 0.9 per locale on the sample content; p95 < 5 ms;
 * <= 0.5 KB gzipped index per article; first result after no more bytes
 * than Pagefind. Options: --articles N (default 10000), --queries N (100),
 * --seed S (1), --skip-corpus.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LOCALES, type Locale } from '../../src/core/locales.ts';
import { loadAnalyzer } from '../../src/core/search/analyzer.ts';
import type { SearchDocument } from '../../src/core/search/search-document.ts';
import { collectSearchDocuments } from '../../src/node/search-docs.ts';
import { generateCorpus } from '../corpus/generate-corpus.ts';
import { kb, ms, percentile, rankQuality, table } from './bench-metrics.ts';
import { runMiniSearch, runOurs, runPagefind, type EngineRun } from './engines.ts';
import { knownItemQueries, type BenchQuery } from './known-item-queries.ts';
import { benchArgs } from '../bench-args.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const values = benchArgs(
  {
    articles: { type: 'string', default: '10000' },
    queries: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    'skip-corpus': { type: 'boolean', default: false },
  },
  'usage: npm run bench:search -- [--articles 10000] [--queries 100] [--seed 1] [--skip-corpus]',
);
const print = (s = '') => process.stdout.write(s + '\n');

async function engines(docs: Map<Locale, SearchDocument[]>, queries: Map<Locale, BenchQuery[]>) {
  return {
    ours: await runOurs(docs, queries),
    MiniSearch: await runMiniSearch(docs, queries),
    Pagefind: await runPagefind(docs, queries),
  } satisfies Record<string, EngineRun>;
}

function qualityTable(runs: Record<string, EngineRun>): string {
  const header = ['engine', ...LOCALES.map((l) => `${l} MRR@5/R@5`)];
  const rows = Object.entries(runs).map(([name, run]) => [
    name,
    ...LOCALES.map((l) => {
      const q = rankQuality(run.get(l)?.ranked ?? []);
      return `${q.mrr.toFixed(3)} / ${q.recall.toFixed(2)}`;
    }),
  ]);
  return table(header, rows);
}

// 1. Relevance on the sample content.
const relevance: Array<BenchQuery & { expect: string }> = JSON.parse(
  readFileSync(join(ROOT, 'tests/search/relevance-queries.json'), 'utf8'),
);
const sample = await collectSearchDocuments(ROOT, 'public');
const sampleQueries = new Map<Locale, BenchQuery[]>(
  LOCALES.map((l) => [l, relevance.filter((q) => q.locale === l).map((q) => ({ ...q, expected: q.expect }))]),
);
print(`Relevance on the sample content: ${relevance.length} queries (tests/search/relevance-queries.json)\n`);
print(qualityTable(await engines(sample.documents, sampleQueries)));

if (!values['skip-corpus']) {
  // 2. The generated corpus.
  const dir = join(tmpdir(), `kb-search-corpus-${process.pid}`);
  const articles = Number(values.articles);
  let start = performance.now();
  const written = generateCorpus({ outDir: dir, articles, seed: Number(values.seed) });
  const words = written.reduce((s, a) => s + a.words, 0);
  const generateMs = performance.now() - start;
  start = performance.now();
  const corpus = await collectSearchDocuments(dir, 'public');
  const collectMs = performance.now() - start;
  rmSync(dir, { recursive: true, force: true });
  const queries = new Map<Locale, BenchQuery[]>();
  for (const locale of LOCALES) {
    const docs = corpus.documents.get(locale) ?? [];
    queries.set(locale, knownItemQueries(docs, await loadAnalyzer(locale), Number(values.queries), Number(values.seed) + LOCALES.indexOf(locale)));
  }
  print(
    `\nGenerated corpus: ${articles.toLocaleString('en')} articles, ${words.toLocaleString('en')} words, seed ${values.seed} ` +
      `(generated in ${ms(generateMs)}, Markdown rendered to search documents in ${ms(collectMs)}); ` +
      `${values.queries} known-item queries per locale.\n`,
  );
  const runs = await engines(corpus.documents, queries);
  for (const [name, run] of Object.entries(runs)) {
    const rows = LOCALES.map((l) => {
      const r = run.get(l)!;
      const n = corpus.documents.get(l)!.length;
      return [
        l,
        String(n),
        ms(r.buildMs),
        kb(r.indexRaw),
        kb(r.indexGzip),
        `${(r.indexGzip / n / 1024).toFixed(2)} KB`,
        kb(r.textsGzip),
        kb(r.codeGzip),
        kb(percentile(r.firstResultBytes, 0.5)),
        kb(percentile(r.firstResultBytes, 0.95)),
        ms(percentile(r.coldMs, 0.5)),
        ms(percentile(r.warmMs, 0.5)),
        ms(percentile(r.warmMs, 0.95)),
        ms(percentile(r.warmCpuMs, 0.95)),
        rankQuality(r.ranked).mrr.toFixed(3),
        rankQuality(r.ranked).recall.toFixed(2),
      ];
    });
    print(`${name}`);
    print(
      table(
        ['locale', 'docs', 'build', 'index raw', 'index gz', 'gz/article', 'results gz', 'code gz', '1st result p50', 'p95', 'cold p50', 'query p50', 'p95', 'p95 CPU', 'MRR@5', 'R@5'],
        rows,
      ),
    );
    print();
  }
  print(
    'index gz: the files a browser may fetch to find matches, gzipped (ours: manifest and term shards; MiniSearch: its\n' +
      'JSON, titles and URLs included; Pagefind: entry, meta and index chunks). results gz: what results show, fetched per\n' +
      'result (ours: document chunks and texts; Pagefind: fragments). 1st result: gzipped bytes from a cold start to the\n' +
      'first result, code included (ours: script, manifest, the shards the words need, one document chunk; MiniSearch:\n' +
      'script and whole index; Pagefind: script, entry, meta, wasm, index chunks, one fragment). Query times are in Node\n' +
      'on this machine with files in memory; cold = from opening the index to the first result; p95 CPU = CPU time, which\n' +
      'other processes on the machine do not inflate.',
  );
}
