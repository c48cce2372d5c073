import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from '../../src/core/search/_edit-distance.ts';

describe('editDistanceWithin', () => {
  it('counts a swap of neighbours as one typo', () => {
    expect(editDistanceWithin('ruoter', 'router', 1)).toBe(1);
    expect(editDistanceWithin('acb', 'abc', 1)).toBe(1);
  });

  it('gives up past the limit', () => {
    expect(editDistanceWithin('kitten', 'sitting', 2)).toBe(3);
    expect(editDistanceWithin('kitten', 'sitting', 3)).toBe(3);
    expect(editDistanceWithin('router', 'verification', 2)).toBe(3);
  });

  it('agrees with Levenshtein wherever no swap is involved', () => {
    const words = ['router', 'routers', 'route', 'rooter', 'verification', 'verifcaton', 'a', 'ab', 'gebühr', 'gebuhr', 'kitten', 'sitting', 'xyz', ''];
    for (const a of words) {
      for (const b of words) {
        const lev = distance(a, b);
        const got = editDistanceWithin(a, b, 2);
        expect(got, `${a} / ${b}`).toBe(Math.min(lev, 3));
      }
    }
  });
});
