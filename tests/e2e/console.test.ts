/**
 * The representatives' call console in a real browser against the real
 * representatives' build (KB_AUDIENCE=agent): picking up a case code that
 * the public site's handoff produced, a whole call with the keyboard alone,
 * notes that match the transcript, old-version and mistyped codes, the
 * internal marking on every page, and axe-core.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { encodeCaseCode } from '../../src/core/handoff/case-code.ts';
import { seriousA11yViolations, useBrowser } from './support/browser.ts';

const screenshots = join(import.meta.dirname, '__screenshots__');
const baseURL = inject('baseURL');
const agentBaseURL = inject('agentBaseURL');

const session = useBrowser();

const open = (url: string): Promise<Page> =>
  session.open(url, { permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });

/** Opens the console of `locale` on the representatives' build, ready for keys. */
async function openConsole(locale = 'en'): Promise<Page> {
  const page = await open(`${agentBaseURL}/${locale}/console/`);
  await page.waitForSelector('#console[data-ready="true"]', { state: 'attached' });
  return page;
}

const heading = (page: Page) => page.locator('#console-step-heading');
/** Waits until the console shows step `n` (its heading starts "Step n:"). */
const atStep = (page: Page, n: number) => page.locator('#console-step-heading', { hasText: new RegExp(`^Step ${n}:`) }).waitFor();
const transcript = (page: Page) => page.locator('#console-transcript > li');
const notesText = (page: Page) => page.locator('#console-notes').textContent();

async function pickUp(page: Page, code: string): Promise<void> {
  await page.locator('#console-case').fill(code);
  await page.locator('#console-case').press('Enter');
}

/** Walks internet-down on the public site in Danish, with the number keys, to the technician; returns the case code. */
async function customerCaseCode(): Promise<{ code: string; transcript: string[] }> {
  const page = await open(`${baseURL}/da/troubleshoot/internet-down/`);
  await page.waitForSelector('#troubleshooter[data-ready="true"]', { state: 'attached' });
  // For my home, fibre, no fault listed, no lights at all, still not working.
  for (const [i, key] of ['1', '1', '2', '1', '2'].entries()) {
    await page.keyboard.press(key);
    await page.locator('#ts-progress', { hasText: `Trin ${i + 2}` }).waitFor();
  }
  const code = await page.locator('#ts-code').getAttribute('data-code');
  if (!code) throw new Error('the handoff shows no case code');
  return { code, transcript: await page.locator('.ts-transcript li').allTextContents() };
}

describe('picking up a case', () => {
  test("a code from the customer's handoff shows their answers and language, and the call continues where they stopped", async () => {
    const customer = await customerCaseCode();
    expect(customer.transcript).toHaveLength(5);

    const page = await openConsole();
    await pickUp(page, customer.code.toLowerCase().replaceAll('-', ' '));
    await atStep(page, 6);
    expect(await heading(page).getAttribute('data-state')).toBe('technician');
    expect(await heading(page).textContent()).toBe('Step 6: Hand over');
    expect(await page.locator('.console-meta').textContent()).toContain("Customer's language: Danish");
    expect(await page.locator('.console-notice').first().textContent()).toBe(
      "Picked up the customer's case: 5 answers given online. Continue with the customer from step 6.",
    );
    // Their answers, in the representative's language, marked as given online.
    expect(await transcript(page).locator('.console-a').allTextContents()).toEqual([
      '→ For my home',
      '→ Fibre',
      '→ No, nothing is listed',
      '→ No lights at all',
      '→ Still not working',
    ]);
    expect(await page.locator('#console-transcript > li[data-from-customer="true"]').count()).toBe(5);
    // The handoff: the queue, how to transfer (representatives only) and the checklist.
    expect(await page.locator('#console-handoff-title').textContent()).toBe('Transfer to Technical support');
    expect(await page.locator('.console-transfer').textContent()).toMatch(/^Transfer to extension 2100 \(technical support, 2nd line\)\./);
    expect(await page.locator('.console-collect label').allTextContents()).toEqual(['Customer number', 'Address', 'What happened?', 'Phone number']);
    await page.getByRole('checkbox', { name: 'Customer number' }).check();
    // The notes say what has been collected, as the representative ticked it.
    expect(await notesText(page)).toContain('Collect before transferring:\n  [x] Customer number\n  [ ] Address\n');

    // On request, the customer's own wording: exactly what their page showed them.
    await page.getByRole('button', { name: "Customer's wording" }).click();
    expect(await page.getByRole('button', { name: "Customer's wording" }).getAttribute('aria-pressed')).toBe('true');
    expect(await transcript(page).locator('.console-wording-inline').allTextContents()).toEqual(customer.transcript);
    expect(await transcript(page).locator('.console-wording-inline').first().getAttribute('lang')).toBe('da');
    await page.screenshot({ path: join(screenshots, 'console-handoff.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The call goes on from there: back to the power check, and this time it helps.
    await page.keyboard.press('Backspace');
    await atStep(page, 5);
    expect(await heading(page).getAttribute('data-state')).toBe('power-check');
    await page.keyboard.press('1');
    await atStep(page, 6);
    expect(await heading(page).getAttribute('data-state')).toBe('power-restored');
    expect(await page.locator('#console-transcript > li[data-from-customer="true"]').count()).toBe(4);
    expect(await notesText(page)).toContain('Outcome: Resolved');
  });

  test('a code made on an older version of the flow is picked up with a notice', async () => {
    const page = await openConsole();
    const code = encodeCaseCode({ flowId: 'internet-down', flowVersion: 3, locale: 'sv', answers: [0, 0, 1] });
    await pickUp(page, code);
    await atStep(page, 4);
    expect(await heading(page).getAttribute('data-state')).toBe('router-lights');
    expect(await page.locator('.console-notice').first().textContent()).toBe(
      'This code was made on version 3 of the troubleshooter; the current version is 1. All answers still apply and are shown on the current version. Continue with the customer from step 4.',
    );
    expect(await page.locator('.console-meta').textContent()).toContain("Customer's language: Swedish");
    expect(await transcript(page).count()).toBe(3);
    expect(await notesText(page)).toContain('! This code was made on version 3 of the troubleshooter; the current version is 1.');
    await page.screenshot({ path: join(screenshots, 'console-old-version.png'), fullPage: true });
  });

  test('an older code whose answers no longer all fit says what was recovered and what was not', async () => {
    const page = await openConsole();
    // The fourth answer does not exist at the router-lights question of the current version.
    await pickUp(page, encodeCaseCode({ flowId: 'internet-down', flowVersion: 2, locale: 'en', answers: [0, 0, 1, 8] }));
    await atStep(page, 4);
    expect(await heading(page).getAttribute('data-state')).toBe('router-lights');
    expect(await page.locator('.console-notice').first().textContent()).toBe(
      'This code was made on version 2 of the troubleshooter; the current version is 1. Only the first 3 of 4 answers could be recovered; ask the customer about the rest. Continue with the customer from step 4.',
    );
    expect(await transcript(page).count()).toBe(3);
  });

  test('a mistyped code is caught by its check character, and nothing is picked up', async () => {
    const page = await openConsole();
    const code = encodeCaseCode({ flowId: 'internet-down', flowVersion: 1, locale: 'en', answers: [0, 0, 1, 0, 1] });
    // One character read wrong over the phone.
    const typo = code.replace(/^(....-)(.)/, (_, head: string, c: string) => head + (c === '7' ? '8' : '7'));
    expect(typo).not.toBe(code);
    await pickUp(page, typo);
    const error = page.locator('#console-case-error .console-error-message');
    await error.waitFor();
    expect(await error.textContent()).toBe('This code has a typo: one or more characters do not match.');
    expect(await page.locator('#console-case').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#console-call').isHidden()).toBe(true);
    await page.screenshot({ path: join(screenshots, 'console-typo.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A character that is never in a code is named with its position.
    await pickUp(page, 'AB!C');
    await error.filter({ hasText: 'position 3' }).waitFor();
    expect(await error.textContent()).toBe('"!" at position 3 is not used in case codes.');
  });
});

describe('a call with the keyboard alone', () => {
  test('choose a troubleshooter, answer with numbers, go back, copy and download notes that match the transcript', async () => {
    const page = await openConsole();
    await page.screenshot({ path: join(screenshots, 'console-start.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    // The shortcuts are on screen.
    expect(await page.locator('.console-keys kbd').allTextContents()).toEqual(['1–9', 'Backspace', '/', 'C', 'D', 'W', 'N']);

    // `/` focuses the search, and typing there is typing: no key is stolen.
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('console-search');
    await page.keyboard.type('router 1');
    expect(await page.locator('#console-search').inputValue()).toBe('router 1');
    expect(await page.locator('#console-call').isHidden()).toBe(true);
    await page.keyboard.press('Tab');

    const number = await page.locator('[data-flow="internet-down"] .ts-number').textContent();
    await page.keyboard.press(number ?? '');
    await atStep(page, 1);
    expect(await page.locator('#console-flow-title').textContent()).toBe('My internet connection is not working');
    // Customer-facing text, script and internal note side by side.
    expect(await page.locator('.console-pane-customer .console-text').textContent()).toBe('Is the connection for your home or for a business?');
    expect(await page.locator('.console-pane-script .console-script').textContent()).toMatch(/^I'm sorry your internet is down\./);
    expect(await page.locator('.console-pane-note .console-note').textContent()).toMatch(/^Business customers have a service level agreement/);

    // Home, fibre, nothing listed, no lights: the power check.
    for (const [i, key] of ['1', '1', '2', '1'].entries()) {
      await page.keyboard.press(key);
      await atStep(page, i + 2);
    }
    expect(await heading(page).getAttribute('data-state')).toBe('power-check');
    await page.keyboard.press('Backspace');
    await atStep(page, 4);
    // The internet light is red instead; restarting does not help; the fibre cable does.
    await page.keyboard.press('2');
    await atStep(page, 5);
    expect(await heading(page).getAttribute('data-state')).toBe('restart-router');
    await page.screenshot({ path: join(screenshots, 'console-call.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('2');
    await atStep(page, 6);
    expect(await heading(page).getAttribute('data-state')).toBe('fibre-cable');
    await page.keyboard.press('1');
    await atStep(page, 7);
    expect(await heading(page).getAttribute('data-state')).toBe('fixed-by-cables');

    const lines = await transcript(page).evaluateAll((items) =>
      items.map((li) => ({ q: li.querySelector('.console-q')?.textContent ?? '', a: li.querySelector('.console-a')?.textContent ?? '' })),
    );
    expect(lines.map((l) => l.a)).toEqual([
      '→ For my home',
      '→ Fibre',
      '→ No, nothing is listed',
      '→ The internet light is red or blinking',
      '→ Still not working',
      '→ That fixed it',
    ]);

    // C copies the notes: the same steps as the transcript, in order, and the outcome.
    await page.keyboard.press('c');
    await page.locator('#console-status', { hasText: 'Notes copied.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await notesText(page));
    const steps = copied.split('\n').filter((line) => /^ {2}\d+\. | {5}→ /.test(line));
    const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(steps).toEqual(lines.flatMap((l, i) => [`  ${i + 1}. ${oneLine(l.q)}`, `     ${l.a}`]));
    expect(copied).toContain('Troubleshooter: internet-down, version 1');
    expect(copied).toContain('Outcome: Resolved');

    // D downloads the same notes as JSON.
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('d')]);
    expect(download.suggestedFilename()).toMatch(/^case-[0-9A-Z-]+\.json$/);
    const json = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as { steps: Array<{ answer: string }>; outcome: string; flow: { id: string } };
    expect(json.flow.id).toBe('internet-down');
    expect(json.outcome).toBe('resolved');
    expect(json.steps.map((s) => `→ ${s.answer}`)).toEqual(lines.map((l) => l.a));

    // N starts a new call.
    await page.keyboard.press('n');
    await page.locator('#console-start').waitFor();
    expect(await page.locator('#console-call').isHidden()).toBe(true);
  });

  test('a reload keeps the call', async () => {
    const page = await openConsole('da');
    await page.keyboard.press('1');
    await page.locator('#console-step-heading', { hasText: /^Trin 1:/ }).waitFor();
    await page.keyboard.press('1');
    await page.locator('#console-step-heading', { hasText: /^Trin 2:/ }).waitFor();
    await page.reload();
    await page.locator('#console-step-heading', { hasText: /^Trin 2:/ }).waitFor();
    expect(await transcript(page).count()).toBe(1);
  });
});

describe('the diagram of the call', () => {
  /** True when the current node lies wholly inside the diagram panel's visible area. */
  const currentInView = (page: Page) =>
    page.evaluate(() => {
      const view = document.getElementById('console-diagram-view')?.getBoundingClientRect();
      const node = document.querySelector('#console-diagram-view .is-current')?.getBoundingClientRect();
      if (!view || !node || view.width === 0) return false;
      return node.left >= view.left && node.right <= view.right && node.top >= view.top && node.bottom <= view.bottom;
    });
  const current = (page: Page) => page.locator('#console-diagram-view svg g.node.is-current');

  test('highlights the current step after every step, keeps it in view, and folds away with the keyboard', async () => {
    const page = await openConsole();
    // Every troubleshooter in the picker links its diagram, for writers and representatives alike.
    const pickerLink = page.locator('.console-flows li', { has: page.locator('[data-flow="internet-down"]') }).getByRole('link');
    expect(await pickerLink.getAttribute('href')).toBe('/en/diagrams/internet-down.svg');
    expect(await pickerLink.textContent()).toBe('Diagram: My internet connection is not working');

    await page.locator('[data-flow="internet-down"]').click();
    await atStep(page, 1);
    await current(page).waitFor();
    expect(await current(page).getAttribute('data-node')).toBe('customer-type');
    // Home, fibre, nothing listed, no lights: the power check, far down the tree.
    for (const [i, key] of ['1', '1', '2', '1'].entries()) {
      await page.keyboard.press(key);
      await atStep(page, i + 2);
    }
    await expect.poll(() => current(page).getAttribute('data-node')).toBe('power-check');
    expect(await page.locator('#console-diagram-view g.node.is-visited').evaluateAll((els) => els.map((el) => el.getAttribute('data-node')))).toEqual(
      expect.arrayContaining(['customer-type', 'line-type', 'outage-check', 'router-lights']),
    );
    expect(await page.locator('#console-diagram-view g.edge.is-taken').count()).toBeGreaterThanOrEqual(4);
    await expect.poll(() => currentInView(page)).toBe(true);
    // The panel scrolled, not the page: the step keeps the focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('console-step-heading');
    await page.screenshot({ path: join(screenshots, 'console-diagram.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A disclosure button: Enter folds the diagram away, and it stays folded on the next steps.
    const toggle = page.locator('#console-diagram-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#console-diagram-body').isHidden()).toBe(true);
    await page.keyboard.press('Backspace');
    await atStep(page, 4);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await current(page).getAttribute('data-node')).toBe('router-lights');
    await expect.poll(() => currentInView(page)).toBe(true);
  });

  test('shows a sub-flow\'s steps on the sub-flow node of the tree that called it, and a new call\'s own tree', async () => {
    const page = await openConsole();
    await page.locator('[data-flow="invoice-charge"]').click();
    await atStep(page, 1);
    await expect.poll(() => current(page).getAttribute('data-node')).toBe('sign-in-first');
    expect(await page.locator('#console-diagram-view svg').getAttribute('data-flow')).toBe('invoice-charge');
    // "I cannot sign in" goes into the cannot-sign-in sub-flow.
    await page.keyboard.press('3');
    await atStep(page, 2);
    expect(await heading(page).getAttribute('data-state')).toMatch(/^sign-in\//);
    await expect.poll(() => current(page).getAttribute('data-node')).toBe('sign-in');

    await page.keyboard.press('n');
    await page.locator('[data-flow="internet-down"]').click();
    await atStep(page, 1);
    await expect.poll(() => page.locator('#console-diagram-view svg').getAttribute('data-flow')).toBe('internet-down');
    expect(await current(page).getAttribute('data-node')).toBe('customer-type');
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the two builds', () => {
  test('every page of the representatives build is marked internal', async () => {
    const dist = inject('agentDistDir');
    const pages = filesUnder(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const unmarked = pages.filter((file) => {
      const html = readFileSync(file, 'utf8');
      return !html.includes('data-internal="true"') || !html.includes('class="internal-banner"') || !/<title>\[[^\]]+\] /.test(html);
    });
    expect(unmarked.map((f) => relative(dist, f))).toEqual([]);

    for (const path of ['/en/', '/da/console/', '/en/troubleshoot/internet-down/', '/en/billing/explaining-charges/']) {
      const page = await open(agentBaseURL + path);
      expect(await page.locator('.internal-banner').isVisible(), path).toBe(true);
      expect(await page.title(), path).toMatch(/^\[(Internal|Intern)\] /);
    }
  });

  test('the public build has no console: no page, no data, no script', async () => {
    const dist = inject('distDir');
    expect(filesUnder(dist).filter((f) => /[/\\]console[/\\]|Console/.test(relative(dist, f)))).toEqual([]);
    const page = await open(`${baseURL}/en/troubleshoot/internet-down/`);
    expect((await page.goto(`${baseURL}/en/console/`))?.status()).toBe(404);
    expect((await page.goto(`${baseURL}/en/console/internet-down.json`))?.status()).toBe(404);
  });
});
