import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseGitLog, readGitDates } from '../../src/node/git-dates.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-git-dates-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('parseGitLog', () => {
  test('takes the newest commit of each file', () => {
    const log = [
      '\u001e2025-03-02T09:00:00+01:00',
      '',
      'content/en/a.md',
      '\u001e2025-03-01T09:00:00+01:00',
      '',
      'content/en/a.md',
      'content/da/b.md',
      '',
    ].join('\n');
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['content/en/a.md', '2025-03-02T09:00:00+01:00'],
        ['content/da/b.md', '2025-03-01T09:00:00+01:00'],
      ]),
    );
  });
});

describe('readGitDates', () => {
  test('has no dates outside a git repository, and does not throw', () => {
    expect(readGitDates(tempDir())).toEqual(new Map());
  });

  test('reads the last commit date of each content file in one pass', () => {
    const root = tempDir();
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: root,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'T',
          GIT_AUTHOR_EMAIL: 't@example.invalid',
          GIT_COMMITTER_NAME: 'T',
          GIT_COMMITTER_EMAIL: 't@example.invalid',
          GIT_COMMITTER_DATE: '2025-03-01T10:00:00Z',
        },
      });
    git('init', '-q');
    mkdirSync(join(root, 'content/en/internet'), { recursive: true });
    writeFileSync(join(root, 'content/en/internet/ä.md'), 'x');
    writeFileSync(join(root, 'README.md'), 'x');
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    expect(readGitDates(root)).toEqual(new Map([['content/en/internet/ä.md', '2025-03-01T10:00:00+00:00']]));
  });
});
