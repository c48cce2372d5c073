/**
 * The commit of every line of a file, from `git blame --line-porcelain`:
 * flows keep all locales of a text in one file, so only lines can tell an
 * English change from a translation.
 */
import { execFileSync } from 'node:child_process';
import type { Revision } from '../core/translations/revision.ts';

const HEADER = /^([0-9a-f]{40}) \d+ (\d+)(?: \d+)?$/;
const UNCOMMITTED = /^0{40}$/;

/**
 * Parses `git blame --line-porcelain` output into one revision per line
 * (index = line - 1), undefined for lines not committed yet. `commits` (from
 * the log) adds each commit's rank and whether it left translations alone.
 */
export function parseBlame(output: string, commits: ReadonlyMap<string, Revision> = new Map()): Array<Revision | undefined> {
  const lines: Array<Revision | undefined> = [];
  let commit = '';
  let line = 0;
  let time = 0;
  for (const text of output.split('\n')) {
    const header = HEADER.exec(text);
    if (header) {
      commit = header[1]!;
      line = Number(header[2]);
      continue;
    }
    if (text.startsWith('committer-time ')) time = Number(text.slice('committer-time '.length));
    else if (text.startsWith('\t')) {
      lines[line - 1] = UNCOMMITTED.test(commit) ? undefined : (commits.get(commit) ?? { commit, time });
    }
  }
  return lines;
}

/**
 * The revision of every line of `file` (relative to `root`); undefined when
 * git cannot say. Whitespace-only changes do not count (`-w`): re-wrapping a
 * paragraph changes no meaning.
 */
export function readGitBlame(
  root: string,
  file: string,
  commits?: ReadonlyMap<string, Revision>,
): Array<Revision | undefined> | undefined {
  try {
    const output = execFileSync('git', ['blame', '-w', '--line-porcelain', '--', file], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
    return parseBlame(output, commits);
  } catch {
    return undefined;
  }
}
