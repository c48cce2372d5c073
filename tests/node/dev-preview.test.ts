/**
 * The dev preview's own logic, on a stand-in for Vite's dev server whose file
 * watcher never reports anything: what happens when a watcher misses an
 * event (under load, on a network drive). tests/e2e/dev-preview.test.ts runs
 * the real `astro dev`, where the watcher works.
 */
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViteDevServer } from 'vite';
import { devPreview } from '../../src/node/dev-preview.ts';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

const BROKEN = resolve(import.meta.dirname, '../fixtures/cli/broken');
let root = '';
let middleware: Middleware | undefined;
const reloads: unknown[] = [];
const logged: string[] = [];
const kbRoot = process.env.KB_ROOT;

/** What the preview answers a browser asking for `url`: its error page, or "next" when it lets the page through. */
function request(url: string, accept = 'text/html'): Promise<{ status: number; body: string } | 'next'> {
  return new Promise((done, fail) => {
    const req = { method: 'GET', url, headers: { accept } } as unknown as IncomingMessage;
    const res = { statusCode: 200, setHeader: () => undefined, end: (body: string) => done({ status: res.statusCode, body }) };
    middleware!(req, res as unknown as ServerResponse, (error) => (error ? fail(error) : done('next')));
  });
}

beforeAll(() => {
  delete process.env.KB_ROOT;
  root = mkdtempSync(join(tmpdir(), 'kb-dev-preview-unit-'));
  cpSync(BROKEN, root, { recursive: true });
  // The site's settings, which the preview also checks, from the sample knowledge base.
  cpSync(resolve(import.meta.dirname, '../../content/site.yaml'), join(root, 'content/site.yaml'));
  const server = {
    config: { root, logger: { error: (message: string) => logged.push(message) } },
    environments: { client: { hot: { send: (message: unknown) => reloads.push(message) } } },
    watcher: Object.assign(new EventEmitter(), { add: () => undefined }),
    middlewares: { use: (fn: Middleware) => (middleware = fn) },
  } as unknown as ViteDevServer;
  const plugin = devPreview();
  (plugin.configureServer as (server: ViteDevServer) => void)(server);
});

afterAll(() => {
  if (kbRoot !== undefined) process.env.KB_ROOT = kbRoot;
  rmSync(root, { recursive: true, force: true });
});

describe('the dev preview when the file watcher misses a fix', () => {
  it('shows the report while the knowledge base is broken, and clears it on the next page once the files are fixed', async () => {
    const broken = await request('/en/');
    expect(broken).not.toBe('next');
    if (broken === 'next') return;
    expect(broken.status).toBe(500);
    expect(broken.body).toContain('flows/wifi.yaml:13:15');
    expect(broken.body).toContain('content/en/internet/wifi-tips.md:11:52');
    // Scripts and styles still load under the report.
    expect(await request('/_astro/page.js', '*/*')).toBe('next');
    expect(logged.some((message) => message.includes('missing-node'))).toBe(true);

    // The writer saves the fixes; no change event ever arrives.
    const flow = join(root, 'flows/wifi.yaml');
    writeFileSync(flow, readFileSync(flow, 'utf8').replace(/next: reboot$/m, 'next: reboot-router').replace('technical-suport', 'technical-support'));
    const article = join(root, 'content/en/internet/wifi-tips.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('flow:wifi-slow', 'flow:wifi'));
    const reloadsBefore = reloads.length;

    expect(await request('/en/')).toBe('next');
    // Open pages reload themselves, since the report they show is gone.
    expect(reloads.length).toBe(reloadsBefore + 1);
  });
});
