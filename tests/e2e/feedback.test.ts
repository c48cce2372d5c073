/**
 * "Was this helpful?" in a real browser against the public build. The
 * sample site's content/site.yaml points `feedbackEndpoint` at
 * http://127.0.0.1:4330/feedback; this file listens there, checks what
 * arrives, and finally stops listening to show that a dead endpoint never
 * troubles the reader.
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { seriousA11yViolations, useBrowser } from './support/browser.ts';

const baseURL = inject('baseURL');
const PORT = 4330;

const session = useBrowser();
const { screenshots } = session;
let server: Server | undefined;
/** Every feedback body received, parsed, oldest first. */
const received: Array<Record<string, unknown>> = [];
const warnings: string[] = [];

function listen(): Promise<Server> {
  const s = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/feedback') received.push(JSON.parse(text) as Record<string, unknown>);
      res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
    });
  });
  return new Promise((resolve, reject) => {
    s.once('error', reject);
    s.listen(PORT, '127.0.0.1', () => resolve(s));
  });
}

const stop = () => new Promise<void>((done) => (server ? server.close(() => done()) : done()));

beforeAll(async () => {
  server = await listen();
});
afterAll(stop);

async function open(path: string): Promise<Page> {
  const page = await (await session.newContext()).newPage();
  page.on('pageerror', (error) => session.pageErrors.push(`${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(baseURL + path);
  return page;
}

/** The next feedback body the endpoint receives. */
async function nextReceived(count: number): Promise<Record<string, unknown>> {
  await expect.poll(() => received.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(count);
  return received[count - 1]!;
}

const widget = (page: Page) => page.locator('#feedback');
const thanks = (page: Page) => page.locator('#feedback [role="status"]');

describe('was this helpful? on an article', () => {
  test('Yes is sent at once and thanked in the page\'s language', async () => {
    const page = await open('/da/internet/router-lights/');
    await widget(page).getByRole('heading', { name: 'Var dette nyttigt?' }).waitFor();
    const before = received.length;
    await page.getByRole('button', { name: 'Ja', exact: true }).click();
    await thanks(page).filter({ hasText: 'Tak for din feedback.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ja', exact: true }).isHidden()).toBe(true);
    const body = await nextReceived(before + 1);
    expect(body).toMatchObject({ format: 1, kind: 'article', id: 'router-lights', locale: 'da', file: 'content/da/internet/router-lights.md', helpful: true });
    expect(body.page).toBe(`${baseURL}/da/internet/router-lights/`);
    expect(Number.isNaN(Date.parse(String(body.sentAt)))).toBe(false);
  });

  test('No asks why, with the keyboard alone, and sends the reason and the comment', async () => {
    const page = await open('/en/internet/router-lights/');
    const no = page.getByRole('button', { name: 'No', exact: true });
    await no.focus();
    await page.keyboard.press('Enter');
    // Focus moves to the first reason; arrows pick another.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('unclear');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Wrong or out of date' }).isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: 'What was the problem? (optional)' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(screenshots, 'feedback-reason.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    const before = received.length;
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feedback-comment');
    await page.keyboard.type('The amber light is not described.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await thanks(page).filter({ hasText: 'Thank you for your feedback.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('feedback-thanks'))).toBe(true);
    const body = await nextReceived(before + 1);
    expect(body).toMatchObject({ kind: 'article', id: 'router-lights', helpful: false, reason: 'incorrect', comment: 'The amber light is not described.' });
  });

  test('a No the reader leaves without sending is still counted, without a reason', async () => {
    const page = await open('/en/internet/restart-router/');
    const before = received.length;
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await page.getByRole('radio', { name: 'Hard to understand' }).waitFor();
    await page.goto(`${baseURL}/en/`);
    const body = await nextReceived(before + 1);
    expect(body).toMatchObject({ kind: 'article', id: 'restart-router', helpful: false });
    expect(body).not.toHaveProperty('reason');
  });
});

describe('was this helpful? at the end of a troubleshooter', () => {
  test('is asked only at the end, and names the flow, the end and the answers', async () => {
    const page = await open('/en/troubleshoot/internet-down/');
    await page.waitForSelector('#troubleshooter[data-ready="true"]', { state: 'attached' });
    expect(await widget(page).isHidden()).toBe(true);
    for (const label of ['For my home', 'Fibre', 'No, nothing is listed', 'The internet light is red or blinking']) {
      await page.getByRole('button', { name: label, exact: true }).click();
    }
    await page.locator('#ts-heading', { hasText: 'Try this' }).waitFor();
    expect(await widget(page).isHidden()).toBe(true);
    await page.getByRole('button', { name: 'That fixed it', exact: true }).click();
    await widget(page).getByRole('heading', { name: 'Was this helpful?' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'feedback-troubleshooter.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    const before = received.length;
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await thanks(page).filter({ hasText: 'Thank you for your feedback.' }).waitFor();
    const body = await nextReceived(before + 1);
    expect(body).toMatchObject({
      kind: 'troubleshooter',
      id: 'internet-down',
      version: 1,
      locale: 'en',
      step: 'fixed-by-restart',
      outcome: 'resolved',
      answers: [0, 0, 1, 1, 0],
      helpful: true,
    });
    expect(String(body.page)).toMatch(/\/en\/troubleshoot\/internet-down\/fixed-by-restart\/.*\?a=0\.0\.1\.1\.0$/);

    // Back to the step: the question goes; a different end asks afresh.
    await page.locator('#ts-back').click();
    await page.locator('#ts-heading', { hasText: 'Try this' }).waitFor();
    expect(await widget(page).isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Still not working', exact: true }).click();
    await page.locator('#ts-progress', { hasText: 'Step 6' }).waitFor();
    expect(await widget(page).isHidden()).toBe(true);
    await page.getByRole('button', { name: 'That fixed it', exact: true }).click();
    await page.locator('#ts-heading', { hasText: 'Result' }).waitFor();
    expect(await page.getByRole('button', { name: 'Yes', exact: true }).isVisible()).toBe(true);
    expect(await thanks(page).textContent()).toBe('');
  });

  test('a handoff page opened from a link asks too, with the troubleshooter\'s reasons', async () => {
    const page = await open('/en/troubleshoot/internet-down/technician/customer=private/line-type=fibre/');
    await page.waitForSelector('#troubleshooter[data-ready="true"]', { state: 'attached' });
    const before = received.length;
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await page.getByRole('radio', { name: 'The steps did not solve my problem' }).check();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await thanks(page).filter({ hasText: 'Thank you for your feedback.' }).waitFor();
    const body = await nextReceived(before + 1);
    expect(body).toMatchObject({ kind: 'troubleshooter', id: 'internet-down', step: 'technician', outcome: 'handoff', helpful: false, reason: 'did-not-work' });
  });
});

describe('an endpoint that does not answer', () => {
  test('changes nothing for the reader: the thanks still comes, and the failure is only logged', async () => {
    await stop();
    server = undefined;
    const page = await open('/en/internet/slow-internet/');
    warnings.length = 0;
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await thanks(page).filter({ hasText: 'Thank you for your feedback.' }).waitFor();
    await expect.poll(() => warnings.some((w) => w.startsWith('Feedback could not be sent to http://127.0.0.1:4330/feedback'))).toBe(true);
    expect(await page.locator('#feedback-title').isVisible()).toBe(true);
  });
});
