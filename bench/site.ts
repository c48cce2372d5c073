/**
 * npm run bench:site — builds the sample site (three times, median wall
 * time) and reports what a browser downloads per page, against the budgets:
 * article pages ≤ 5 KB JS and ≤ 15 KB HTML gzipped, troubleshooter pages
 * ≤ 20 KB JS gzipped (xstate included), the build < 30 s.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PAGE_BUDGETS, pageWeight } from '../src/node/page-weight.ts';

const root = join(import.meta.dirname, '..');
const runs = Number(process.env.RUNS ?? 3);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;

const times: number[] = [];
let out = '';
for (let i = 0; i < runs; i++) {
  if (out) rmSync(out, { recursive: true, force: true });
  out = mkdtempSync(join(tmpdir(), 'kb-bench-site-'));
  const start = performance.now();
  // Run Astro on this Node (the project's pinned one), whatever `node` is first on PATH.
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  times.push((performance.now() - start) / 1000);
}

const pages = htmlFiles(out);
const kind = (file: string) => {
  const parts = relative(out, file).split('/');
  if (parts[1] === 'troubleshoot') return 'troubleshooter';
  if (parts.length === 4 && parts[1] !== 'search') return 'article';
  return 'other';
};
const stats = { article: [] as ReturnType<typeof pageWeight>[], troubleshooter: [] as ReturnType<typeof pageWeight>[] };
for (const page of pages) {
  const k = kind(page);
  if (k !== 'other') stats[k].push(pageWeight(out, page));
}
const row = (what: string, values: number[], budget?: number) =>
  console.log(
    `${what.padEnd(34)} median ${kb(median(values)).padStart(9)}   max ${kb(Math.max(...values)).padStart(9)}${budget ? `   budget ${kb(budget)}` : ''}`,
  );
console.log(`bench:site — Node ${process.versions.node}, ${new Date().toISOString()}, ${runs} builds`);
console.log(`build wall time: median ${median(times).toFixed(1)} s (runs: ${times.map((t) => t.toFixed(1)).join(', ')}; budget 30 s)`);
console.log(`pages: ${pages.length} (${stats.article.length} article pages, ${stats.troubleshooter.length} troubleshooter pages)`);
row('article page HTML (gzipped)', stats.article.map((w) => w.html), PAGE_BUDGETS.articleHtml);
row('article page JS before search', stats.article.map((w) => w.js), PAGE_BUDGETS.articleJs);
row('article page CSS', stats.article.map((w) => w.css), PAGE_BUDGETS.articleCss);
row('troubleshooter page JS', stats.troubleshooter.map((w) => w.js), PAGE_BUDGETS.troubleshooterJs);
row('troubleshooter page HTML', stats.troubleshooter.map((w) => w.html));
rmSync(out, { recursive: true, force: true });
