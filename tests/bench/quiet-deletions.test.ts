import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTrash, QUIET_MS, quietRemainingMs } from '../../bench/scale/quiet-deletions.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('the benchmark keeps its deletions away from timed builds', () => {
  it('waits until the last deletion is six minutes old, and not at all when nothing was deleted', () => {
    expect(quietRemainingMs(undefined, 1_000_000)).toBe(0);
    expect(quietRemainingMs(1_000_000, 1_000_000)).toBe(QUIET_MS);
    expect(quietRemainingMs(1_000_000, 1_000_000 + 60_000)).toBe(QUIET_MS - 60_000);
    expect(quietRemainingMs(1_000_000, 1_000_000 + QUIET_MS + 1)).toBe(0);
    expect(quietRemainingMs(Number.NaN, 1_000_000)).toBe(QUIET_MS);
    expect(quietRemainingMs(2_000_000, 1_000_000)).toBe(QUIET_MS);
  });

  it('sets a replaced folder aside by renaming it, deletes only when emptied, and remembers when across runs', () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-trash-'));
    const corpus = join(dir, 'scale-12', 'project');
    mkdirSync(join(corpus, 'content'), { recursive: true });
    writeFileSync(join(corpus, 'content', 'a.md'), 'x');
    const site = join(dir, 'site');
    mkdirSync(site);

    const trash = openTrash(join(dir, '.trash'));
    expect(trash.remainingMs()).toBe(0);
    trash.setAside(corpus);
    trash.setAside(join(dir, 'missing'));
    expect(existsSync(corpus)).toBe(false);
    expect(readdirSync(join(dir, '.trash'))).toHaveLength(1);
    expect(trash.remainingMs()).toBe(0);

    expect(trash.empty([site])).toBe(2);
    expect(existsSync(join(dir, '.trash'))).toBe(false);
    expect(existsSync(site)).toBe(false);
    const later = openTrash(join(dir, '.trash'));
    expect(later.remainingMs()).toBeGreaterThan(QUIET_MS - 60_000);
    expect(later.empty()).toBe(0);
  });
});
