import { mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchIndexes } from '../../src/node/search-index-files.ts';
import { runKb } from '../cli/run-kb.ts';

const FIXTURE = resolve(import.meta.dirname, 'fixtures/kb');

describe('kb search', () => {
  it('prints results with their type, address and a snippet', async () => {
    const { code, stdout } = await runKb(['search', 'router', '--root', FIXTURE]);
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      " 1. Restart your router  (article)
          /en/internet/restart-router/
          How to restart the router <safely> & when it helps. Unplug the router, wait thirty seconds and plug it in again. When restarting does not help Check the cables,…
       2. My Wi-Fi is not working  (guided troubleshooting)
          /en/troubleshoot/wifi-down/
          Find out why devices cannot connect. Is the wireless light on the router lit? Yes, it is lit No, it is dark Restart the router and try again.
      "
    `);
  });

  it('prints JSON with id, type, title, url, locale and score', async () => {
    const { code, stdout } = await runKb(['search', 'maršrutizatorių', '--locale', 'lt', '--json', '--root', FIXTURE]);
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(hits.map((h) => Object.keys(h))).toEqual([
      ['id', 'type', 'title', 'url', 'locale', 'score'],
      ['id', 'type', 'title', 'url', 'locale', 'score'],
    ]);
    expect(hits.map((h) => [h.id, h.type, h.url, h.locale])).toEqual([
      ['restart-router', 'article', '/lt/internet/restart-router/', 'lt'],
      ['wifi-down', 'flow', '/lt/troubleshoot/wifi-down/', 'lt'],
    ]);
  });

  it('searches agent-only articles and representatives’ notes only with --agent', async () => {
    for (const word of ['platypus', 'zebrafinch', 'quokka']) {
      const pub = await runKb(['search', word, '--json', '--root', FIXTURE]);
      const agent = await runKb(['search', word, '--json', '--agent', '--root', FIXTURE]);
      expect(JSON.parse(pub.stdout)).toEqual([]);
      expect(JSON.parse(agent.stdout)).toHaveLength(1);
    }
  });

  it('offers the troubleshooters when nothing is found', async () => {
    const { code, stdout } = await runKb(['search', 'xylophone', '--root', FIXTURE]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'No results for "xylophone" in en.\nhint: try fewer words, or other words for the problem.\n\n' +
        'Guided troubleshooting in en:\n  My Wi-Fi is not working  (kb walk wifi-down)\n',
    );
  });

  it('limits the results', async () => {
    const { stdout } = await runKb(['search', 'router', '--limit', '1', '--json', '--root', FIXTURE]);
    expect(JSON.parse(stdout)).toHaveLength(1);
  });

  it('rejects a bad locale, a bad limit and a missing query with usage errors', async () => {
    const locale = await runKb(['search', 'router', '--locale', 'xx', '--root', FIXTURE]);
    expect([locale.code, locale.stderr.split('\n').slice(0, 2)]).toEqual([
      2,
      ['kb search: unknown locale "xx"', 'hint: use one of: en, da, de, fi, sv, lt'],
    ]);
    const limit = await runKb(['search', 'router', '--limit', '0', '--root', FIXTURE]);
    expect([limit.code, limit.stderr.split('\n').slice(0, 2)]).toEqual([
      2,
      ['kb search: --limit: "0" is not a number from 1 to 100', 'hint: e.g. --limit 5'],
    ]);
    const empty = await runKb(['search', '  ', '--root', FIXTURE]);
    expect([empty.code, empty.stderr.split('\n')[0]]).toEqual([
      2,
      'kb search: what should I search for? Give words, e.g. kb search "router lights"',
    ]);
  });

  describe('with a built site', () => {
    const copy = mkdtempSync(join(tmpdir(), 'kb-search-'));
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    it('answers from the index the site ships while it is newer than the content', async () => {
      const { written } = await writeSearchIndexes(FIXTURE, join(copy, 'dist'), 'public');
      expect(written.map((w) => [w.locale, w.documents])).toEqual([
        ['en', 2],
        ['da', 0],
        ['de', 0],
        ['fi', 0],
        ['sv', 0],
        ['lt', 2],
      ]);
      // The built index is found through --root: point it at a project whose dist/ holds a doctored index.
      const { cpSync } = await import('node:fs');
      cpSync(join(FIXTURE, 'content'), join(copy, 'content'), { recursive: true });
      cpSync(join(FIXTURE, 'flows'), join(copy, 'flows'), { recursive: true });
      const old = new Date(Date.now() - 60_000);
      for (const dir of ['content', 'flows']) utimesSync(join(copy, dir), old, old);
      rmSync(join(copy, 'content/en/internet/restart-router.md'));
      // Removing the article makes the content newer than the index: kb search rebuilds in memory.
      const fresh = await runKb(['search', 'router', '--json', '--root', copy]);
      expect(JSON.parse(fresh.stdout).map((h: { id: string }) => h.id)).toEqual(['wifi-down']);
      // Once the index is newer again, kb search uses the built one, which still has the article.
      const later = new Date(Date.now() + 60_000);
      utimesSync(join(copy, 'dist/search-index/en/manifest.json'), later, later);
      const built = await runKb(['search', 'router', '--json', '--root', copy]);
      expect(JSON.parse(built.stdout).map((h: { id: string }) => h.id)).toEqual(['restart-router', 'wifi-down']);
    });
  });
});
