import { describe, expect, it } from 'vitest';
import { decodeShard, encodeShard, readPostings } from '../../src/core/search/shard-format.ts';

describe('the shard format', () => {
  const terms = [
    { term: 'gebuhr', docs: [0, 5, 300], weights: [1, 128, 255] },
    { term: 'gebühr', docs: [2], weights: [77] },
    { term: 'gebühren', docs: [2, 70000], weights: [9, 10] },
    { term: '𝔘nicode', docs: [1], weights: [3] },
    { term: '𝔘𝔫icode', docs: [4], weights: [4] },
  ];

  it('reads back every term and its postings', () => {
    const shard = decodeShard(encodeShard(terms))!;
    expect(shard.terms).toEqual(terms.map((t) => t.term));
    terms.forEach((t, i) => {
      const { docs, weights } = readPostings(shard, i);
      expect([...docs]).toEqual(t.docs);
      expect([...weights]).toEqual(t.weights);
    });
  });

  it('refuses bytes that are not a shard instead of throwing', () => {
    const bytes = encodeShard(terms);
    expect(decodeShard(bytes.subarray(0, bytes.length - 3))).toBeUndefined();
    expect(decodeShard(new Uint8Array([9, 1, 2]))).toBeUndefined();
    expect(decodeShard(new Uint8Array())).toBeUndefined();
    expect(decodeShard(new Uint8Array([1, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]))).toBeUndefined();
  });
});
