import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoByFiles } from '../../src/node/_files-memo.ts';

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
});
