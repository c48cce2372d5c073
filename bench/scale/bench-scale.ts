/**
 * npm run bench — builds the same generated knowledge base with this
 * project, with Astro Starlight (its default sidebar, and a one-link
 * sidebar, its fastest) and with bare Astro (one remark-rendered page per
 * article), at several sizes; prints one table per size and the ratios of
 * issue 7's targets, and writes bench/results.md.
 *
 * Per size: the corpus is generated once into bench/.corpus/ (see
 * bench/corpus/bench-corpus.ts; 3 flows per 100 articles) and converted for
 * Starlight (bench/starlight/convert-corpus.ts); then each round builds
 * every site in turn (ours, starlight-default, starlight-one-link,
 * bare-astro, ours, …), cold: caches emptied, one build at a time. Page
 * weights and search are measured on each site's first good build. No
 * corpus or built site is deleted until the end (quiet-deletions.ts).
 *
 * Options: --sizes 1000,3000,10000  --runs 2  --only ours,starlight,bare
 *          --keep (keep the built sites)  --seed 1
 *          --starlight-markdown remark|satteri (remark, like ours and bare)
 */
import { cpus, freemem, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCALES, type Locale } from '../../src/core/locales.ts';
import { loadAnalyzer } from '../../src/core/search/analyzer.ts';
import { collectSearchDocuments } from '../../src/node/search-docs.ts';
import { generateProject } from '../corpus/bench-corpus.ts';
import { knownItemQueries, type BenchQuery } from '../search/known-item-queries.ts';
import { convertCorpus } from '../starlight/convert-corpus.ts';
import { syncDocs } from '../starlight/sync-docs.mjs';
import { siteWeight } from './dist-metrics.ts';
import { resultsMarkdown, ratioLines, sizeTable, LEGEND, type SizeResult, type TargetResult } from './report.ts';
import { runBuild, canMeasureMemory } from './run-build.ts';
import { measureOurSearch } from './search-ours.ts';
import { measurePagefind } from './search-pagefind.ts';
import { openTrash, QUIET_MS } from './quiet-deletions.ts';
import { REPO, buildPlan, ensureInstalled, packageOf, parseOnly } from './targets.ts';
import { benchArgs } from '../bench-args.ts';

const print = (line = '') => process.stdout.write(`${line}\n`);
const fail = (message: string): never => {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
};

const values = benchArgs(
  {
    sizes: { type: 'string', default: '1000,3000,10000' },
    runs: { type: 'string', default: '2' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    'starlight-markdown': { type: 'string', default: 'remark' },
  },
  'usage: npm run bench -- [--sizes 1000,3000,10000] [--runs 2] [--only ours,starlight,bare] [--keep] [--seed 1] [--starlight-markdown remark|satteri]',
);
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 12)) fail(`--sizes must be whole numbers of 12 or more, like 1000,3000; not "${values.sizes}"`);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number of 1 or more, not "${values.runs}"`);
const seed = Number(values.seed);
const starlightMarkdown = values['starlight-markdown'];
if (starlightMarkdown !== 'remark' && starlightMarkdown !== 'satteri') fail(`--starlight-markdown must be remark or satteri, not "${starlightMarkdown}"`);
const only = parseOnly(values.only);
if ('error' in only) fail(only.error);
const targets = 'targets' in only ? only.targets : [];

for (const pkg of new Set(targets.map(packageOf))) if (pkg) ensureInstalled(pkg);
if (!canMeasureMemory()) print('warning: /usr/bin/time is missing (Debian package "time"); peak memory is not measured.');

const version = (pkgJson: string) => {
  const file = join(REPO, pkgJson);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'not installed';
};
const versions = {
  astro: version('node_modules/astro/package.json'),
  '@astrojs/markdown-remark': version('node_modules/@astrojs/markdown-remark/package.json'),
  '@astrojs/starlight': version('bench/starlight/node_modules/@astrojs/starlight/package.json'),
  'astro (Starlight package)': version('bench/starlight/node_modules/astro/package.json'),
  pagefind: version('bench/starlight/node_modules/pagefind/package.json'),
};
const environment = {
  date: new Date().toISOString(),
  cpu: cpus()[0]?.model ?? 'unknown CPU',
  cores: cpus().length,
  memoryBytes: totalmem(),
  node: process.versions.node,
  versions,
  runs,
};
print(`npm run bench — ${environment.cpu}, ${environment.cores} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} free), Node ${environment.node}`);
print(`sites: ${targets.join(', ')}; sizes: ${sizes.join(', ')}; ${runs} run(s) each; Starlight Markdown: ${starlightMarkdown}`);

/** ~100 known-item queries per locale, made from the corpus's public articles. */
async function corpusQueries(root: string): Promise<Map<Locale, BenchQuery[]>> {
  const { documents } = await collectSearchDocuments(root, 'public');
  const queries = new Map<Locale, BenchQuery[]>();
  for (const [i, locale] of LOCALES.entries()) {
    const docs = (documents.get(locale) ?? []).filter((d) => d.type === 'article');
    if (docs.length > 0) queries.set(locale, knownItemQueries(docs, await loadAnalyzer(locale), 100, seed + i));
  }
  return queries;
}

/** Lets the new corpus's writes reach the disk before the first build of a size. */
const SETTLE_MS = 40_000;
const builtSites: string[] = [];
const corpusDir = join(REPO, 'bench/.corpus');
// Nothing is deleted while builds are timed (see quiet-deletions.ts): what a size replaces goes to this trash.
const trash = openTrash(join(corpusDir, '.trash'));
if (trash.empty() > 0) print('deleted the trash an earlier, interrupted run left');
const starlightDocs = join(REPO, 'bench/starlight/src/content/docs');

const results: SizeResult[] = [];
for (const articles of sizes) {
  const dir = join(corpusDir, `scale-${articles}`);
  const corpus = join(dir, 'project');
  const docs = join(dir, 'docs');
  mkdirSync(dir, { recursive: true });
  print(`\n== ${articles.toLocaleString('en')} articles`);
  for (const replaced of [corpus, docs, ...(targets.some((t) => t.startsWith('starlight')) ? [starlightDocs] : [])]) trash.setAside(replaced);
  let start = performance.now();
  const project = generateProject({ outDir: corpus, articles, flows: Math.max(3, Math.round(articles * 0.03)), seed });
  print(
    `corpus: ${project.articles.length} article files (${project.keys} keys), ${project.flows.length} flows ` +
      `in ${((performance.now() - start) / 1000).toFixed(1)} s → ${corpus}`,
  );
  if (targets.some((t) => t !== 'ours')) {
    start = performance.now();
    const converted = convertCorpus(corpus, docs);
    print(`converted for Starlight and bare Astro: ${converted.written} docs (${converted.agentOnly} agent-only left out) in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    for (const problem of converted.problems) print(`  skipped ${problem}`);
  }
  if (targets.some((t) => t.startsWith('starlight'))) {
    start = performance.now();
    syncDocs(docs, starlightDocs);
    print(`copied into bench/starlight/src/content/docs in ${((performance.now() - start) / 1000).toFixed(1)} s (not counted as build time)`);
  }
  start = performance.now();
  const queries = await corpusQueries(corpus);
  print(`search queries: ${[...queries.values()].reduce((n, q) => n + q.length, 0)} over ${queries.size} locales in ${((performance.now() - start) / 1000).toFixed(1)} s`);

  const quiet = trash.remainingMs();
  const wait = Math.max(SETTLE_MS, quiet);
  print(
    quiet > SETTLE_MS
      ? `waiting ${Math.round(wait / 1000)} s: files were deleted less than ${QUIET_MS / 60_000} minutes ago, which slows file creation on this file system`
      : `waiting ${wait / 1000} s for the new corpus's writes to reach the disk`,
  );
  await new Promise((resolve) => setTimeout(resolve, wait));

  const size: SizeResult = { articles: project.articles.length, targets: targets.map((target): TargetResult => ({ target, builds: [], failures: 0 })) };
  for (let run = 1; run <= runs; run++) {
    for (const result of size.targets) {
      const outDir = mkdtempSync(join(tmpdir(), `kb-bench-${result.target}-`));
      const plan = buildPlan(result.target, { corpus, docs, outDir, cacheDir: join(corpusDir, 'cache-ours'), starlightMarkdown });
      // A handful of files each, so deleting them does not slow the build down (see quiet-deletions.ts).
      for (const cache of plan.caches) rmSync(cache, { recursive: true, force: true });
      process.stdout.write(`run ${run}/${runs} ${result.target.padEnd(18)} `);
      const outcome = await runBuild(plan.command, plan.args, plan.cwd, plan.env);
      if (outcome.ok) {
        result.builds.push({ wallMs: outcome.wallMs, peakKb: outcome.peakKb });
        print(`${(outcome.wallMs / 1000).toFixed(1)} s, ${Math.round(outcome.peakKb / 1024)} MB`);
        if (result.builds.length === 1) {
          try {
            const weight = siteWeight(outDir);
            Object.assign(result, {
              pages: weight.pages,
              articlePages: weight.articlePages,
              htmlGzip: weight.htmlGzip,
              jsGzip: weight.jsGzip,
              largestHtmlGzip: weight.largestHtmlGzip,
              largestPage: weight.largestPage,
            });
            if (result.target === 'ours') result.search = await measureOurSearch(outDir, queries);
            else if (result.target !== 'bare-astro') result.search = await measurePagefind(outDir, queries);
          } catch (error) {
            print(`  could not measure the built site in ${outDir}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      } else {
        result.failures++;
        print(`FAILED after ${(outcome.wallMs / 1000).toFixed(1)} s; the end of its output:`);
        print(outcome.tail.replace(/^/gm, '    '));
      }
      if (values.keep) print(`  kept ${outDir}`);
      else builtSites.push(outDir);
    }
  }
  results.push(size);
  print();
  print(sizeTable(size));
}

print();
for (const line of ratioLines(results)) print(line);
print();
print(LEGEND);
const out = join(REPO, 'bench/results.md');
writeFileSync(out, resultsMarkdown(environment, results));
print(`\nwrote ${out}`);
print(`deleting the ${builtSites.length} built sites and the replaced corpora (a build timed within ${QUIET_MS / 60_000} minutes of this is slowed down)`);
trash.empty(builtSites);
