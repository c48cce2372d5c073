/**
 * What a browser downloads for one built page before any interaction: the
 * HTML, the stylesheets it links, and the JavaScript it loads — module
 * scripts and their static imports, followed recursively; dynamic imports
 * (loaded on first use, like the search index) are left out. Each file is
 * counted gzipped, as a server would send it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped byte counts of one page. */
export interface PageWeight {
  html: number;
  js: number;
  css: number;
  /** The JavaScript and CSS files counted, relative to the site root. */
  files: string[];
}

const gz = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}=("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(2).find((v) => v !== undefined);
}

/** Static imports of an ES module: `import "./x.js"`, `import {a} from "./x.js"`, `export * from "./x.js"`. */
function staticImports(code: string): string[] {
  const out: string[] = [];
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g;
  for (let m = pattern.exec(code); m; m = pattern.exec(code)) out.push(m[1]!);
  return out;
}

/** Measures the page at `htmlPath`, a file inside the built site `siteRoot`. */
export function pageWeight(siteRoot: string, htmlPath: string): PageWeight {
  const html = readFileSync(htmlPath, 'utf8');
  const seen = new Set<string>();
  let js = 0;
  let css = 0;
  const resolveUrl = (url: string, from: string): string | undefined => {
    if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return undefined;
    const path = url.startsWith('/') ? join(siteRoot, url.split(/[?#]/)[0]!) : resolve(dirname(from), url.split(/[?#]/)[0]!);
    return existsSync(path) ? path : undefined;
  };
  const addScript = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    js += gz(code);
    for (const spec of staticImports(code)) {
      const next = resolveUrl(spec, path);
      if (next) addScript(next);
    }
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attr(m[0], 'src');
    const type = attr(m[0], 'type');
    if (type && !/module|javascript/i.test(type)) continue; // JSON data blocks are not code
    if (src) {
      const path = resolveUrl(src, htmlPath);
      if (path) addScript(path);
    } else if (m[2]!.trim()) {
      js += gz(m[2]!);
      for (const spec of staticImports(m[2]!)) {
        const next = resolveUrl(spec, htmlPath);
        if (next) addScript(next);
      }
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(m[0], 'rel') ?? '';
    const href = attr(m[0], 'href');
    if (!href) continue;
    const path = resolveUrl(href, htmlPath);
    if (!path || seen.has(path)) continue;
    if (/stylesheet/i.test(rel)) {
      seen.add(path);
      css += gz(readFileSync(path));
    } else if (/modulepreload/i.test(rel)) {
      addScript(path);
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css += gz(m[1]!);
  return { html: gz(html), js, css, files: [...seen].map((p) => p.slice(siteRoot.length)) };
}

/** The budgets of the sample site, in gzipped bytes. */
export const PAGE_BUDGETS = {
  articleJs: 5 * 1024,
  articleHtml: 15 * 1024,
  articleCss: 6 * 1024,
  troubleshooterJs: 20 * 1024,
} as const;
