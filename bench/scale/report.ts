/**
 * The benchmark's numbers in words: medians over runs, one Markdown table
 * per corpus size, the ratios the targets of issue 7 are stated in, and
 * bench/results.md. Pure: data in, text out.
 */
import { percentile } from '../search/bench-metrics.ts';

/** The sites built, in the order each round builds them (A, B, A, B …). */
export const TARGETS = ['ours', 'starlight-default', 'starlight-one-link', 'bare-astro'] as const;

/** One of the sites built. */
export type TargetId = (typeof TARGETS)[number];

/** One build that succeeded. */
export interface BuildSample {
  wallMs: number;
  /** Peak resident memory of the largest process, in KB (GNU time's %M). */
  peakKb: number;
}

/** Search measured on a built site, over every locale's queries. */
export interface SearchMeasure {
  /** Gzipped bytes from the first keystroke to the first result, per query. */
  firstResultBytes: number[];
  /** Query time with the files loaded, per query. */
  latencyMs: number[];
}

/** Everything measured of one site at one size. */
export interface TargetResult {
  target: TargetId;
  builds: BuildSample[];
  failures: number;
  /** Of the first build that succeeded. */
  pages?: number;
  articlePages?: number;
  htmlGzip?: number;
  jsGzip?: number;
  /** Gzipped HTML of the site's heaviest page, and which page that is. */
  largestHtmlGzip?: number;
  largestPage?: string;
  search?: SearchMeasure;
}

/** One corpus size. */
export interface SizeResult {
  /** Article files the corpus generator wrote. */
  articles: number;
  targets: TargetResult[];
}

/** The median; the mean of the middle two for an even count; NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const DASH = '—';
const known = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);
const count = (n: number | undefined) => (known(n) ? Math.round(n).toLocaleString('en') : DASH);
const seconds = (ms: number) => (known(ms) ? `${(ms / 1000).toFixed(1)} s` : DASH);
const kilobytes = (bytes: number | undefined) => (known(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : DASH);
const megabytes = (kb: number) => (known(kb) ? `${Math.round(kb / 1024).toLocaleString('en')} MB` : DASH);
const millis = (ms: number) => (known(ms) ? `${ms < 10 ? ms.toFixed(2) : ms.toFixed(0)} ms` : DASH);
const times = (x: number) => `x${x < 10 ? x.toFixed(2) : x.toFixed(1)}`;

/** Median wall time (ms), median peak memory (KB) and pages per second of a target's builds. */
export function summarise(result: TargetResult): { wallMs: number; peakKb: number; pagesPerSecond: number } {
  const wallMs = median(result.builds.map((b) => b.wallMs));
  return {
    wallMs,
    peakKb: median(result.builds.map((b) => b.peakKb)),
    pagesPerSecond: known(result.pages) && wallMs > 0 ? result.pages / (wallMs / 1000) : Number.NaN,
  };
}

/** A Markdown table with columns padded to line up in a terminal too; the first column left, the rest right. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, 3, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const HEADER = ['site', 'build', 'pages', 'article pages', 'pages/s', 'peak memory', 'article HTML gz', 'article JS gz', 'largest page HTML gz', 'to 1st search result', 'search p50', 'search p95'];

/** The table of one corpus size. */
export function sizeTable(size: SizeResult): string {
  const rows = size.targets.map((t) => {
    const s = summarise(t);
    const ok = t.builds.length > 0;
    const runs = t.builds.length + t.failures;
    const failed = t.failures > 0 ? ` (${t.failures}/${runs} failed)` : '';
    return [
      `${t.target}${failed}`,
      ok ? seconds(s.wallMs) : 'failed',
      count(t.pages),
      count(t.articlePages),
      known(s.pagesPerSecond) ? s.pagesPerSecond.toFixed(1) : DASH,
      ok ? megabytes(s.peakKb) : DASH,
      kilobytes(t.htmlGzip),
      kilobytes(t.jsGzip),
      kilobytes(t.largestHtmlGzip),
      t.search ? kilobytes(percentile(t.search.firstResultBytes, 0.5)) : DASH,
      t.search ? millis(percentile(t.search.latencyMs, 0.5)) : DASH,
      t.search ? millis(percentile(t.search.latencyMs, 0.95)) : DASH,
    ];
  });
  return markdownTable(HEADER, rows);
}

const verdict = (met: boolean) => (met ? 'met' : 'missed');

/** The ratios the targets are stated in, one line each; a ratio whose builds are missing is left out. */
export function ratioLines(sizes: readonly SizeResult[]): string[] {
  const lines: string[] = [];
  const get = (size: SizeResult, target: TargetId) => {
    const result = size.targets.find((t) => t.target === target);
    return result && result.builds.length > 0 ? { ...result, ...summarise(result) } : undefined;
  };
  for (const size of sizes) {
    const ours = get(size, 'ours');
    const fastest = get(size, 'starlight-one-link');
    const bare = get(size, 'bare-astro');
    const at = `${size.articles.toLocaleString('en')} articles`;
    if (ours && fastest && known(ours.pagesPerSecond) && known(fastest.pagesPerSecond)) {
      const x = ours.pagesPerSecond / fastest.pagesPerSecond;
      lines.push(
        `${at}: ours ${times(x)} the pages/s of starlight-one-link (target ≥ x2: ${verdict(x >= 2)}); ` +
          `build time ${times(ours.wallMs / fastest.wallMs)} of its time on the same articles (so ${times(fastest.wallMs / ours.wallMs)} its speed per article)`,
      );
    }
    if (ours && bare) {
      const x = ours.peakKb / bare.peakKb;
      lines.push(`${at}: ours peak memory ${times(x)} of bare-astro (target ≤ x1.1: ${verdict(x <= 1.1)})`);
    }
  }
  const smallest = sizes[0];
  const base = smallest && get(smallest, 'ours');
  for (const size of sizes.slice(1)) {
    const ours = get(size, 'ours');
    if (!base || !ours || !smallest) continue;
    const grew = size.articles / smallest.articles;
    const x = ours.wallMs / base.wallMs;
    lines.push(
      `ours, ${size.articles.toLocaleString('en')} vs ${smallest.articles.toLocaleString('en')} articles: ` +
        `build time ${times(x)} for ${times(grew)} the articles (target ≤ ${times(grew * 1.1)}: ${verdict(x <= grew * 1.1)})`,
    );
  }
  const heaviest = sizes.flatMap((size) => {
    const ours = get(size, 'ours');
    return ours && known(ours.largestHtmlGzip)
      ? [`${kilobytes(ours.largestHtmlGzip)} at ${size.articles.toLocaleString('en')} articles (${ours.largestPage ?? '?'})`]
      : [];
  });
  // No verdict: lists are paged, so the heaviest page grows until its lists fill a page, then stays (issue 7: per-page weight independent of the articles).
  if (heaviest.length > 1) lines.push(`ours, heaviest page of any kind: ${heaviest.join('; ')}`);
  return lines;
}

/** Where and with what the benchmark ran. */
export interface BenchEnvironment {
  date: string;
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  versions: Record<string, string>;
  runs: number;
}

/** Column meanings, shown under the tables. */
export const LEGEND =
  'build: median wall time of the runs; pages: index.html files written (ours: troubleshooter steps, categories and ' +
  'search pages too); article pages: <locale>/<category>/<key>/ pages; peak memory: median of the peak resident memory ' +
  'of the largest process (GNU time %M); article HTML/JS gz: medians over article pages, JS counting scripts and their ' +
  'static imports (src/node/page-weight.ts); largest page HTML gz: the heaviest index.html of the site, of any kind ' +
  '(home, lists, articles, troubleshooter steps); to 1st search result: median gzipped bytes from the first keystroke to the ' +
  'first result (search code loaded on use, index files, the result’s text; Pagefind: its UI chunk, pagefind.js and its worker, wasm, ' +
  'index and fragment); search p50/p95: query time in Node with the files loaded, over ~100 known-item queries per locale. ' +
  'Starlight writes a page in every locale for each English page that has no translation (its fallback pages), so its ' +
  'page count is higher than the article count.';

/** The text of bench/results.md. */
export function resultsMarkdown(env: BenchEnvironment, sizes: readonly SizeResult[]): string {
  const versions = Object.entries(env.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  const parts = [
    '# Build benchmark: ours, Astro Starlight and bare Astro',
    '',
    'Written by `npm run bench` (bench/scale/bench-scale.ts). Builds alternate (ours, starlight-default, starlight-one-link, ' +
      'bare-astro, ours, …); the figures are medians over the runs.',
    '',
    `- Date: ${env.date}`,
    `- Machine: ${env.cpu}, ${env.cores} cores, ${(env.memoryBytes / 2 ** 30).toFixed(1)} GiB memory`,
    `- Node ${env.node}; ${versions}`,
    `- Runs per site and size: ${env.runs}`,
    '',
  ];
  for (const size of sizes) parts.push(`## ${size.articles.toLocaleString('en')} articles`, '', sizeTable(size), '');
  const ratios = ratioLines(sizes);
  if (ratios.length > 0) parts.push('## Ratios', '', ...ratios.map((r) => `- ${r}`), '');
  parts.push(LEGEND, '');
  return parts.join('\n');
}
