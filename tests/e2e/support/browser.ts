/** Launches Debian's Chromium through playwright-core, with the flags this sandbox needs. */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts a headless Chromium. Fails loudly (never skips) when it is missing. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page; returns the serious and critical violations, described. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return result
    .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: { id: string; impact: string; help: string; targets: string[] }) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(', ')}`);
}

/**
 * One Chromium for a test file: launched before its tests, closed after them.
 * Contexts made through `newContext` and `open` are closed with it, and an
 * uncaught error in any page (collected into `pageErrors`: by `open`, or by
 * the test) fails the test it happened in. Screenshots go to tests/e2e/__screenshots__/.
 */
export function useBrowser() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const screenshots = join(import.meta.dirname, '..', '__screenshots__');
  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(screenshots, { recursive: true });
  });
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });
  /** A new browser context, closed after the file's tests. */
  const newContext = async (options?: BrowserContextOptions): Promise<BrowserContext> => {
    if (!browser) throw new Error('useBrowser(): the browser is not launched yet; call newContext inside a test');
    const context = await browser.newContext(options);
    contexts.push(context);
    return context;
  };
  return {
    pageErrors,
    screenshots,
    newContext,
    /** `url` in a page of a new context; an uncaught error in it fails the test. */
    async open(url: string, options?: BrowserContextOptions): Promise<Page> {
      const page = await (await newContext(options)).newPage();
      page.on('pageerror', (error) => pageErrors.push(`${url}: ${error.message}`));
      await page.goto(url);
      return page;
    },
  };
}
