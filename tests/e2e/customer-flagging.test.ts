/**
 * "Flag this" for customers: the public build of the sample knowledge base
 * with `customerFlagging: true` in content/site.yaml (a copy of content/ and
 * flows/, built through KB_ROOT with a cache folder of its own). Articles
 * and troubleshooter steps link to a prefilled issue naming the file and
 * line, and still no file carries representatives' text, the prefilled
 * issues included.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { agentOnlyTexts, leaksIn } from './support/agent-only-texts.ts';
import { seriousA11yViolations, useBrowser } from './support/browser.ts';
import { issueOf, nodeLine } from './support/flag-issue.ts';
import { serveStatic } from './support/static-server.ts';
import { buildVariant } from './support/variant-build.ts';

const root = join(import.meta.dirname, '../..');
const REPOSITORY = 'https://github.com/nordlys-net/helpdesk-kb';

let work: string | undefined;
let dist: string;
let site: { server: Server; url: string } | undefined;
const session = useBrowser();
const open = (path: string): Promise<Page> => session.open(site!.url + path, { viewport: { width: 1280, height: 900 } });

beforeAll(async () => {
  expect(readFileSync(join(root, 'content/site.yaml'), 'utf8')).not.toMatch(/^customerFlagging: true/m);
  ({ work, dist } = await buildVariant('customer-flagging', { customerFlagging: true }, 'with customer flagging'));
  site = await serveStatic(dist);
});

afterAll(async () => {
  if (site) await new Promise((done) => site!.server.close(done));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('flag this, for customers', () => {
  test('an article links to an issue naming its file at the title line', async () => {
    const page = await open('/en/internet/router-lights/');
    const issue = await issueOf(page.getByRole('link', { name: 'Flag this', exact: true }));
    expect(issue.base).toBe(`${REPOSITORY}/issues/new`);
    expect(issue.title).toBe("Flag: How to read your router's lights (content/en/internet/router-lights.md:2)");
    expect(issue.body).toContain(`${REPOSITORY}/blob/main/content/en/internet/router-lights.md#L2`);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('a troubleshooter step names its node, and the link follows the customer\'s answers', async () => {
    const page = await open('/en/troubleshoot/internet-down/');
    await page.waitForSelector('#troubleshooter[data-ready="true"]', { state: 'attached' });
    const link = page.getByRole('link', { name: 'Flag this step', exact: true });
    expect((await issueOf(link)).title).toContain(`step "customer-type" (flows/internet-down.yaml:${nodeLine('internet-down', 'customer-type')})`);
    await page.getByRole('button', { name: 'For my home', exact: true }).click();
    await page.locator('#ts-heading', { hasText: 'What kind of connection do you have?' }).waitFor();
    await expect.poll(async () => (await issueOf(link)).title).toContain(`step "line-type" (flows/internet-down.yaml:${nodeLine('internet-down', 'line-type')})`);
    expect((await issueOf(link)).body).toContain('1. Is the connection for your home or for a business? → For my home');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('no file carries representatives\' text, the prefilled issues included', () => {
    const secrets = agentOnlyTexts(root);
    expect(secrets.length).toBeGreaterThan(50);
    expect(leaksIn(dist, secrets)).toEqual([]);
  });
});
