import { describe, expect, it } from 'vitest';
import { decodeShard, encodeShard, readPostings, riceParameter, SHARD_FORMAT } from '../../src/core/search/shard-format.ts';

describe('the shard format', () => {
  const terms = [
    { term: '0', docs: [7], weights: [2] },
    { term: 'gebuhr', docs: [0, 5, 300], weights: [1, 128, 255] },
    { term: 'gebühr', docs: [2], weights: [77] },
    { term: 'gebühren', docs: [2, 69_999], weights: [9, 10] },
    { term: 'x'.repeat(40), docs: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], weights: Array(13).fill(3) },
    { term: '𝔘nicode', docs: [1], weights: [3] },
    { term: '𝔘𝔫icode', docs: [4], weights: [4] },
  ];
  const context = { documents: 70_000, baseWeights: Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256) };

  it('reads back every term and its postings', () => {
    const shard = decodeShard(encodeShard(terms, context), context.baseWeights)!;
    expect(shard.terms).toEqual(terms.map((t) => t.term));
    terms.forEach((t, i) => {
      const { docs, weights } = readPostings(shard, i);
      expect([...docs]).toEqual(t.docs);
      expect([...weights]).toEqual(t.weights);
    });
  });

  it('stores a weight equal to its document base weight as 0, which compresses to almost nothing', () => {
    const flat = { documents: 100, baseWeights: Array(100).fill(5) };
    const bytes = encodeShard([{ term: 'router', docs: [3, 50, 99], weights: [5, 5, 6] }], flat);
    expect([...bytes.subarray(bytes.length - 3)]).toEqual([0, 0, 1]);
    expect([...readPostings(decodeShard(bytes, flat.baseWeights)!, 0).weights]).toEqual([5, 5, 6]);
  });

  it('chooses the Rice parameter from the share of documents a term is in', () => {
    expect(riceParameter(1, 1666)).toBe(10);
    expect(riceParameter(833, 1666)).toBe(0);
    expect(riceParameter(1666, 1666)).toBe(0);
    expect(riceParameter(1, 100_000_000)).toBe(24);
  });

  it('stores terms longer than one marker can drop, such as a lower-cased run of "İ"', () => {
    const long = 'İ'.repeat(40).toLowerCase();
    const longTerms = [
      { term: long, docs: [1], weights: [1] },
      { term: 'b', docs: [2], weights: [2] },
      { term: 'b' + 'c'.repeat(46), docs: [3], weights: [3] },
      { term: 'bd', docs: [4], weights: [4] },
    ];
    expect(long).toHaveLength(80);
    expect(decodeShard(encodeShard(longTerms, context))!.terms).toEqual(longTerms.map((t) => t.term));
  });

  it('refuses to store a term the tokenizer cannot make', () => {
    expect(() => encodeShard([{ term: 'wi-fi', docs: [0], weights: [1] }], context)).toThrow(RangeError);
    expect(() => encodeShard([{ term: 'router', docs: [3, 3], weights: [1, 1] }], context)).toThrow(RangeError);
  });

  it('refuses bytes that are not a shard instead of throwing', () => {
    const bytes = encodeShard(terms, context);
    expect(decodeShard(bytes.subarray(0, bytes.length - 3))).toBeUndefined();
    expect(decodeShard(new Uint8Array([...bytes, 0]))).toBeUndefined();
    expect(decodeShard(new Uint8Array([9, 1, 2]))).toBeUndefined();
    expect(decodeShard(new Uint8Array())).toBeUndefined();
    expect(decodeShard(new Uint8Array([SHARD_FORMAT, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]))).toBeUndefined();
    // One term in 10 documents whose postings are all 1 bits: a gap far past the last document.
    expect(decodeShard(new Uint8Array([SHARD_FORMAT, 1, 10, 2, 1, 0x61, 1, 0xff, 0xff, 0]))).toBeUndefined();
  });

  it('survives every truncation and every flipped byte of a shard', () => {
    const bytes = encodeShard(terms, context);
    for (let end = 0; end < bytes.length; end++) expect(() => decodeShard(bytes.subarray(0, end))).not.toThrow();
    for (let at = 0; at < bytes.length; at++) {
      const broken = bytes.slice();
      broken[at] = broken[at]! ^ 0xa5;
      const shard = decodeShard(broken, context.baseWeights);
      if (shard) for (let i = 0; i < shard.terms.length; i++) expect(readPostings(shard, i).docs.every((d) => d < 70_000)).toBe(true);
    }
  });
});
