import { describe, expect, it } from 'vitest';
import { loadAnalyzer } from '../../src/core/search/analyzer.ts';
import { buildSearchIndex } from '../../src/core/search/build-index.ts';
import type { SearchDocument } from '../../src/core/search/search-document.ts';
import { createFetchSource, createMemorySource, searchIndexBaseUrl } from '../../src/core/search/search-source.ts';
import { openSearch, SearchIndexError } from '../../src/core/search/searcher.ts';

const words = ['router', 'invoice', 'roaming', 'password', 'delivery', 'internet', 'speed', 'lights', 'refund', 'modem'];
const docs: SearchDocument[] = Array.from({ length: 200 }, (_, i) => ({
  id: `doc-${i}`,
  type: 'article',
  locale: 'en',
  url: `/en/internet/doc-${i}/`,
  title: `${words[i % words.length]} guide ${i}`,
  summary: `About the ${words[(i + 3) % words.length]} <b>& more</b>`,
  headings: [],
  keywords: [],
  body: Array.from({ length: 40 }, (_, j) => `${words[(i + j) % words.length]}${j % 13}`).join(' '),
}));

async function built() {
  return buildSearchIndex(docs, await loadAnalyzer('en'), { shardBytes: 1500, chunkSize: 16 });
}

/** A fetch over the built files that records what was requested. */
function recordingFetch(files: Map<string, Uint8Array>, fail: (path: string) => boolean = () => false) {
  const requested: string[] = [];
  const fetchImpl = (async (url: string | URL | Request) => {
    const path = String(url).replace('/search-index/en/', '');
    requested.push(path);
    const bytes = files.get(path);
    if (!bytes || fail(path)) return new Response('not found', { status: 404 });
    return new Response(bytes.slice());
  }) as typeof fetch;
  return { requested, fetchImpl };
}

describe('the searcher', () => {
  it('fetches the manifest, then only the shards and document chunks a query needs', async () => {
    const index = await built();
    const { requested, fetchImpl } = recordingFetch(index.files);
    const searcher = await openSearch(createFetchSource('/search-index/en', fetchImpl));
    expect(requested).toEqual(['manifest.json']);
    const { hits, complete } = await searcher.search('roaming', { limit: 3 });
    expect(complete).toBe(true);
    expect(hits).toHaveLength(3);
    const shards = requested.filter((p) => p.startsWith('t/'));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThan(index.manifest.shards.length / 2);
    expect(requested.filter((p) => p.startsWith('d/')).length).toBeLessThanOrEqual(3);
    // A second query for the same word needs nothing new.
    const before = requested.length;
    await searcher.search('roaming', { limit: 3 });
    expect(requested.length).toBe(before);
  });

  it('answers from what it has when a shard cannot be fetched, and tries again next time', async () => {
    const index = await built();
    let broken = true;
    const { fetchImpl } = recordingFetch(index.files, (p) => broken && p.startsWith('t/'));
    const searcher = await openSearch(createFetchSource('/search-index/en/', fetchImpl));
    expect(await searcher.search('router')).toEqual({ query: 'router', hits: [], complete: false });
    broken = false;
    const again = await searcher.search('router');
    expect(again.complete).toBe(true);
    expect(again.hits.length).toBeGreaterThan(0);
  });

  it('says which file is missing and how to fix it when there is no index', async () => {
    const error = await openSearch(createMemorySource(new Map(), 'dist/search-index/en')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchIndexError);
    expect((error as SearchIndexError).message).toBe('cannot read the search index dist/search-index/en:manifest.json: no such file');
    expect((error as SearchIndexError).hint).toBe('Rebuild the site (npm run build) so the search index is written again.');
  });

  it('returns title, type, URL, locale, score and the matched words of each hit', async () => {
    const searcher = await openSearch(createMemorySource((await built()).files));
    const [hit] = (await searcher.search('modem guide 9', { limit: 1 })).hits;
    expect(hit).toMatchObject({ id: 'doc-9', type: 'article', title: 'modem guide 9', url: '/en/internet/doc-9/', locale: 'en' });
    expect(hit!.score).toBeGreaterThan(0);
    expect(hit!.matches).toEqual(expect.arrayContaining(['modem', 'guide', '9']));
  });

  it('makes an escaped snippet with the matched words marked', async () => {
    const searcher = await openSearch(createMemorySource((await built()).files));
    const [hit] = (await searcher.search('invoice0', { limit: 1 })).hits;
    const html = await searcher.snippet(hit!, 60);
    expect(html).toContain('<mark>invoice0</mark>');
    expect(html).not.toMatch(/<(?!\/?mark>)/);
  });

  it('offers the troubleshooters, for when nothing is found', async () => {
    const flows: SearchDocument[] = [{ ...docs[0]!, id: 'internet-down', type: 'flow', title: 'My internet is down' }];
    const index = buildSearchIndex([...docs.slice(1, 5), ...flows], await loadAnalyzer('en'));
    const searcher = await openSearch(createMemorySource(index.files));
    expect((await searcher.troubleshooters()).map((h) => [h.id, h.title])).toEqual([['internet-down', 'My internet is down']]);
  });

  it('knows where a site serves each locale’s index', () => {
    expect(searchIndexBaseUrl('de')).toBe('/search-index/de/');
    expect(searchIndexBaseUrl('lt', '/help')).toBe('/help/search-index/lt/');
  });
});
