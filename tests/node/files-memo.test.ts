import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freezeFiles, memoByFiles } from '../../src/node/_files-memo.ts';

describe('memoByFiles', () => {
  it('computes once while the files stay the same, and again when one changes, appears or goes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-memo-'));
    try {
      mkdirSync(join(dir, 'flows'));
      writeFileSync(join(dir, 'flows', 'a.yaml'), 'one');
      let runs = 0;
      const read = () => memoByFiles(`test:${dir}`, [join(dir, 'flows')], () => ++runs);
      expect(read()).toBe(1);
      expect(read()).toBe(1);
      writeFileSync(join(dir, 'flows', 'a.yaml'), 'two!');
      expect(read()).toBe(2);
      // Same size, newer time: an edit all the same.
      writeFileSync(join(dir, 'flows', 'a.yaml'), 'six!');
      utimesSync(join(dir, 'flows', 'a.yaml'), new Date(), new Date(Date.now() + 5_000));
      expect(read()).toBe(3);
      writeFileSync(join(dir, 'flows', 'b.yaml'), 'new');
      expect(read()).toBe(4);
      rmSync(join(dir, 'flows', 'b.yaml'));
      expect(read()).toBe(5);
      expect(read()).toBe(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('during a build (frozen files) keeps the first value without looking at the files again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-memo-'));
    try {
      writeFileSync(join(dir, 'a.md'), 'one');
      let runs = 0;
      const read = () => memoByFiles(`frozen:${dir}`, [dir], () => ++runs);
      expect(read()).toBe(1);
      freezeFiles();
      writeFileSync(join(dir, 'a.md'), 'two!');
      expect(read()).toBe(1);
      freezeFiles(false);
      expect(read()).toBe(2);
    } finally {
      freezeFiles(false);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shares one pending computation and forgets a failed one, so the next caller tries again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-memo-'));
    try {
      let runs = 0;
      const read = () =>
        memoByFiles(`async:${dir}`, [dir], async () => {
          runs++;
          if (runs === 1) throw new Error('broken article');
          return runs;
        });
      await expect(read()).rejects.toThrow('broken article');
      await expect(read()).resolves.toBe(2);
      await expect(read()).resolves.toBe(2);
      expect(runs).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
