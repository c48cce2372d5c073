/**
 * Paged lists, in a build of the sample knowledge base with small list
 * sizes (listPageSize 5, homeTroubleshooters 2 and one featured
 * troubleshooter in content/site.yaml): the home page shows the featured
 * troubleshooter, then the first other one by title, and links to the list of all of
 * them; a category's articles come in pages a reader moves through with
 * the keyboard, each article on exactly one page; every page passes axe.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousA11yViolations, useBrowser } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { buildVariant } from './support/variant-build.ts';

const root = join(import.meta.dirname, '../..');
const session = useBrowser();

let work: string | undefined;
let site: { server: Server; url: string } | undefined;

beforeAll(async () => {
  let dist: string;
  const settings = { listPageSize: 5, homeTroubleshooters: 2, featuredTroubleshooters: '[where-is-my-order]' };
  ({ work, dist } = await buildVariant('paged-lists', settings, 'with small list pages'));
  site = await serveStatic(dist);
});

afterAll(async () => {
  if (site) await new Promise((done) => site!.server.close(done));
  if (work) rmSync(work, { recursive: true, force: true });
});

const open = (path: string, javaScriptEnabled = true): Promise<Page> =>
  session.open(site!.url + path, { javaScriptEnabled, viewport: { width: 1280, height: 900 } });

/** The public English articles of a category in the sample content, by title. */
function publicTitles(category: string): string[] {
  const folder = join(root, 'content/en', category);
  return readdirSync(folder)
    .map((file) => readFileSync(join(folder, file), 'utf8'))
    .filter((text) => !/^audience: agent$/m.test(text))
    .map((text) => /^title: (.*)$/m.exec(text)![1]!.replace(/^(['"])(.*)\1$/, '$2'))
    .sort();
}

const listedTitles = (page: Page) => page.locator('main .article-list > li > a').allTextContents();
const flowTitles = (page: Page) => page.locator('main .troubleshooter-list > li > a').allTextContents();

describe('the home page with more troubleshooters than it shows', () => {
  test('shows the featured one, then the first other by title, and links to the list of all of them', async () => {
    const flowCount = readdirSync(join(root, 'flows')).filter((f) => f.endsWith('.yaml')).length;
    expect(flowCount).toBeGreaterThan(2);
    const page = await open('/en/');
    const home = await flowTitles(page);
    expect(home).toHaveLength(2);
    expect(home[0]).toBe('Where is my order?');
    const all = page.getByRole('link', { name: `All troubleshooters (${flowCount})`, exact: true });
    await all.click();
    await page.waitForURL(/\/en\/troubleshooters\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('All troubleshooters');
    const titles = await flowTitles(page);
    expect(titles).toHaveLength(flowCount);
    // The full list is by title: the home page's second is the first there that is not featured.
    expect(titles.filter((t) => t !== home[0])[0]).toBe(home[1]);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
    // Fewer troubleshooters than a page holds: no page links.
    expect(await page.locator('nav.pagination').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('the search page without JavaScript links to them too, in the reader\'s language', async () => {
    const page = await open('/da/search/', false);
    await page.getByRole('link', { name: /^Alle fejlsøgninger \(\d+\)$/ }).click();
    await page.waitForURL(/\/da\/troubleshooters\/$/);
    expect(await page.title()).toMatch(/^Alle fejlsøgninger · /);
  });
});

describe('a category with more articles than a page holds', () => {
  test('lists each article on exactly one page, and the pages are reached with the keyboard', async () => {
    const expected = publicTitles('internet');
    expect(expected.length).toBeGreaterThan(5);
    const page = await open('/en/internet/');
    const first = await listedTitles(page);
    expect(first).toHaveLength(5);
    const nav = page.getByRole('navigation', { name: 'Pages', exact: true });
    expect(await nav.getByRole('link', { name: 'Page 1', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Previous page' }).count()).toBe(0);

    const next = nav.getByRole('link', { name: 'Next page', exact: true });
    await next.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/internet\/page\/2\/$/);
    expect(await page.title()).toMatch(/^Internet and Wi-Fi \(Page 2 of 2\) · /);
    expect(await page.locator('main .page-of').textContent()).toBe('Page 2 of 2');
    const second = await listedTitles(page);
    expect([...first, ...second].sort()).toEqual(expected);
    const nav2 = page.getByRole('navigation', { name: 'Pages', exact: true });
    expect(await nav2.getByRole('link', { name: 'Page 2', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await nav2.getByRole('link', { name: 'Next page' }).count()).toBe(0);
    // The breadcrumbs lead back to the category's first page.
    expect(await page.locator('.breadcrumbs a').last().getAttribute('href')).toBe('/en/internet/');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await nav2.getByRole('link', { name: 'Previous page', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/internet\/$/);
    expect(await listedTitles(page)).toEqual(first);
  });

  test('a later page offers the same page in the other languages', async () => {
    const page = await open('/da/internet/page/2/');
    expect(await page.locator('link[rel=alternate][hreflang=en]').getAttribute('href')).toMatch(/\/en\/internet\/page\/2\/$/);
    expect(await page.locator('main .page-of').textContent()).toBe('Side 2 af 2');
    expect(await page.getByRole('navigation', { name: 'Sider', exact: true }).getByRole('link', { name: 'Forrige side', exact: true }).getAttribute('href')).toBe(
      '/da/internet/',
    );
  });
});
