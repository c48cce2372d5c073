/**
 * What a built site weighs: pages written, the HTML and JavaScript of its
 * article pages (gzipped, as src/node/page-weight.ts counts them), and the
 * JavaScript a page loads only later, on first use (dynamic imports), which
 * is what search costs before its index.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ARTICLE_CATEGORIES } from '../../src/core/content/article-schema.ts';
import { isLocale, type Locale } from '../../src/core/locales.ts';
import { pageWeight } from '../../src/node/page-weight.ts';
import { gzipSize } from '../search/bench-metrics.ts';
import { median } from './report.ts';

/** Every index.html under `dir`, as paths. */
export function indexPages(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(at, entry.name));
      else if (entry.name === 'index.html') found.push(join(at, entry.name));
    }
  };
  walk(dir);
  return found.sort();
}

const CATEGORIES: ReadonlySet<string> = new Set(ARTICLE_CATEGORIES);

/** The locale of an article page, <locale>/<category>/<key>/index.html (the URL shape of all three sites), else undefined. */
export function articlePageLocale(siteRoot: string, page: string): Locale | undefined {
  const parts = relative(siteRoot, page).split(/[\\/]/);
  return parts.length === 4 && isLocale(parts[0]) && CATEGORIES.has(parts[1]!) ? parts[0] : undefined;
}

/** Up to `count` items spread evenly over `items`, first and last included. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]!);
}

/** Pages written, the medians of article pages' gzipped HTML and JavaScript, and the heaviest page's HTML. */
export interface SiteWeight {
  pages: number;
  articlePages: number;
  htmlGzip: number;
  jsGzip: number;
  /** Gzipped HTML of the heaviest page of any kind (home, lists, articles, steps), and that page, relative. */
  largestHtmlGzip: number;
  largestPage: string;
}

/** How many of the largest pages (by bytes on disk) are gzipped to find the heaviest: gzip ratios differ little. */
const LARGEST_CANDIDATES = 10;

/** The page whose HTML weighs most gzipped, among the `LARGEST_CANDIDATES` largest on disk. */
export function largestPage(siteRoot: string, pages: readonly string[]): { page: string; htmlGzip: number } {
  const candidates = pages
    .map((page) => ({ page, bytes: statSync(page).size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, LARGEST_CANDIDATES)
    .map(({ page }) => ({ page: relative(siteRoot, page), htmlGzip: gzipSize(readFileSync(page)) }));
  if (candidates.length === 0) return { page: '', htmlGzip: Number.NaN };
  return candidates.reduce((a, b) => (b.htmlGzip > a.htmlGzip ? b : a));
}

/** Measures a built site; page weights are the medians over up to `sample` article pages. */
export function siteWeight(siteRoot: string, sample = 300): SiteWeight {
  const pages = indexPages(siteRoot);
  const articles = pages.filter((p) => articlePageLocale(siteRoot, p));
  const weights = spread(articles, sample).map((p) => pageWeight(siteRoot, p));
  const largest = largestPage(siteRoot, pages);
  return {
    pages: pages.length,
    articlePages: articles.length,
    htmlGzip: median(weights.map((w) => w.html)),
    jsGzip: median(weights.map((w) => w.js)),
    largestHtmlGzip: largest.htmlGzip,
    largestPage: largest.page,
  };
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g;
// Literal specifiers only: `import(\`${base}pagefind.js\`)` is a runtime URL the search engine's own count covers.
const DYNAMIC_IMPORT = /\bimport\(\s*(["'`])([^"'`$]+)\1\s*\)/g;

/**
 * The JavaScript files a page loads only on first use: the targets of
 * dynamic imports of its scripts, with their static and dynamic imports,
 * less what the page has loaded already. `keep` drops files that are not
 * for this page (such as another language's word stemmer).
 */
export function lazyScripts(siteRoot: string, htmlPath: string, keep: (file: string) => boolean = () => true): string[] {
  const resolveSpec = (spec: string, from: string): string | undefined => {
    if (/^[a-z]+:/i.test(spec) || spec.startsWith('//')) return undefined;
    const clean = spec.split(/[?#]/)[0]!;
    const path = clean.startsWith('/') ? join(siteRoot, clean) : resolve(dirname(from), clean);
    return existsSync(path) ? path : undefined;
  };
  const eager = new Set(pageWeight(siteRoot, htmlPath).files.map((f) => join(siteRoot, f)));
  const html = readFileSync(htmlPath, 'utf8');
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!);
  const lazy = new Set<string>();
  const visitCode = (code: string, from: string, dynamicOnly: boolean) => {
    if (!dynamicOnly) {
      for (const m of code.matchAll(STATIC_IMPORT)) visitFile(resolveSpec(m[1]!, from));
    }
    for (const m of code.matchAll(DYNAMIC_IMPORT)) visitFile(resolveSpec(m[2]!, from));
  };
  const visitFile = (file: string | undefined) => {
    if (!file || !file.endsWith('.js') || eager.has(file) || lazy.has(file) || !keep(file)) return;
    lazy.add(file);
    visitCode(readFileSync(file, 'utf8'), file, false);
  };
  for (const file of eager) if (file.endsWith('.js')) visitCode(readFileSync(file, 'utf8'), file, true);
  for (const code of inline) visitCode(code, htmlPath, true);
  return [...lazy].sort();
}

/** Gzipped bytes of files. */
export function gzipTotal(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
}
