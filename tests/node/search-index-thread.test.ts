import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

const THREAD = new URL('../../src/node/search-index-thread.ts', import.meta.url).pathname;
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Runs `body` in a fresh Node process with startSearchIndexThread and writeSearchIndexesInThread imported, and returns how it ended. */
function run(body: string) {
  dir ??= mkdtempSync(join(tmpdir(), 'kb-search-thread-'));
  const script = join(dir, 'script.mjs');
  writeFileSync(script, `import { startSearchIndexThread, writeSearchIndexesInThread } from ${JSON.stringify(THREAD)};\n${body}`);
  return spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 30_000 });
}

const DOCUMENTS = `new Map([['en', [{ id: 'a', type: 'article', title: 'Router lights', summary: 'What they mean.', keywords: [], headings: [], body: 'Green is fine.', url: '/en/a/' }]]])`;

describe('the search index thread', () => {
  test('writes the index once told where, in its own thread', () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-search-thread-'));
    const result = run(
      `const written = await writeSearchIndexesInThread(${DOCUMENTS}, 'public', Promise.resolve(${JSON.stringify(dir)}));\n` +
        'console.log(JSON.stringify(written));',
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ locale: 'en', documents: 1 })]);
    expect(readdirSync(join(dir, 'search-index', 'en'))).toContain('manifest.json');
  });

  test('does not keep a process alive while it waits to be told where to write (a build that failed first)', () => {
    const result = run(`writeSearchIndexesInThread(${DOCUMENTS}, 'public', new Promise(() => {}));`);
    expect(result.error).toBeUndefined();
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
  });

  test('started before its work (as a build starts it), it waits, then writes the index it is given', () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-search-thread-'));
    const result = run(
      'const thread = startSearchIndexThread();\n' +
        'await new Promise((resolve) => setTimeout(resolve, 500));\n' +
        `const written = await thread.write(${DOCUMENTS}, 'public', Promise.resolve(${JSON.stringify(dir)}));\n` +
        'console.log(JSON.stringify(written));',
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ locale: 'en', documents: 1 })]);
    expect(readdirSync(join(dir, 'search-index', 'en'))).toContain('manifest.json');
  });

  test('started and never given work (a build that stopped before its pages), it does not keep the process alive', () => {
    const result = run('startSearchIndexThread();');
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(0);
  });
});
