/**
 * When each content file last changed, from git history: one `git log` for
 * the whole content folder at the start of a build, never one per page.
 * Without git, or outside a repository, no file has a date.
 */
import { execFileSync } from 'node:child_process';

const RECORD = '\u001e';

/**
 * Parses `git log --format=%x1e%cI --name-only` output (newest commit first)
 * into the date of the newest commit that touched each path.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const record of output.split(RECORD)) {
    const [date, ...paths] = record.split('\n');
    if (!date?.trim()) continue;
    for (const path of paths) {
      const name = path.trim();
      if (name && !dates.has(name)) dates.set(name, date.trim());
    }
  }
  return dates;
}

/**
 * The last commit date (ISO 8601) of every file under `folder` of the
 * project at `root`, keyed by path relative to `root`; empty when git or
 * the history is unavailable.
 */
export function readGitDates(root: string, folder = 'content'): Map<string, string> {
  try {
    const output = execFileSync(
      'git',
      ['-c', 'core.quotePath=false', 'log', '--format=%x1e%cI', '--name-only', '--relative', '--no-renames', '--', folder],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 },
    );
    return parseGitLog(output);
  } catch {
    return new Map();
  }
}
