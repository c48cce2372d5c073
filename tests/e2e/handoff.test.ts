/**
 * The handoff in a real browser against the real build: who helps and how
 * to reach them, the transcript, fields checked as they type and kept over
 * a reload, the case code, and sending: email, copy, and a webhook that
 * fails (the case is kept, the fallbacks offered) and then succeeds.
 */

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, inject } from 'vitest';
import { decodeCaseCode, flowKeyOf } from '../../src/core/handoff/case-code.ts';
import { seriousA11yViolations, useBrowser } from './support/browser.ts';
import { startWebhookServer, type WebhookServer } from './support/webhook-server.ts';

const screenshots = join(import.meta.dirname, '__screenshots__');
const baseURL = inject('baseURL');

const session = useBrowser();

async function open(path: string, { javaScript = true } = {}): Promise<Page> {
  const page = await session.open(baseURL + path, { javaScriptEnabled: javaScript, permissions: javaScript ? ['clipboard-read', 'clipboard-write'] : [] });
  if (javaScript) await ready(page);
  return page;
}

const ready = (page: Page) => page.waitForSelector('#troubleshooter[data-ready="true"]', { state: 'attached' });
const answer = (page: Page, label: string) => page.getByRole('button', { name: label, exact: true }).click();
const waitText = (page: Page, selector: string, text: string | RegExp) =>
  page.locator(selector).filter({ hasText: text }).first().waitFor();
const errorOf = (page: Page, field: string) => page.locator(`#f-${field}-error`);
const caseCodeOf = (page: Page) => page.locator('#ts-code').getAttribute('data-code');

/** Walks internet-down as a home customer on fibre whose router has no lights, to the technician. */
async function toTechnician(page: Page): Promise<void> {
  for (const label of ['For my home', 'Fibre', 'No, nothing is listed', 'No lights at all', 'Still not working']) {
    await answer(page, label);
  }
  await waitText(page, '#ts-heading', 'Let a person help you');
}

describe('the handoff', () => {
  test('shows who helps and how, what the customer answered, and a case code that rebuilds the walk', async () => {
    const page = await open('/en/troubleshoot/internet-down/');
    await toTechnician(page);
    expect(await page.locator('.ts-queue').textContent()).toBe('Technical support will help you with this.');
    expect(await page.getByRole('link', { name: '+45 70 20 30 10' }).getAttribute('href')).toBe('tel:+4570203010');
    expect(await page.locator('.ts-hours').textContent()).toBe('Opening hours: Mon–Fri 08:00–21:00; Sat–Sun 10:00–18:00');
    expect(await page.getByRole('link', { name: 'Start a chat' }).getAttribute('href')).toBe(
      'https://chat.nordlys-net.invalid/technical-support',
    );

    const transcript = await page.locator('.ts-transcript li').allTextContents();
    expect(transcript).toHaveLength(5);
    expect(transcript[0]).toBe('Is the connection for your home or for a business? → For my home');
    expect(transcript[3]).toContain('→ No lights at all');
    expect(transcript[4]).toMatch(/^Check that the power adapter .* → Still not working$/);

    const code = await caseCodeOf(page);
    expect(await page.locator('#ts-code').textContent()).toBe(code);
    const decoded = decodeCaseCode(code ?? '');
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.value).toMatchObject({
      flowKey: flowKeyOf('internet-down'),
      flowVersion: 1,
      locale: 'en',
      answers: [0, 0, 1, 0, 1],
    });
    await page.getByRole('button', { name: 'Copy code' }).click();
    await waitText(page, '.ts-status', 'Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  });

  test('fields are checked as the customer types, with the message tied to the field', async () => {
    const page = await open('/en/troubleshoot/internet-down/');
    await toTechnician(page);
    const number = page.getByLabel('Customer number', { exact: true });
    expect(await number.getAttribute('aria-describedby')).toBe('f-customer-number-help f-customer-number-error');
    await number.fill('1234');
    expect(await errorOf(page, 'customer-number').textContent()).toBe('Customer number must be 8 digits.');
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(screenshots, 'handoff-field-error.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await number.fill('12345678');
    expect(await errorOf(page, 'customer-number').textContent()).toBe('');
    expect(await number.getAttribute('aria-invalid')).toBeNull();

    const phone = page.getByLabel('Phone number (optional)', { exact: true });
    await phone.fill('12');
    expect(await errorOf(page, 'phone').textContent()).toBe('Enter a phone number like +45 12 34 56 78.');
    await phone.fill('');
    expect(await errorOf(page, 'phone').textContent()).toBe('');

    const address = page.getByLabel('Address', { exact: true });
    await address.focus();
    await address.blur();
    expect(await errorOf(page, 'address').textContent()).toBe('Please fill in this field.');
  });

  test('nothing typed is lost on a reload, and the email carries the whole case', async () => {
    const page = await open('/en/troubleshoot/internet-down/');
    await toTechnician(page);
    await page.getByLabel('Customer number', { exact: true }).fill('12345678');
    await page.getByLabel('Address', { exact: true }).fill('Nørregade 7, 2. th., 1165 København K');
    await page.getByLabel('What happened?', { exact: true }).fill('No lights since the storm last night.');
    await page.reload();
    await ready(page);
    expect(await page.getByLabel('Customer number', { exact: true }).inputValue()).toBe('12345678');
    expect(await page.getByLabel('Address', { exact: true }).inputValue()).toBe('Nørregade 7, 2. th., 1165 København K');
    expect(await page.getByLabel('What happened?', { exact: true }).inputValue()).toBe('No lights since the storm last night.');

    const code = await caseCodeOf(page);
    const href = (await page.getByRole('link', { name: 'Send by email' }).getAttribute('href')) ?? '';
    const mail = new URL(href);
    expect(mail.protocol + mail.pathname).toBe('mailto:support@nordlys-net.invalid');
    expect(mail.searchParams.get('subject')).toBe(`My internet connection is not working – case ${code}`);
    const body = mail.searchParams.get('body') ?? '';
    expect(body).toContain(`Case code: ${code}`);
    expect(body).toContain('1. Is the connection for your home or for a business?\r\n   → For my home');
    expect(body).toContain('Address: Nørregade 7, 2. th., 1165 København K');
    expect(await page.locator('#ts-mail').getAttribute('href')).toBe(href);

    await page.getByRole('button', { name: 'Copy the whole case' }).click();
    await waitText(page, '.ts-status', 'The case is copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`Case code: ${code}`);
    expect(await page.evaluate(() => localStorage.getItem('kb-case:internet-down'))).toBeNull();
  });

  test('a customer reading Danish gets the transcript, contacts and messages in Danish', async () => {
    const page = await open('/da/troubleshoot/internet-down/');
    for (const key of ['1', '1', '2', '1', '2']) {
      await page.keyboard.press(key);
      await page.locator('#ts-heading:focus').waitFor();
    }
    await waitText(page, '#ts-heading', 'Lad en medarbejder hjælpe dig');
    expect(await page.locator('.ts-queue').textContent()).toBe('Teknisk support hjælper dig med dette.');
    expect(await page.locator('.ts-hours').textContent()).toBe('Åbningstider: man–fre 08.00–21.00; lør–søn 10.00–18.00');
    const transcript = await page.locator('.ts-transcript li').allTextContents();
    expect(transcript.at(-1)).toMatch(/→ Det virker stadig ikke$/);
    await page.getByLabel('Kundenummer', { exact: true }).fill('12');
    expect(await errorOf(page, 'customer-number').textContent()).toBe('Kundenummer skal være 8 cifre.');
    const decoded = decodeCaseCode((await caseCodeOf(page)) ?? '');
    expect(decoded.ok && decoded.value.locale).toBe('da');
  });

  test('a handoff opened from a link has no transcript, and its case code holds the answers that lead there', async () => {
    const page = await open('/en/troubleshoot/internet-down/technician/customer=private/line-type=fibre/');
    expect(await page.locator('#ts-case p').first().textContent()).toBe(
      'You opened this page directly, so there are no answers to show.',
    );
    const decoded = decodeCaseCode((await caseCodeOf(page)) ?? '');
    expect(decoded.ok && decoded.value.answers).toEqual([0, 0, 1, 0, 1]);
  });

  test('without JavaScript the handoff page still shows the contacts and an email link naming the flow', async () => {
    const page = await open('/en/troubleshoot/internet-down/technician/customer=private/line-type=fibre/', { javaScript: false });
    expect(await page.locator('.ts-queue').textContent()).toBe('Technical support will help you with this.');
    expect(await page.locator('#ts-mail').getAttribute('href')).toBe(
      'mailto:support@nordlys-net.invalid?subject=My%20internet%20connection%20is%20not%20working',
    );
    expect(await page.locator('input, textarea').count()).toBe(0);
    await page.screenshot({ path: join(screenshots, 'handoff-no-js.png'), fullPage: true });
  });
});

describe('sending a case to a webhook', () => {
  let webhook: WebhookServer;
  beforeAll(async () => {
    webhook = await startWebhookServer({ status: 500 });
  });
  afterAll(async () => {
    await webhook?.close();
  });

  test('a failing webhook keeps the case and offers email and copy; a retry succeeds once it answers', async () => {
    const page = await open('/en/troubleshoot/invoice-charge/');
    await answer(page, 'Yes, I can see my invoice');
    await answer(page, 'Something else');
    await waitText(page, '.ts-queue', 'Billing will help you with this.');
    const send = page.getByRole('button', { name: 'Send to Billing' });

    await send.click();
    await waitText(page, '.ts-alert', 'Please correct the fields marked as wrong.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-customer-number');
    expect(webhook.received).toHaveLength(0);

    await page.getByLabel('Customer number', { exact: true }).fill('12345678');
    await page.getByLabel('Invoice number', { exact: true }).fill('2024001234');
    await page.getByLabel('What happened?', { exact: true }).fill('A fee of 149 kr. I did not order.');
    await send.click();
    await waitText(page, '.ts-alert', 'We could not send your case.');
    expect(webhook.received.map((r) => r.status)).toEqual([500, 500, 500]);
    expect(await page.getByRole('link', { name: 'Send by email' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Copy the whole case' }).isVisible()).toBe(true);
    const kept = JSON.parse((await page.evaluate(() => localStorage.getItem('kb-case:invoice-charge'))) ?? '{}');
    expect(kept.fields['customer-number']).toBe('12345678');
    await page.screenshot({ path: join(screenshots, 'handoff-webhook-failed.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    webhook.respondWith(200);
    await send.click();
    await waitText(page, '.ts-status', 'Sent. Billing has your case and will contact you.');
    expect(await page.locator('.ts-alert').textContent()).toBe('');
    expect(webhook.received.at(-1)).toEqual({
      status: 200,
      body: {
        flow: 'invoice-charge',
        version: 1,
        locale: 'en',
        caseCode: await caseCodeOf(page),
        answers: [0, 5],
        transcript: [
          { state: 'sign-in-first', question: expect.stringContaining('can you sign in'), answer: 'Yes, I can see my invoice' },
          { state: 'which-charge', question: expect.stringContaining("Which charge don't you recognise?"), answer: 'Something else' },
        ],
        fields: {
          'customer-number': '12345678',
          'invoice-number': '2024001234',
          description: 'A fee of 149 kr. I did not order.',
        },
        queue: 'billing',
      },
    });
    expect(await page.evaluate(() => localStorage.getItem('kb-case:invoice-charge'))).toBeNull();
  });
});
