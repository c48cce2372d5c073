/**
 * The troubleshooter in a real browser against the real build: walking a
 * flow to a resolution, deep links, reloads, history, the keyboard alone,
 * no JavaScript at all, broken links, the English fallback, accessibility.
 */

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test, inject } from 'vitest';
import { seriousA11yViolations, useBrowser } from './support/browser.ts';

const screenshots = join(import.meta.dirname, '__screenshots__');
const baseURL = inject('baseURL');
const START = '/en/troubleshoot/internet-down/';

const session = useBrowser();

/** A fresh page; with JavaScript, it waits until the island has taken over. */
async function open(path: string, { javaScript = true } = {}): Promise<Page> {
  const page = await session.open(baseURL + path, { javaScriptEnabled: javaScript });
  if (javaScript) await ready(page);
  return page;
}

const ready = (page: Page) => page.waitForSelector('#troubleshooter[data-ready="true"]', { state: 'attached' });
const answer = (page: Page, label: string) => page.getByRole('button', { name: label, exact: true }).click();
const heading = (page: Page) => page.locator('#ts-heading');
const progress = (page: Page) => page.locator('#ts-progress');
const urlPath = (page: Page) => page.url().slice(baseURL.length);

async function expectText(page: Page, selector: string, text: string | RegExp) {
  await page.locator(selector).filter({ hasText: text }).first().waitFor();
}

describe('walking a troubleshooter', () => {
  test('answers lead step by step to a resolution, each step with its own URL', async () => {
    const page = await open(START);
    expect(await heading(page).textContent()).toBe('Is the connection for your home or for a business?');
    expect(await progress(page).textContent()).toBe('Step 1');
    expect(await page.locator('#ts-back').isHidden()).toBe(true);
    await page.screenshot({ path: join(screenshots, 'troubleshooter-start.png'), fullPage: true });

    await answer(page, 'For my home');
    await expectText(page, '#ts-heading', 'What kind of connection do you have?');
    expect(urlPath(page)).toBe('/en/troubleshoot/internet-down/line-type/customer=private/?a=0');
    await answer(page, 'Fibre');
    await answer(page, 'No, nothing is listed');
    await expectText(page, '#ts-heading', 'Look at the lights on the front of your router.');
    expect(await page.locator('.ts-option').count()).toBe(5); // the fibre-box answer shows for fibre only
    await answer(page, 'The internet light is red or blinking');
    await expectText(page, '#ts-heading', 'Try this');
    expect(await progress(page).textContent()).toBe('Step 5');
    expect(await page.locator('.ts-text').first().textContent()).toContain('Restart the router');
    expect(await page.locator('.ts-related a').first().getAttribute('href')).toBe('/en/internet/restart-router/');
    await page.screenshot({ path: join(screenshots, 'troubleshooter-step.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    await answer(page, 'That fixed it');
    await expectText(page, '#ts-heading', 'Result');
    expect(await page.locator('.ts-text').first().textContent()).toContain('the restart fixed it');
    expect(await page.locator('.ts-option').count()).toBe(0);
    expect(urlPath(page)).toBe('/en/troubleshoot/internet-down/fixed-by-restart/customer=private/line-type=fibre/?a=0.0.1.1.0');
    await page.screenshot({ path: join(screenshots, 'troubleshooter-resolution.png'), fullPage: true });
  });

  test('a step a variable leads to differs by that variable: DSL lines check the phone cable', async () => {
    const page = await open(START);
    for (const label of ['For a business', 'DSL over the phone line', 'No, nothing is listed']) await answer(page, label);
    expect(await page.locator('.ts-option').count()).toBe(4);
    await answer(page, 'The internet light is red or blinking');
    await answer(page, 'Still not working');
    await expectText(page, '.ts-text', 'phone cable');
    expect(urlPath(page)).toBe('/en/troubleshoot/internet-down/dsl-cable/customer=business/line-type=dsl/?a=1.1.1.1.1');
  });

  test('Back undoes the last answer and Start over returns to the first question', async () => {
    const page = await open(START);
    await answer(page, 'For my home');
    await answer(page, 'Fibre');
    await page.locator('#ts-back').click();
    await expectText(page, '#ts-heading', 'What kind of connection do you have?');
    expect(await progress(page).textContent()).toBe('Step 2');
    await answer(page, "I don't know");
    expect(urlPath(page)).toBe('/en/troubleshoot/internet-down/outage-check/customer=private/?a=0.2');
    await page.locator('#ts-restart').click();
    await expectText(page, '#ts-heading', 'Is the connection for your home or for a business?');
    expect(urlPath(page)).toBe(START);
    expect(await page.locator('#ts-restart').isHidden()).toBe(true);
  });
});

describe('URLs, reloads and history', () => {
  test('a deep link into a middle step starts there, offers Start over, and answers go on from it', async () => {
    const page = await open('/en/troubleshoot/internet-down/restart-router/customer=private/line-type=fibre/');
    expect(await heading(page).textContent()).toBe('Try this');
    expect(await page.locator('.ts-text').first().textContent()).toContain('Restart the router');
    expect(await page.locator('#ts-back').isHidden()).toBe(true);
    expect(await page.locator('#ts-restart').isVisible()).toBe(true);
    expect(urlPath(page)).toBe('/en/troubleshoot/internet-down/restart-router/customer=private/line-type=fibre/?a=0.0.1.1&o=4');

    await answer(page, 'Still not working');
    await expectText(page, '.ts-text', 'fibre cable');
    await page.locator('#ts-back').click();
    await expectText(page, '.ts-text', 'Restart the router');
    expect(await page.locator('#ts-back').isHidden()).toBe(true);
    await page.locator('#ts-restart').click();
    await expectText(page, '#ts-heading', 'Is the connection for your home or for a business?');
  });

  test('a reload mid-flow resumes at the same step with the same answers', async () => {
    const page = await open(START);
    await answer(page, 'For a business');
    await answer(page, 'Fibre');
    await answer(page, 'No, nothing is listed');
    await expectText(page, '#ts-heading', 'Look at the lights');
    const before = page.url();
    await page.reload();
    await ready(page);
    expect(page.url()).toBe(before);
    expect(await heading(page).textContent()).toContain('Look at the lights');
    expect(await progress(page).textContent()).toBe('Step 4');
    expect(await page.locator('#ts-back').isVisible()).toBe(true);
    await page.locator('#ts-back').click();
    await expectText(page, '#ts-heading', 'Check our service status page');
  });

  test('the browser\'s back and forward buttons move through the steps', async () => {
    const page = await open(START);
    await answer(page, 'For my home');
    await answer(page, 'DSL over the phone line');
    await expectText(page, '#ts-heading', 'Check our service status page');
    await page.goBack();
    await expectText(page, '#ts-heading', 'What kind of connection do you have?');
    await page.goBack();
    await expectText(page, '#ts-heading', 'Is the connection for your home or for a business?');
    await page.goForward();
    await expectText(page, '#ts-heading', 'What kind of connection do you have?');
    await page.goForward();
    await expectText(page, '#ts-heading', 'Check our service status page');
    expect(urlPath(page)).toBe('/en/troubleshoot/internet-down/outage-check/customer=private/line-type=dsl/?a=0.1');
  });

  test('answers in a link that do not fit are ignored with a notice, never a crash', async () => {
    for (const path of [`${START}?a=7.7.7`, `${START}?a=banana`, `${START}?a=1.0`]) {
      const page = await open(path);
      expect(await page.locator('#ts-notice').textContent()).toBe(
        'The answers saved in this link no longer fit this troubleshooter, so you start at this step.',
      );
      expect(await heading(page).textContent()).toBe('Is the connection for your home or for a business?');
      expect(urlPath(page)).toBe(START);
    }
    const page = await open('/en/troubleshoot/internet-down/outage-check/customer=private/?a=0.0');
    expect(await page.locator('#ts-notice').textContent()).not.toBe('');
    expect(urlPath(page)).toBe('/en/troubleshoot/internet-down/outage-check/customer=private/?a=0.2&o=2');
  });
});

describe('access', () => {
  test('a whole flow can be done with the keyboard alone: number keys, Tab and Enter', async () => {
    const page = await open(START);
    const focused = () => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);
    await page.keyboard.press('1');
    await expectText(page, '#ts-heading', 'What kind of connection do you have?');
    expect(await focused()).toBe('ts-heading');
    await page.keyboard.press('1');
    await expectText(page, '#ts-heading', 'Check our service status page');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('No, nothing is listed');
    await page.keyboard.press('Enter');
    await expectText(page, '#ts-heading', 'Look at the lights');
    await page.keyboard.press('9'); // no ninth answer: nothing happens
    await page.keyboard.press('2');
    await expectText(page, '#ts-heading', 'Try this');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('That fixed it');
    await page.keyboard.press('Enter');
    await expectText(page, '#ts-heading', 'Result');
    expect(await focused()).toBe('ts-heading');
  });

  test('without JavaScript the answers are links to prerendered step pages, down to the end', async () => {
    const page = await open(START, { javaScript: false });
    for (const label of ['For my home', 'Fibre', 'No, nothing is listed', 'The internet light is red or blinking']) {
      const before = new URL(page.url()).pathname;
      await page.getByRole('link', { name: label, exact: true }).click();
      await page.waitForURL((url) => url.pathname !== before);
    }
    expect(urlPath(page)).toBe('/en/troubleshoot/internet-down/restart-router/customer=private/line-type=fibre/');
    expect(await heading(page).textContent()).toBe('Try this');
    expect(await progress(page).textContent()).toBe('Step 5');
    await page.getByRole('link', { name: 'That fixed it', exact: true }).click();
    await page.waitForURL(/fixed-by-restart/);
    expect(await heading(page).textContent()).toBe('Result');
    expect(await page.locator('.ts-text').first().textContent()).toContain('the restart fixed it');
    expect(await page.getByRole('link', { name: 'Start over' }).getAttribute('href')).toBe(START);
    await page.screenshot({ path: join(screenshots, 'troubleshooter-no-js.png'), fullPage: true });
  });

  test('a flow not translated into the locale is shown in English with a notice, the interface in the locale', async () => {
    const page = await open('/fi/troubleshoot/internet-down/');
    expect(await page.locator('h1').getAttribute('lang')).toBe('en');
    expect(await page.locator('main .notice[role="note"]').textContent()).toBe(
      'Tätä vianetsintää ei ole vielä saatavilla suomeksi, joten se näytetään englanniksi.',
    );
    expect(await heading(page).getAttribute('lang')).toBe('en');
    expect(await progress(page).textContent()).toBe('Vaihe 1');
    await answer(page, 'For my home');
    await expectText(page, '#ts-heading', 'What kind of connection do you have?');
    expect(await heading(page).getAttribute('lang')).toBe('en');
    expect(await page.locator('#ts-back').textContent()).toBe('Takaisin');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('a translated flow speaks the locale throughout, with the step labels translated', async () => {
    const page = await open('/da/troubleshoot/internet-down/');
    expect(await heading(page).getAttribute('lang')).toBeNull();
    expect(await progress(page).textContent()).toBe('Trin 1');
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await page.keyboard.press('2');
    await expectText(page, '#ts-heading', 'Prøv dette');
    expect(await page.locator('.ts-option').allTextContents()).toEqual(['1Det løste problemet', '2Det virker stadig ikke']);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
