/**
 * Size budgets on the built sample site (sizes, not timings): every article
 * page's HTML, CSS and JavaScript, and every troubleshooter page's JavaScript,
 * gzipped as served.
 */
import { describe, expect, inject, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PAGE_BUDGETS, pageWeight } from '../../src/node/page-weight.ts';
import { LOCALES } from '../../src/core/locales.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('page budgets', () => {
  it('keep every article page within its HTML, CSS and JavaScript budget', () => {
    const dist = inject('distDir');
    const pages = LOCALES.flatMap((locale) => htmlFiles(join(dist, locale))).filter((f) => {
      const parts = relative(dist, f).split('/');
      // /<locale>/<category>/<key>/index.html
      return parts.length === 4 && parts[1] !== 'troubleshoot' && parts[1] !== 'search';
    });
    expect(pages.length).toBeGreaterThan(30);
    const over: string[] = [];
    for (const page of pages) {
      const w = pageWeight(dist, page);
      const name = relative(dist, page);
      if (w.js > PAGE_BUDGETS.articleJs) over.push(`${name}: JS ${kb(w.js)} > ${kb(PAGE_BUDGETS.articleJs)}`);
      if (w.html > PAGE_BUDGETS.articleHtml) over.push(`${name}: HTML ${kb(w.html)} > ${kb(PAGE_BUDGETS.articleHtml)}`);
      if (w.css > PAGE_BUDGETS.articleCss) over.push(`${name}: CSS ${kb(w.css)} > ${kb(PAGE_BUDGETS.articleCss)}`);
    }
    expect(over).toEqual([]);
  });

  it('keep every troubleshooter page within its JavaScript budget, xstate included', () => {
    const dist = inject('distDir');
    const pages = LOCALES.flatMap((locale) => htmlFiles(join(dist, locale, 'troubleshoot')));
    expect(pages.length).toBeGreaterThan(20);
    let heaviest = 0;
    for (const page of pages) {
      const w = pageWeight(dist, page);
      heaviest = Math.max(heaviest, w.js);
      expect(w.js, relative(dist, page)).toBeLessThanOrEqual(PAGE_BUDGETS.troubleshooterJs);
    }
    // The island is really measured: xstate alone is several kilobytes.
    expect(heaviest).toBeGreaterThan(5 * 1024);
  });
});
