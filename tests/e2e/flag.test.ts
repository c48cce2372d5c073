/**
 * "Flag this" in a real browser: on the representatives' build every
 * article, troubleshooter step and console step links to a prefilled issue
 * naming the file and line, the page and (on a step) the answers so far,
 * following the walk as it moves; the public build of the sample site
 * (customerFlagging off) has no flag at all. Also the diagram links that
 * representatives' troubleshooter pages carry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { filesUnder } from './support/agent-only-texts.ts';
import { seriousA11yViolations, useBrowser } from './support/browser.ts';
import { issueOf, nodeLine } from './support/flag-issue.ts';

const root = join(import.meta.dirname, '../..');
const baseURL = inject('baseURL');
const agentBaseURL = inject('agentBaseURL');
const REPOSITORY = 'https://github.com/nordlys-net/helpdesk-kb';

const session = useBrowser();
const open = (url: string): Promise<Page> => session.open(url, { viewport: { width: 1280, height: 900 } });

describe('flag this, for representatives', () => {
  test('an article links to an issue naming its file at the title line and the page', async () => {
    const page = await open(`${agentBaseURL}/en/internet/router-lights/`);
    const link = page.getByRole('link', { name: 'Flag this', exact: true });
    const issue = await issueOf(link);
    expect(issue.base).toBe(`${REPOSITORY}/issues/new`);
    expect(issue.title).toBe("Flag: How to read your router's lights (content/en/internet/router-lights.md:2)");
    expect(issue.body).toContain(`[content/en/internet/router-lights.md line 2](${REPOSITORY}/blob/main/content/en/internet/router-lights.md#L2)`);
    expect(issue.body).toContain('**Page:** http://127.0.0.1:4322/en/internet/router-lights/');
    // In the reader's language on a translated page, naming the translation's file.
    const da = await open(`${agentBaseURL}/da/internet/router-lights/`);
    expect((await issueOf(da.getByRole('link', { name: 'Rapportér et problem', exact: true }))).title).toMatch(/\(content\/da\/internet\/router-lights\.md:\d+\)$/);
  });

  test('a troubleshooter step names its node\'s line, and the link follows the walk with the answers so far', async () => {
    const page = await open(`${agentBaseURL}/en/troubleshoot/internet-down/`);
    await page.waitForSelector('#troubleshooter[data-ready="true"]', { state: 'attached' });
    const link = page.getByRole('link', { name: 'Flag this step', exact: true });
    let issue = await issueOf(link);
    expect(issue.title).toBe(`Flag: My internet connection is not working, step "customer-type" (flows/internet-down.yaml:${nodeLine('internet-down', 'customer-type')})`);
    expect(issue.body).toContain('**Answers so far:** none (the first step)');

    await page.getByRole('button', { name: 'For my home', exact: true }).click();
    await page.locator('#ts-heading', { hasText: 'What kind of connection do you have?' }).waitFor();
    await expect.poll(async () => (await issueOf(link)).title).toContain('step "line-type"');
    await page.getByRole('button', { name: 'Fibre', exact: true }).click();
    await page.locator('#ts-progress', { hasText: 'Step 3' }).waitFor();
    issue = await issueOf(link);
    expect(issue.title).toBe(`Flag: My internet connection is not working, step "outage-check" (flows/internet-down.yaml:${nodeLine('internet-down', 'outage-check')})`);
    expect(issue.body).toContain(`${REPOSITORY}/blob/main/flows/internet-down.yaml#L${nodeLine('internet-down', 'outage-check')}`);
    expect(issue.body).toContain('**Step:** `outage-check`');
    expect(issue.body).toMatch(/\*\*Answers so far:\*\*\n1\. Is the connection for your home or for a business\? → For my home\n2\. .+ → Fibre\n/);
    expect(issue.body).toContain(`**Page:** ${page.url()}`);
    expect(page.url()).toContain('?a=0.0');

    // Back moves the link back too.
    await page.locator('#ts-back').click();
    await page.locator('#ts-progress', { hasText: 'Step 2' }).waitFor();
    await expect.poll(async () => (await issueOf(link)).title).toContain('step "line-type"');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('without JavaScript a step page\'s link names that step and the answers that lead to it', async () => {
    const page = await (await session.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${agentBaseURL}/en/troubleshoot/internet-down/restart-router/customer=private/line-type=fibre/`);
    const issue = await issueOf(page.getByRole('link', { name: 'Flag this step', exact: true }));
    expect(issue.title).toContain(`step "restart-router" (flows/internet-down.yaml:${nodeLine('internet-down', 'restart-router')})`);
    expect(issue.body).toContain('1. Is the connection for your home or for a business? → For my home');
  });

  test('the console\'s step has a flag that follows the call', async () => {
    const page = await open(`${agentBaseURL}/en/console/`);
    await page.waitForSelector('#console[data-ready="true"]', { state: 'attached' });
    await page.locator('[data-flow="internet-down"]').click();
    await page.locator('#console-step-heading', { hasText: /^Step 1:/ }).waitFor();
    const link = page.locator('#console-flag');
    expect((await issueOf(link)).title).toContain(`step "customer-type" (flows/internet-down.yaml:${nodeLine('internet-down', 'customer-type')})`);
    await page.keyboard.press('1');
    await page.locator('#console-step-heading', { hasText: /^Step 2:/ }).waitFor();
    const issue = await issueOf(link);
    expect(issue.title).toContain(`step "line-type" (flows/internet-down.yaml:${nodeLine('internet-down', 'line-type')})`);
    expect(issue.body).toContain('1. Is the connection for your home or for a business? → For my home');
  });

  test('a troubleshooter page links to the tree\'s diagram', async () => {
    const page = await open(`${agentBaseURL}/en/troubleshoot/internet-down/`);
    const href = await page.getByRole('link', { name: 'Diagram of this troubleshooter' }).getAttribute('href');
    expect(href).toBe('/en/diagrams/internet-down.svg');
    const response = await page.request.get(agentBaseURL + href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/^<svg [^>]*data-flow="internet-down"/);
  });
});

describe('flag this, for customers', () => {
  test('is not on the public build when the site settings do not ask for it', async () => {
    expect(readFileSync(join(root, 'content/site.yaml'), 'utf8')).not.toMatch(/^customerFlagging:\s*true/m);
    const dist = inject('distDir');
    const files = filesUnder(dist);
    const flagged = files.filter((f) => f.endsWith('.html') && /class="flag-this"|data-flag=/.test(readFileSync(f, 'utf8')));
    expect(flagged).toEqual([]);
    expect(files.filter((f) => /FlagStepLink/.test(f))).toEqual([]);
    const page = await open(`${baseURL}/en/troubleshoot/internet-down/`);
    await page.waitForSelector('#troubleshooter[data-ready="true"]', { state: 'attached' });
    expect(await page.getByRole('link', { name: /^Flag this/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Diagram of this troubleshooter' }).count()).toBe(0);
  });
});
