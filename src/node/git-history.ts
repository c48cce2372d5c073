/**
 * What git knows of the content and flow files, for translation staleness:
 * one `git log` for every file (never one per file), plus which files have
 * uncommitted changes and whether the clone is shallow.
 */
import { execFileSync } from 'node:child_process';
import type { FileHistory, Revision } from '../core/translations/revision.ts';

const RECORD = '\u001e';
const FIELD = '\u001f';

/** The commits of one file, newest first, reduced to what staleness needs. */
export interface FileCommits {
  /** The newest commit that changed the file. */
  latest: Revision;
  /** The newest commit that changed it and did not say `Translations: unchanged`. */
  latestSource?: Revision;
  /** How many commits changed it. */
  count: number;
}

/** The history of a project's content. */
export interface GitHistory {
  /** By path relative to the project root, with forward slashes. */
  files: Map<string, FileCommits>;
  /** Every commit of the log, by full hash. */
  commits: Map<string, Revision>;
  /** Paths (relative to the project root) with changes not committed yet, untracked files included. */
  uncommitted: Set<string>;
  /** True in a shallow clone, whose oldest commit seems to add every file. */
  shallow: boolean;
}

/** The history, or why there is none. */
export type GitHistoryResult = { ok: true; history: GitHistory } | { ok: false; reason: string };

/** The `git log` format `parseHistoryLog` reads. */
export const HISTORY_LOG_FORMAT = '%x1e%H%x1f%ct%x1f%(trailers:key=Translations,valueonly,separator=%x2C)';

/**
 * Parses `git log --format=HISTORY_LOG_FORMAT --name-only` output (newest
 * commit first) into the commits of each path.
 */
export function parseHistoryLog(output: string): Pick<GitHistory, 'files' | 'commits'> {
  const records = output.split(RECORD).filter((record) => record.trim() !== '');
  const files = new Map<string, FileCommits>();
  const commits = new Map<string, Revision>();
  records.forEach((record, index) => {
    const [head = '', ...paths] = record.split('\n');
    const [commit = '', time = '0', trailer = ''] = head.split(FIELD);
    const quiet = trailer.split(',').some((value) => value.trim().toLowerCase() === 'unchanged');
    const revision: Revision = { commit, time: Number(time), rank: records.length - index, ...(quiet ? { quiet } : {}) };
    commits.set(commit, revision);
    for (const path of paths) {
      const name = path.trim();
      if (!name) continue;
      const known = files.get(name);
      if (!known) files.set(name, { latest: revision, ...(quiet ? {} : { latestSource: revision }), count: 1 });
      else {
        known.count++;
        if (!known.latestSource && !quiet) known.latestSource = revision;
      }
    }
  });
  return { files, commits };
}

/**
 * Parses `git status --porcelain=v1 -z` output into paths relative to the
 * project root; `prefix` is the root's path inside the repository
 * (`git rev-parse --show-prefix`), since status paths start at the top.
 */
export function parseGitStatus(output: string, prefix: string): Set<string> {
  const paths = new Set<string>();
  const entries = output.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length < 4) continue;
    const status = entry.slice(0, 2);
    const path = entry.slice(3);
    if (path.startsWith(prefix)) paths.add(path.slice(prefix.length));
    // A rename or copy names the original next; it is not a file of the working tree.
    if (status.includes('R') || status.includes('C')) i++;
  }
  return paths;
}

function git(root: string, args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** Why git gave no history, in words for a note. */
function reasonOf(error: unknown): string {
  const e = error as { code?: string; stderr?: string };
  if (e.code === 'ENOENT') return 'git is not installed';
  const stderr = String(e.stderr ?? '');
  if (/not a git repository/i.test(stderr)) return 'the project is not in a git repository';
  if (/does not have any commits|bad default revision|unknown revision/i.test(stderr)) return 'the repository has no commits yet';
  return `git failed: ${stderr.trim().split('\n')[0] || 'no output'}`;
}

/** The history of `folders` of the project at `root`. Never throws. */
export function readGitHistory(root: string, folders: readonly string[] = ['content', 'flows']): GitHistoryResult {
  try {
    const [shallow = 'false', prefix = ''] = git(root, ['rev-parse', '--is-shallow-repository', '--show-prefix']).split('\n');
    const log = git(root, ['log', `--format=${HISTORY_LOG_FORMAT}`, '--name-only', '--relative', '--no-renames', '--', ...folders]);
    const status = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...folders]);
    return {
      ok: true,
      history: { ...parseHistoryLog(log), uncommitted: parseGitStatus(status, prefix.trim()), shallow: shallow.trim() === 'true' },
    };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

/** What the history says of one file, for the translation matrix. */
export function fileHistory(history: GitHistory | undefined, file: string): FileHistory {
  if (!history) return { kind: 'unknown' };
  if (history.uncommitted.has(file)) return { kind: 'uncommitted' };
  const commits = history.files.get(file);
  if (!commits) return { kind: 'unknown' };
  return { kind: 'committed', latest: commits.latest, latestSource: commits.latestSource };
}
