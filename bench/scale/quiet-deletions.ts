/**
 * Keeps the benchmark's own deletions away from the builds it times.
 *
 * This machine's root file system is ext4 without a journal. There, the
 * kernel will not reuse an inode freed less than 60 s ago, or 360 s while
 * its inode table block is still dirty (`recently_deleted()` in
 * fs/ext4/ialloc.c), and it checks every such inode it passes over when it
 * allocates a new one. So for up to six minutes after many files are
 * deleted, every file and folder a build creates costs far more: under
 * `perf`, a 1,000-article build of ours took 23.2 s (13.2 s of it writing
 * the step pages) four minutes after 8,000 files were deleted, and 16.5 s
 * (7.1 s) seven minutes after; a quarter of all samples of the slow one
 * were in `recently_deleted`.
 *
 * So the benchmark deletes nothing it replaces while it runs: old corpora
 * and built sites are renamed into a trash folder (a rename frees no inode)
 * and deleted at the very end; the time of that deletion is written down,
 * and the next run waits until it is six minutes old before its first build.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How long after a deletion creating files is still slowed down: 60 s + 300 s. */
export const QUIET_MS = 360_000;

/** How long to wait before timing a build, given when the last deletion ended. */
export function quietRemainingMs(lastDeletionMs: number | undefined, nowMs: number): number {
  if (lastDeletionMs === undefined) return 0;
  // A stamp that is unreadable or in the future is taken as a deletion just now.
  if (!Number.isFinite(lastDeletionMs) || lastDeletionMs > nowMs) return QUIET_MS;
  return Math.max(0, lastDeletionMs + QUIET_MS - nowMs);
}

/** A trash folder (on the same file system as what goes in it) and the file that records the last deletion. */
export interface Trash {
  /** Moves `path` into the trash if it exists; nothing is deleted yet. */
  setAside(path: string): void;
  /** Deletes everything set aside (and `also`), and records when that ended. Returns how many paths went. */
  empty(also?: readonly string[]): number;
  /** Milliseconds until the last recorded deletion is QUIET_MS old. */
  remainingMs(now?: number): number;
}

export function openTrash(folder: string): Trash {
  const stamp = join(folder, '..', `${folder.split(/[\\/]/).pop()}-emptied-at`);
  let count = 0;
  const lastDeletion = (): number | undefined => (existsSync(stamp) ? Number(readFileSync(stamp, 'utf8').trim()) : undefined);
  return {
    setAside(path) {
      if (!existsSync(path)) return;
      mkdirSync(folder, { recursive: true });
      renameSync(path, join(folder, `${Date.now()}-${process.pid}-${count++}`));
    },
    empty(also = []) {
      const paths = [...(existsSync(folder) ? [folder] : []), ...also.filter((p) => existsSync(p))];
      if (paths.length === 0) return 0;
      for (const path of paths) rmSync(path, { recursive: true, force: true });
      writeFileSync(stamp, `${Date.now()}\n`);
      return paths.length;
    },
    remainingMs: (now = Date.now()) => quietRemainingMs(lastDeletion(), now),
  };
}
