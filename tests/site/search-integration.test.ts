import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, test } from 'vitest';
import { searchIndexes } from '../../src/node/search-integration.ts';

const root = join(import.meta.dirname, '../..');
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function logger(lines: string[]): AstroIntegrationLogger {
  const log = (level: string) => (message: string) => lines.push(`${level}: ${message}`);
  return { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') } as unknown as AstroIntegrationLogger;
}

/** Runs the integration's build:done hook as Astro would, for a build of `audience` into `outDir`. */
async function buildDone(outDir: string, audience: 'public' | 'agent', lines: string[] = []): Promise<void> {
  const integration = searchIndexes({ KB_AUDIENCE: audience === 'agent' ? 'agent' : '' });
  const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
  await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`), base: '/', outDir: pathToFileURL(`${outDir}/`) } });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${outDir}/`), pages: [], assets: new Map(), logger: logger(lines) });
}

describe('the search index integration', () => {
  test('writes one index per locale into the finished build, for the build\'s audience', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kb-search-int-'));
    made.push(outDir);
    const lines: string[] = [];
    await buildDone(outDir, 'agent', lines);
    expect(readdirSync(join(outDir, 'search-index')).sort()).toEqual(['da', 'de', 'en', 'fi', 'lt', 'sv']);
    const manifest = JSON.parse(readFileSync(join(outDir, 'search-index', 'en', 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ locale: 'en', audience: 'agent' });
    expect(lines.find((l) => l.startsWith('info:'))).toMatch(/^info: agent search index: \d+ documents in 6 locales, \d+ KB, \d+ ms$/);
  });

  test('builds the index from the start of the build, writes it only once Astro has emptied the output folder, and the same as at the end', async () => {
    const [early, late] = [mkdtempSync(join(tmpdir(), 'kb-search-int-')), mkdtempSync(join(tmpdir(), 'kb-search-int-'))];
    made.push(early, late);
    const integration = searchIndexes({ KB_AUDIENCE: '' });
    const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
    await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`), base: '/', outDir: pathToFileURL(`${early}/`) } });
    await hooks['astro:build:start']!({ logger: logger([]) });
    // Long enough for the worker to build the sample index; Astro empties the folder only after this.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(existsSync(join(early, 'search-index'))).toBe(false);
    await hooks['astro:build:setup']!({});
    const lines: string[] = [];
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${early}/`), pages: [], assets: new Map(), logger: logger(lines) });
    expect(lines.find((l) => l.startsWith('info:'))).toMatch(/^info: public search index: \d+ documents in 6 locales, \d+ KB, \d+ ms$/);
    await buildDone(late, 'public');
    const files = (dir: string) =>
      readdirSync(join(dir, 'search-index'), { recursive: true, encoding: 'utf8' })
        .sort()
        .map((f) => [f, statSync(join(dir, 'search-index', f)).isFile() ? readFileSync(join(dir, 'search-index', f), 'base64') : 'folder']);
    expect(files(early).length).toBeGreaterThan(20);
    expect(files(early)).toEqual(files(late));
  }, 30_000);

  test('fails the build with a clear message and leaves no index behind', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kb-search-int-'));
    made.push(outDir);
    // A file where the index folder must go: writing fails.
    writeFileSync(join(outDir, 'search-index'), 'not a folder');
    await expect(buildDone(outDir, 'public')).rejects.toThrow(
      `the search index could not be written to ${join(outDir, 'search-index')}`,
    );
    expect(existsSync(join(outDir, 'search-index'))).toBe(false);
  });
});
