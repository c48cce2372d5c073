import { describe, expect, it } from 'vitest';
import { loadAnalyzer } from '../../src/core/search/analyzer.ts';
import type { Locale } from '../../src/core/locales.ts';

async function stems(locale: Locale, words: string[]): Promise<string[]> {
  const analyzer = await loadAnalyzer(locale);
  return words.map((w) => analyzer.stem(w));
}

describe('Lithuanian analysis', () => {
  it('reduces every case of maršrutizatorius (router) to one stem', async () => {
    const cases = [
      'maršrutizatorius', // nominative
      'maršrutizatoriaus', // genitive
      'maršrutizatoriui', // dative
      'maršrutizatorių', // accusative
      'maršrutizatoriumi', // instrumental
      'maršrutizatoriuje', // locative
      'maršrutizatoriai', // nominative plural
      'maršrutizatoriams', // dative plural
    ];
    expect(new Set(await stems('lt', cases))).toEqual(new Set(['maršrutizator']));
  });

  it('reduces feminine nouns and verbs to shared stems', async () => {
    expect(new Set(await stems('lt', ['sąskaita', 'sąskaitos', 'sąskaitai', 'sąskaitą', 'sąskaitoje', 'sąskaitų']))).toEqual(
      new Set(['sąskait']),
    );
    expect(new Set(await stems('lt', ['slaptažodis', 'slaptažodžio', 'slaptažodį', 'slaptažodžiu']))).toEqual(
      new Set(['slaptažod']),
    );
    expect(new Set(await stems('lt', ['prisijungti', 'prisijungia', 'prisijungė', 'prisijungiu']))).toEqual(
      new Set(['prisijung']),
    );
  });

  it('stems text typed without diacritics to the folded stem of the real word', async () => {
    const lt = await loadAnalyzer('lt');
    expect(lt.stem('marsrutizatoriaus')).toBe('marsrutizator');
    expect(lt.stem('saskaitoje')).toBe('saskait');
  });

  it('knows Lithuanian function words', async () => {
    const lt = await loadAnalyzer('lt');
    expect(['ir', 'kad', 'į', 'jūsų', 'nėra'].every(lt.isStopWord)).toBe(true);
    expect(lt.isStopWord('internetas')).toBe(false);
  });
});

describe('lunr-languages analysis', () => {
  it('stems German, Danish, Finnish, Swedish and English inflections together', async () => {
    expect(await stems('de', ['Gebühren'.toLowerCase(), 'gebühr', 'rechnungen', 'rechnung'])).toEqual([
      'gebuhr',
      'gebuhr',
      'rechnung',
      'rechnung',
    ]);
    expect(await stems('da', ['regningen', 'regninger', 'lamperne', 'lampen'])).toEqual(['regning', 'regning', 'lamp', 'lamp']);
    expect(await stems('fi', ['laskussa', 'lasku'])).toEqual(['lasku', 'lasku']);
    expect(await stems('sv', ['fakturor', 'faktura'])).toEqual(['faktur', 'faktur']);
    expect(await stems('en', ['routers', 'router', 'deliveries', 'delivery'])).toEqual(['router', 'router', 'deliveri', 'deliveri']);
  });

  it('uses each language’s stop words, with their non-ASCII letters intact', async () => {
    expect((await loadAnalyzer('de')).isStopWord('über')).toBe(true);
    expect((await loadAnalyzer('da')).isStopWord('ikke')).toBe(true);
    expect((await loadAnalyzer('sv')).isStopWord('och')).toBe(true);
    expect((await loadAnalyzer('fi')).isStopWord('ja')).toBe(true);
    expect((await loadAnalyzer('en')).isStopWord('the')).toBe(true);
    expect((await loadAnalyzer('de')).isStopWord('router')).toBe(false);
  });
});
