import { describe, expect, test } from 'vitest';
import { categoryUrl, troubleshootersUrl } from '../../src/core/site/urls.ts';

describe('paged list URLs', () => {
  test('give page 1 the list\'s own URL and later pages a page/<n>/ path under it', () => {
    expect([1, 2, 30].map((n) => categoryUrl('da', 'internet', n))).toEqual(['/da/internet/', '/da/internet/page/2/', '/da/internet/page/30/']);
    expect(categoryUrl('da', 'internet')).toBe('/da/internet/');
    expect([undefined, 1, 4].map((n) => troubleshootersUrl('lt', n))).toEqual(['/lt/troubleshooters/', '/lt/troubleshooters/', '/lt/troubleshooters/page/4/']);
  });
});
