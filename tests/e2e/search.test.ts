/**
 * Search in a real browser against the real builds: the box on the home
 * page finds inflected, half-typed and diacritic-less words and is driven
 * by the keyboard; hostile input never breaks the page; no results offers
 * the troubleshooters and the contacts; the search page with and without
 * JavaScript; the call console's search over the representatives' index;
 * accessibility; and the page loading no search code before it is used.
 */

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { SEARCH_INDEX_DIR } from '../../src/core/search/search-source.ts';
import { openSearch } from '../../src/core/search/searcher.ts';
import { searchPageHref } from '../../src/core/site/search-combobox.ts';
import { createDiskSource } from '../../src/node/search-index-files.ts';
import { seriousA11yViolations, useBrowser } from './support/browser.ts';

const screenshots = join(import.meta.dirname, '__screenshots__');
const baseURL = inject('baseURL');
const agentBaseURL = inject('agentBaseURL');

const session = useBrowser();

const open = (url: string, javaScriptEnabled = true): Promise<Page> => session.open(url, { javaScriptEnabled, viewport: { width: 1280, height: 900 } });

const box = (page: Page, id = 'search_q') => page.locator(`#${id}`);
const options = (page: Page, id = 'search_q') => page.locator(`#${id}-listbox [role=option]`);
const optionTitles = (page: Page, id = 'search_q') => options(page, id).locator('.search-title').allTextContents();
const status = (page: Page, id = 'search_q') => page.locator(`#${id}-status`);

/** Types `text` into the home page's box of `locale` and waits for the results (or "no results") of all of it to show. */
async function searchHome(locale: string, text: string): Promise<Page> {
  const page = await open(`${baseURL}/${locale}/`);
  await box(page).click();
  await box(page).pressSequentially(text);
  await settled(page, locale, text);
  await expect.poll(() => status(page).textContent()).not.toBe('');
  return page;
}

/** Waits until box `id` shows the results of `text`, not of a part of it typed on the way. */
async function settled(page: Page, locale: string, text: string, id = 'search_q'): Promise<void> {
  // The "all results" link follows every search that finished: this one is done when it names the whole text.
  await expect.poll(() => page.locator(`#${id}-all`).getAttribute('href')).toBe(searchPageHref(`/${locale}/search/`, text));
  await page.locator(`#${id}-popup:not([hidden])`).waitFor();
}

/** Presses ArrowDown until the option titled `title` of box `id` is the active one. */
async function arrowTo(page: Page, title: string, id = 'search_q'): Promise<void> {
  const titles = await optionTitles(page, id);
  const index = titles.indexOf(title);
  expect(titles, `"${title}" among the results`).toContain(title);
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  const active = page.locator(`#${await box(page, id).getAttribute('aria-activedescendant')}`);
  expect(await active.locator('.search-title').textContent()).toBe(title);
  expect(await active.getAttribute('aria-selected')).toBe('true');
}

describe('the search box on the home page', () => {
  test('loads no search code and no index until the box is used', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseURL}/en/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.includes('search-ui') || p.includes(SEARCH_INDEX_DIR))).toEqual([]);
    expect(await box(page).getAttribute('role')).toBe('combobox');
    expect(await box(page).getAttribute('aria-expanded')).toBe('false');
    const manifest = page.waitForRequest((r) => r.url().includes(`/${SEARCH_INDEX_DIR}/en/manifest.json`));
    await box(page).focus();
    await manifest;
  });

  test('finds the invoice article from an inflected German word, marks the match, and opens it with the arrow keys and Enter', async () => {
    const page = await searchHome('de', 'Rechnungen');
    const title = 'So lesen Sie Ihre Rechnung';
    expect(await optionTitles(page)).toContain(title);
    const option = options(page).filter({ hasText: title });
    expect(await option.locator('.search-title mark').allTextContents()).toEqual(['Rechnung']);
    expect(await option.locator('.search-type').textContent()).toBe('Artikel');
    // The snippet arrives after the titles, with the matched words marked.
    await option.locator('.search-snippet mark').first().waitFor();
    expect(await status(page).textContent()).toMatch(/^\d+ Ergebnisse?$/);

    await arrowTo(page, title);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseURL}/de/billing/read-your-invoice/`);
  });

  test('finds a half-typed word', async () => {
    const page = await searchHome('en', 'passw');
    expect((await optionTitles(page))[0]).toMatch(/password/i);
    expect(await options(page).first().locator('.search-title mark').first().textContent()).toMatch(/^passw/i);
  });

  test('finds Lithuanian words typed with and without their diacritics', async () => {
    for (const typed of ['lemputės', 'lemputes']) {
      const page = await searchHome('lt', typed);
      const titles = await optionTitles(page);
      expect(titles[0], typed).toBe('Ką reiškia maršrutizatoriaus lemputės');
      expect(await options(page).first().locator('.search-title mark').allTextContents(), typed).toEqual(['lemputės']);
    }
  });

  test('moves with ArrowUp and ArrowDown, wrapping round, and Escape closes and clears', async () => {
    const page = await searchHome('en', 'router');
    const count = await options(page).count();
    expect(count).toBeGreaterThan(2);
    await page.keyboard.press('ArrowUp');
    expect(await box(page).getAttribute('aria-activedescendant')).toBe(`search_q-option-${count - 1}`);
    await page.keyboard.press('ArrowDown');
    expect(await box(page).getAttribute('aria-activedescendant')).toBe('search_q-option-0');
    await page.keyboard.press('ArrowDown');
    expect(await box(page).getAttribute('aria-activedescendant')).toBe('search_q-option-1');
    expect(await page.locator('[role=option][aria-selected=true]').count()).toBe(1);

    await page.keyboard.press('Escape');
    expect(await page.locator('#search_q-popup').isHidden()).toBe(true);
    expect(await box(page).getAttribute('aria-expanded')).toBe('false');
    expect(await box(page).getAttribute('aria-activedescendant')).toBeNull();
    expect(await box(page).inputValue()).toBe('');
  });

  test('opens a result with the mouse', async () => {
    const page = await searchHome('en', 'roaming');
    await options(page).filter({ hasText: 'roaming' }).first().click();
    await page.waitForURL(/\/en\/mobile\/roaming-charges\/$/);
  });

  test('Enter without a chosen result goes to the search page with the query', async () => {
    const page = await searchHome('en', 'router lights');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseURL}/en/search/?q=router+lights`);
    await page.locator('#search_page_q-results .search-result').first().waitFor();
  });

  test('survives hostile input: query syntax, 10,000 characters, emoji and control characters', async () => {
    const page = await open(`${baseURL}/en/`);
    await box(page).click();
    const hostile = [
      '"+-~^:*',
      `${'router~2 +wifi -lights ^10 title:* '.repeat(290)}`.slice(0, 10_000),
      '🙂📶🔥 router 🙂',
      'wifi\u0000\u0007\u001b[31m\u202e',
      '*',
      ':',
      '"',
    ];
    for (const text of hostile) {
      await box(page).fill(text);
      await expect.poll(async () => {
        const shown = (await status(page).textContent()) ?? '';
        return /results?\b|No results/.test(shown);
      }).toBe(true);
      await box(page).press('Escape');
      await expect.poll(() => status(page).textContent()).toBe('');
    }
    // Still searching normally afterwards.
    await box(page).pressSequentially('router');
    await options(page).first().waitFor();
  });

  test('says so when the index cannot be loaded, and works once it can', async () => {
    const page = await open(`${baseURL}/en/`);
    await page.route('**/search-index/**', (route) => route.abort());
    await box(page).click();
    await box(page).pressSequentially('router');
    await expect.poll(() => status(page).textContent()).toMatch(/^Search is not available right now\./);
    expect(await page.locator('#search_q-message').textContent()).toMatch(/^Search is not available right now\./);

    await page.unroute('**/search-index/**');
    await box(page).pressSequentially('s');
    await options(page).first().waitFor();
    expect(await status(page).textContent()).toMatch(/^\d+ results$/);
  });

  test('offers the troubleshooters and the contact options when nothing is found', async () => {
    const page = await searchHome('en', 'xylophonequartz');
    expect(await page.locator('#search_q-message .search-none').textContent()).toBe('No results for “xylophonequartz”.');
    expect(await status(page).textContent()).toBe('No results for “xylophonequartz”.');
    const types = await options(page).locator('.search-type').allTextContents();
    expect(types.length).toBeGreaterThan(2);
    expect(new Set(types)).toEqual(new Set(['Guided troubleshooting']));
    expect(await optionTitles(page)).toContain('My internet connection is not working');
    const contacts = page.locator('#search_q-popup .search-contacts');
    expect(await contacts.locator('.search-contacts-title').textContent()).toBe('Or talk to us');
    expect(await contacts.locator('.search-contact-name').allTextContents()).toEqual(['Technical support', 'Billing']);
    expect(await contacts.locator('a[href^="tel:"]').first().getAttribute('href')).toBe('tel:+4570203010');
    expect(await contacts.locator('a[href^="mailto:"]').first().textContent()).toBe('support@nordlys-net.invalid');
    // A troubleshooter is chosen like any result.
    await arrowTo(page, 'My internet connection is not working');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseURL}/en/troubleshoot/internet-down/`);
  });

  test('offers the contacts in the reader\'s language', async () => {
    const page = await searchHome('da', 'xylofonkvarts');
    expect(await page.locator('#search_q-message .search-none').textContent()).toBe('Ingen resultater for “xylofonkvarts”.');
    expect(await page.locator('#search_q-popup .search-contact-name').allTextContents()).toEqual(['Teknisk support', 'Regninger og betaling']);
    expect(await page.locator('#search_q-popup .search-hours').first().textContent()).toContain('man–fre 08.00–21.00');
  });

  test('passes axe-core with the results open, and looks right', async () => {
    const page = await searchHome('en', 'wifi password');
    await page.keyboard.press('ArrowDown');
    await options(page).first().locator('.search-snippet mark').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'search-results-en.png') });
  });
});

describe('the search box in page headers', () => {
  test('searches from an article page and keeps its page light until used', async () => {
    const page = await open(`${baseURL}/en/internet/router-lights/`);
    const header = page.locator('.site-header form[data-search]');
    const id = await header.locator('input[type=search]').getAttribute('id');
    await header.locator('input[type=search]').click();
    await header.locator('input[type=search]').pressSequentially('wifi');
    await settled(page, 'en', 'wifi', id!);
    expect(await optionTitles(page, id!)).toContain('Fix Wi-Fi problems at home');
  });
});

describe('the search page', () => {
  test('shows the results of ?q= as a list of links and keeps the address in step', async () => {
    const page = await open(`${baseURL}/en/search/?q=restart%20router`);
    const results = page.locator('#search_page_q-results .search-result');
    await results.first().waitFor();
    expect(await box(page, 'search_page_q').inputValue()).toBe('restart router');
    expect(await results.first().locator('a.search-title').getAttribute('href')).toMatch(/^\/en\//);
    expect(await status(page, 'search_page_q').textContent()).toMatch(/^\d+ results?$/);
    expect(await page.locator('[data-search-fallback]').isHidden()).toBe(true);

    await box(page, 'search_page_q').fill('roaming');
    await page.waitForURL(`${baseURL}/en/search/?q=roaming`);
    await results.filter({ hasText: 'roaming' }).first().waitFor();
    expect(await results.first().locator('.search-title mark').first().textContent()).toMatch(/roaming/i);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'search-page-en.png'), fullPage: true });
  });

  test('without JavaScript says search needs it and lists the troubleshooters and topics', async () => {
    const page = await open(`${baseURL}/de/search/?q=Rechnung`, false);
    expect(await page.locator('noscript').count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('Die Suche braucht JavaScript');
    expect(await page.locator('.troubleshooter-list a').count()).toBeGreaterThan(2);
    expect(await page.locator('[data-search-fallback] h2').allTextContents()).toEqual(['Geführte Fehlersuche', 'Hilfe nach Thema']);
    expect(await page.locator('.category-list a, [data-search-fallback] section:last-child a').count()).toBeGreaterThan(3);
  });
});

describe('the call console\'s search (representatives\' build)', () => {
  const agentOnly = { id: 'technician-escalation', title: 'When to send a technician', query: 'escalate technician' };

  test('finds an agent-only article that the public index does not contain', async () => {
    const page = await open(`${agentBaseURL}/en/console/`);
    await page.waitForSelector('#console[data-ready="true"]', { state: 'attached' });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('console-search');
    await page.keyboard.type(agentOnly.query);
    await settled(page, 'en', agentOnly.query, 'console-search');
    expect((await optionTitles(page, 'console-search'))[0]).toBe(agentOnly.title);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'search-console-en.png') });

    const publicIndex = await openSearch(createDiskSource(join(inject('distDir'), SEARCH_INDEX_DIR, 'en')));
    expect(publicIndex.manifest.audience).toBe('public');
    const { hits } = await publicIndex.search(agentOnly.query, { limit: 100 });
    expect(hits.map((h) => h.id)).not.toContain(agentOnly.id);
    expect(hits.map((h) => h.title)).not.toContain(agentOnly.title);
    const agentIndex = await openSearch(createDiskSource(join(inject('agentDistDir'), SEARCH_INDEX_DIR, 'en')));
    expect(agentIndex.manifest.audience).toBe('agent');
  });

  test('starts a troubleshooter chosen in the search in the console', async () => {
    const page = await open(`${agentBaseURL}/en/console/`);
    await page.waitForSelector('#console[data-ready="true"]', { state: 'attached' });
    await page.keyboard.press('/');
    await page.keyboard.type('internet not working');
    await settled(page, 'en', 'internet not working', 'console-search');
    await arrowTo(page, 'My internet connection is not working', 'console-search');
    await page.keyboard.press('Enter');
    await page.locator('#console-step-heading').waitFor();
    expect(page.url()).toBe(`${agentBaseURL}/en/console/`);
    expect(await page.locator('#console-call').isVisible()).toBe(true);
    expect(await box(page, 'console-search').inputValue()).toBe('');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
