import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/locales.ts';
import { loadAnalyzer } from '../../src/core/search/analyzer.ts';
import { buildSearchIndex } from '../../src/core/search/build-index.ts';
import { parseQuery } from '../../src/core/search/query.ts';
import type { SearchDocument } from '../../src/core/search/search-document.ts';
import { createMemorySource } from '../../src/core/search/search-source.ts';
import { openSearch } from '../../src/core/search/searcher.ts';

function doc(id: string, body: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return { id, type: 'article', locale: 'en', url: `/en/x/${id}/`, title: id, summary: '', headings: [], keywords: [], body, ...extra };
}

async function searcherFor(locale: Locale, docs: SearchDocument[], shardBytes?: number) {
  const built = buildSearchIndex(
    docs.map((d) => ({ ...d, locale })),
    await loadAnalyzer(locale),
    shardBytes ? { shardBytes } : {},
  );
  return openSearch(createMemorySource(built.files));
}

async function ids(locale: Locale, docs: SearchDocument[], query: string): Promise<string[]> {
  const searcher = await searcherFor(locale, docs);
  return (await searcher.search(query)).hits.map((h) => h.id);
}

// Documents alike except for the form of one word, padded so field lengths match.
const forms = (words: Record<string, string>) =>
  Object.entries(words).map(([id, word]) => doc(id, `Please check the ${word} before calling support today`));

describe('ranking', () => {
  it('puts the exact form above the same word without diacritics, above another form of its stem', async () => {
    const docs = forms({ exact: 'gebühren', folded: 'gebuhren', stemmed: 'gebühr' });
    expect(await ids('de', docs, 'Gebühren ')).toEqual(['exact', 'folded', 'stemmed']);
  });

  it('puts other forms of a word above completions of it, and completions above typos', async () => {
    expect(await ids('en', forms({ stemmed: 'routers', prefix: 'routerbox' }), 'router')).toEqual(['stemmed', 'prefix']);
    // "passwo" is in no document: it may be the start of "passwordless" or a typo of "passwd".
    expect(await ids('en', forms({ typo: 'passwd', prefix: 'passwordless' }), 'passwo')).toEqual(['prefix', 'typo']);
  });

  it('completes only the last word, and not once a space follows it', async () => {
    const docs = [doc('routerbox', 'the routerbox manual'), doc('other', 'restart everything')];
    expect(await ids('en', docs, 'rout')).toEqual(['routerbox']);
    expect(await ids('en', docs, 'rout ')).toEqual([]);
    expect(await ids('en', docs, 'rout restart')).toEqual(['other']);
  });

  it('tolerates one typo from five letters and two from nine, but none in short words', async () => {
    const docs = [doc('router', 'router'), doc('verification', 'verification'), doc('sim', 'sim')];
    expect(await ids('en', docs, 'rotuer ')).toEqual(['router']);
    expect(await ids('en', docs, 'ruoter ')).toEqual(['router']);
    expect(await ids('en', docs, 'rrouter ')).toEqual(['router']);
    expect(await ids('en', docs, 'verifcaton ')).toEqual(['verification']);
    expect(await ids('en', docs, 'sin ')).toEqual([]);
  });

  it('ranks title matches above body matches', async () => {
    const docs = [doc('body', 'about roaming abroad and more'), doc('title', 'about travel', { title: 'Roaming' })];
    expect(await ids('en', docs, 'roaming')).toEqual(['title', 'body']);
  });

  it('ranks documents with all the words above those with some of them', async () => {
    const docs = [doc('one', 'router router router lights'), doc('both', 'router and invoice')];
    expect((await ids('en', docs, 'router invoice'))[0]).toBe('both');
  });

  it('finds troubleshooters by their keywords and says they are troubleshooters', async () => {
    const searcher = await searcherFor('en', [
      doc('internet-down', 'Is the connection for your home?', { type: 'flow', keywords: ['offline', 'no internet'] }),
      doc('router-lights', 'What the lights mean'),
    ]);
    const { hits } = await searcher.search('offline');
    expect(hits.map((h) => [h.id, h.type])).toEqual([['internet-down', 'flow']]);
  });

  it('treats lunr query syntax as plain punctuation', async () => {
    const docs = [doc('router', 'router lights')];
    for (const query of ['title:router', 'router~2', '+router', '-router', 'router^10', 'rout*', '"router"']) {
      expect(await ids('en', docs, query)).toEqual(['router']);
    }
  });

  it('ignores stop words unless they are being typed', async () => {
    const en = await loadAnalyzer('en');
    expect(parseQuery('the router is', en).map((w) => [w.term, w.prefix])).toEqual([
      ['router', false],
      ['is', true],
    ]);
    expect(parseQuery('the router is ', en).map((w) => w.term)).toEqual(['router']);
  });

  it('answers the same whether the index is one shard or many', async () => {
    const words = ['router', 'invoice', 'roaming', 'password', 'delivery', 'internet', 'speed', 'lights', 'refund'];
    const docs = Array.from({ length: 60 }, (_, i) =>
      doc(`d${i}`, Array.from({ length: 30 }, (_, j) => `${words[(i * 7 + j * 3) % words.length]}${(i + j) % 11}`).join(' ')),
    );
    const one = await searcherFor('en', docs);
    const many = await searcherFor('en', docs, 200);
    expect(many.manifest.shards.length).toBeGreaterThan(5);
    for (const query of ['router3', 'inv', 'roaming5 password2', 'delivry4', 'speed']) {
      const a = (await one.search(query, { limit: 20 })).hits.map((h) => [h.id, h.score]);
      const b = (await many.search(query, { limit: 20 })).hits.map((h) => [h.id, h.score]);
      expect(b).toEqual(a);
    }
  });
});
