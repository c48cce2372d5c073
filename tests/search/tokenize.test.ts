import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../src/core/search/fold.ts';
import { tokenize, tokenTerms } from '../../src/core/search/tokenize.ts';

describe('tokenize', () => {
  it('keeps every letter of non-ASCII words, unlike lunr’s trimmer', () => {
    expect(tokenTerms('Šiauliai über Gebühr København ąžuolas')).toEqual([
      'šiauliai',
      'über',
      'gebühr',
      'københavn',
      'ąžuolas',
    ]);
  });

  it('splits on punctuation and keeps digits', () => {
    expect(tokenTerms('2,4 GHz (router), “Mano Nordlys” – 1.500 DKK!')).toEqual([
      '2',
      '4',
      'ghz',
      'router',
      'mano',
      'nordlys',
      '1',
      '500',
      'dkk',
    ]);
  });

  it('gives hyphenated words both their parts and the joined form', () => {
    expect(tokenTerms('Wi-Fi e-mail Premium-SMS-Dienste')).toEqual([
      'wi',
      'fi',
      'wifi',
      'e',
      'mail',
      'email',
      'premium',
      'sms',
      'dienste',
      'premiumsmsdienste',
    ]);
  });

  it('drops the letter after an apostrophe but keeps the word before it', () => {
    expect(tokenTerms("router's lights don’t l'ordinateur")).toEqual(['router', 'lights', 'don', 'l', 'ordinateur']);
  });

  it('knows where each token is, for highlighting', () => {
    const text = 'Gebühren für Wi-Fi';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Gebühren', 'für', 'Wi', 'Fi', 'Wi-Fi']);
  });

  it('treats combining marks as part of a word and normalises to NFC', () => {
    expect(tokenTerms('Geb\u0075\u0308hr')).toEqual(['gebühr']);
  });

  it('skips runs longer than 40 characters and anything that is not a letter or digit', () => {
    expect(tokenTerms(`${'a'.repeat(41)} ok 🙂 \u0000 \u200f :~^+-*" `)).toEqual(['ok']);
  });
});

describe('foldDiacritics', () => {
  it('removes accents the way readers leave them out', () => {
    expect(['gebühr', 'straße', 'københavn', 'æble', 'šiauliai', 'ąžuolas', 'tämä', 'åtgärd'].map(foldDiacritics)).toEqual([
      'gebuhr',
      'strasse',
      'kobenhavn',
      'aeble',
      'siauliai',
      'azuolas',
      'tama',
      'atgard',
    ]);
  });

  it('leaves plain ASCII alone', () => {
    expect(foldDiacritics('router-2')).toBe('router-2');
  });
});
