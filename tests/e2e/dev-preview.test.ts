/**
 * The writers' live preview: `astro dev` on a copy of the project, edited
 * while it runs. An article's new title shows without a restart; a broken
 * flow turns every page into the checker's report with file, line and
 * column; the fix brings the page back. The copy has its own node_modules
 * folder of links to the real packages, so its caches (.astro, .vite) never
 * touch the project's or another build's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
/** Packages' own caches stay out of the copy: the dev server makes its own. */
const CACHES = new Set(['.astro', '.astro-agent', '.vite', '.cache']);
const ARTICLE = '/en/internet/router-lights/';

let dir: string;
let server: ChildProcess | undefined;
let base: string;
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The page at `path` as a browser asks for it: its status and HTML. */
async function get(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(base + path, { headers: { accept: 'text/html' } });
  return { status: response.status, html: await response.text() };
}

/** Asks for `path` until `done` holds (20 s at most), without restarting anything; fails with the last answer. */
async function waitForPage(path: string, done: (page: { status: number; html: string }) => boolean): Promise<{ status: number; html: string }> {
  let last = { status: 0, html: '' };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    last = await get(path).catch(() => ({ status: 0, html: '' }));
    if (done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${path} never showed what was expected; last answer ${last.status}:\n${last.html.slice(0, 2000)}\n\nastro dev said:\n${output.slice(-3000)}`);
}

/** This process's environment without vitest's marks: Astro's dev server stands down when it thinks vitest runs it. */
function devEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'));
}

const h1 = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kb-dev-preview-'));
  for (const entry of ['content', 'flows', 'src', 'schema', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: { ...devEnv(), ASTRO_TELEMETRY_DISABLED: '1', KB_AUDIENCE: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // The first page the tests look at: the server is up once it answers.
  await waitForPage(ARTICLE, (page) => page.status === 200);
});

afterAll(async () => {
  const child = server;
  if (child?.pid !== undefined && child.exitCode === null) {
    const exited = new Promise((done) => child.once('exit', done));
    process.kill(-child.pid, 'SIGTERM');
    const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run dev', () => {
  test('shows an edited article title without a restart', async () => {
    const path = ARTICLE;
    expect(h1((await get(path)).html)).toBe('How to read your router&#39;s lights');
    const file = join(dir, 'content/en/internet/router-lights.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Your router lights, explained'));
    await waitForPage(path, (page) => h1(page.html) === 'Your router lights, explained');
  });

  test('serves every troubleshooter step page filled for its step, as the build writes it', async () => {
    const step = await get('/en/troubleshoot/internet-down/check-cables/customer=private/');
    expect(step.status).toBe(200);
    expect(step.html).not.toContain('kbslot');
    expect(step.html).toMatch(/<p class="ts-text">[^<]*cable/i);
    expect(step.html).toContain('data-step="{&#34;state&#34;:&#34;check-cables&#34;,&#34;vars&#34;:{&#34;customer&#34;:&#34;private&#34;}');
    expect(step.html).toContain('<link rel="alternate" hreflang="da" href="http://127.0.0.1:4321/da/troubleshoot/internet-down/check-cables/customer=private/"');
    expect((await get('/en/troubleshoot/internet-down/no-such-step/')).status).toBe(404);
  });

  test('shows the checker\'s message with file, line and column for a broken flow, and the edited flow once fixed', async () => {
    const path = '/en/troubleshoot/internet-down/';
    expect(h1((await get(path)).html)).toBe('My internet connection is not working');
    const file = join(dir, 'flows/internet-down.yaml');
    const good = readFileSync(file, 'utf8');
    const lines = good.split('\n');
    const index = lines.findIndex((l) => /^\s+next: line-type$/.test(l));
    expect(index).toBeGreaterThan(0);
    lines[index] = lines[index]!.replace('line-type', 'line-typo');
    writeFileSync(file, lines.join('\n'));
    const column = lines[index]!.indexOf('line-typo') + 1;

    // While the checker runs, Astro may answer with its own error first; the writer soon sees the report.
    const broken = await waitForPage(path, (page) => page.status === 500 && page.html.includes('[missing-node]'));
    expect(broken.html).toContain(`flows/internet-down.yaml:${index + 1}:${column}: error: next &quot;line-typo&quot; of node &quot;customer-type&quot; does not exist [missing-node]`);
    expect(broken.html).toContain('hint: Did you mean &quot;line-type&quot;?');
    // Every page says so, and reloads itself once the writer saves a fix.
    const other = await get(ARTICLE);
    expect(other.status).toBe(500);
    expect(other.html).toContain('<script type="module" src="/@vite/client"></script>');

    // Fixed, with a new title: the page is back, and shows the flow as edited.
    expect(good).toContain('\n  en: My internet connection is not working\n');
    writeFileSync(file, good.replace('\n  en: My internet connection is not working\n', '\n  en: No internet at home\n'));
    await waitForPage(path, (page) => page.status === 200 && h1(page.html) === 'No internet at home');
  });
});
