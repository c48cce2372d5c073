/**
 * A version of a file or a line, as git history tells it, and the one rule
 * staleness needs: which of two versions is newer.
 */

/** A commit that last changed a file or a line. */
export interface Revision {
  /** The full commit hash. */
  commit: string;
  /** The commit time, in seconds since 1970 (UTC). */
  time: number;
  /**
   * The commit's place in history, higher is newer, when known: it orders
   * commits made in the same second, which times cannot.
   */
  rank?: number;
  /**
   * True when the commit says it needs no new translation (a trailer
   * `Translations: unchanged`): an English change in it makes nothing stale.
   */
  quiet?: boolean;
}

/** What git knows of a file. */
export type FileHistory =
  /** `latest` changed it last; `latestSource` is the newest commit that was not quiet, if any. */
  | { kind: 'committed'; latest: Revision; latestSource: Revision | undefined }
  /** The file has changes that are not committed (or is not in git yet). */
  | { kind: 'uncommitted' }
  /** No git, or no history for the file. */
  | { kind: 'unknown' };

/** Positive when `a` is newer than `b`, negative when older, 0 for the same commit or time. */
export function compareRevisions(a: Revision, b: Revision): number {
  if (a.commit === b.commit) return 0;
  if (a.rank !== undefined && b.rank !== undefined) return a.rank - b.rank;
  return a.time - b.time;
}

/** The newer of two revisions (`a` on a tie). */
export function newerRevision(a: Revision, b: Revision): Revision {
  return compareRevisions(b, a) > 0 ? b : a;
}

/** The commit date as YYYY-MM-DD (UTC), for messages. */
export function revisionDate(revision: Revision): string {
  return new Date(revision.time * 1000).toISOString().slice(0, 10);
}

/** The abbreviated hash writers type into `git show` or `git diff`. */
export function shortCommit(revision: Revision): string {
  return revision.commit.slice(0, 7);
}
