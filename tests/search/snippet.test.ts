import { describe, expect, it } from 'vitest';
import { highlightHtml, snippetHtml, snippetParts } from '../../src/core/search/snippet.ts';

describe('snippets', () => {
  it('escapes markup in the text and marks only matched words', () => {
    expect(highlightHtml('<script>alert("router")</script> & router\'s', ['router'])).toBe(
      '&#60;script&#62;alert(&#34;<mark>router</mark>&#34;)&#60;/script&#62; &#38; <mark>router</mark>&#39;s',
    );
  });

  it('marks words whatever their case or diacritics', () => {
    expect(highlightHtml('Die Gebühren und GEBUHR', ['gebühren', 'gebühr'])).toBe(
      'Die <mark>Gebühren</mark> und <mark>GEBUHR</mark>',
    );
  });

  it('marks a hyphenated word once, whole', () => {
    expect(highlightHtml('Fix Wi-Fi now', ['wifi', 'wi', 'fi'])).toBe('Fix <mark>Wi-Fi</mark> now');
  });

  it('picks the passage where the matched words are, and marks the cuts', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Restart the router and wait two minutes. ${'Sed do eiusmod. '.repeat(20)}`;
    const parts = snippetParts(text, ['restart', 'router'], 80);
    const plain = parts.map((p) => p.text).join('');
    expect(plain.startsWith('…')).toBe(true);
    expect(plain.endsWith('…')).toBe(true);
    expect(plain.length).toBeLessThanOrEqual(84);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Restart', 'router']);
    expect(snippetHtml(parts)).toContain('<mark>Restart</mark> the <mark>router</mark>');
  });

  it('starts at the beginning when nothing matches', () => {
    const parts = snippetParts('One two three four five six seven', ['nine'], 14);
    expect(parts.map((p) => p.text).join('')).toBe('One two three…');
  });
});
