import { describe, expect, test } from 'vitest';
import { pageLinks, paginate, type PageLink } from '../../src/core/site/pagination.ts';

/** Page links as text: 1 2 [3] … 9 */
const shown = (links: PageLink[]) => links.map((l) => ('gap' in l ? '…' : l.current ? `[${l.page}]` : String(l.page))).join(' ');

describe('paginate', () => {
  test('splits a list into pages of the size, the last one shorter', () => {
    const pages = paginate(['a', 'b', 'c', 'd', 'e'], 2);
    expect(pages).toEqual([
      { number: 1, total: 3, items: ['a', 'b'] },
      { number: 2, total: 3, items: ['c', 'd'] },
      { number: 3, total: 3, items: ['e'] },
    ]);
  });

  test('makes one page of a list that fits, and one empty page of an empty list', () => {
    expect(paginate([1, 2, 3], 3)).toEqual([{ number: 1, total: 1, items: [1, 2, 3] }]);
    expect(paginate([], 50)).toEqual([{ number: 1, total: 1, items: [] }]);
  });

  test('keeps every item once, in order, whatever the size', () => {
    const items = Array.from({ length: 103 }, (_, i) => i);
    for (const size of [1, 7, 50, 103, 500]) {
      const pages = paginate(items, size);
      expect(pages.flatMap((p) => p.items), `size ${size}`).toEqual(items);
      expect(pages.length, `size ${size}`).toBe(Math.ceil(103 / size));
      expect(Math.max(...pages.map((p) => p.items.length)), `size ${size}`).toBe(Math.min(size, 103));
    }
  });

  test('treats a size below 1 as 1', () => {
    expect(paginate(['a', 'b'], 0).map((p) => p.items)).toEqual([['a'], ['b']]);
  });
});

describe('pageLinks', () => {
  test('shows every page of a short list', () => {
    expect(shown(pageLinks(1, 1))).toBe('[1]');
    expect(shown(pageLinks(2, 3))).toBe('1 [2] 3');
    expect(shown(pageLinks(3, 5))).toBe('1 2 [3] 4 5');
  });

  test('always shows the first and the last page and the pages next to the current one, with gaps between', () => {
    expect(shown(pageLinks(1, 9))).toBe('[1] 2 … 9');
    expect(shown(pageLinks(5, 9))).toBe('1 … 4 [5] 6 … 9');
    expect(shown(pageLinks(9, 9))).toBe('1 … 8 [9]');
  });

  test('shows a single left-out page as its number rather than a gap', () => {
    expect(shown(pageLinks(3, 9))).toBe('1 2 [3] 4 … 9');
    expect(shown(pageLinks(7, 9))).toBe('1 … 6 [7] 8 9');
  });

  test('stays the same length however many pages there are', () => {
    const lengths = [20, 200, 2000].map((total) => pageLinks(Math.floor(total / 2), total).length);
    expect(new Set(lengths).size).toBe(1);
    expect(lengths[0]).toBe(7);
  });

  test('shows more pages around the current one when asked', () => {
    expect(shown(pageLinks(10, 20, 2))).toBe('1 … 8 9 [10] 11 12 … 20');
  });
});
