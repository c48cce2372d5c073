import { describe, expect, it } from 'vitest';
import { parseBlame } from '../../src/node/git-blame.ts';
import { fileHistory, parseGitStatus, parseHistoryLog } from '../../src/node/git-history.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

describe('parseHistoryLog', () => {
  // Newest first, as git log prints it.
  const log = [
    `\u001e${C}\u001f300\u001funchanged\n\ncontent/en/x.md\n`,
    `\u001e${B}\u001f200\u001f\n\ncontent/en/x.md\ncontent/da/x.md\n`,
    `\u001e${A}\u001f100\u001f\n\ncontent/en/x.md\ncontent/da/x.md\nflows/f.yaml\n`,
  ].join('');

  it('gives each file its newest commit, its newest commit that matters to translations, and its commit count', () => {
    const { files, commits } = parseHistoryLog(log);
    expect(files.get('content/en/x.md')).toEqual({
      latest: { commit: C, time: 300, rank: 3, quiet: true },
      latestSource: { commit: B, time: 200, rank: 2 },
      count: 3,
    });
    expect(files.get('flows/f.yaml')).toEqual({ latest: { commit: A, time: 100, rank: 1 }, latestSource: { commit: A, time: 100, rank: 1 }, count: 1 });
    expect(commits.size).toBe(3);
  });

  it('reads an empty log as no history', () => {
    expect(parseHistoryLog('').files.size).toBe(0);
  });
});

describe('parseGitStatus', () => {
  it('lists changed and untracked files relative to the project, skipping the old names of renames', () => {
    const output = [' M kb/content/en/x.md', '?? kb/flows/new.yaml', 'R  kb/content/da/y.md', 'kb/content/da/old.md', ' M other/file.md', ''].join('\0');
    expect([...parseGitStatus(output, 'kb/')]).toEqual(['content/en/x.md', 'flows/new.yaml', 'content/da/y.md']);
  });
});

describe('fileHistory', () => {
  it('says a file with uncommitted changes cannot be dated', () => {
    const history = { ...parseHistoryLog(`\u001e${A}\u001f100\u001f\n\ncontent/en/x.md\n`), uncommitted: new Set(['content/en/x.md']), shallow: false };
    expect(fileHistory(history, 'content/en/x.md')).toEqual({ kind: 'uncommitted' });
    expect(fileHistory(history, 'content/da/x.md')).toEqual({ kind: 'unknown' });
    expect(fileHistory(undefined, 'content/en/x.md')).toEqual({ kind: 'unknown' });
  });
});

describe('parseBlame', () => {
  it('gives every line its commit, and none to lines not committed yet', () => {
    const zero = '0'.repeat(40);
    const output = [
      `${A} 1 1 1`,
      'author Writer',
      'committer-time 100',
      '\tid: wifi',
      `${zero} 2 2 1`,
      'author Not Committed Yet',
      'committer-time 999',
      '\ttitle:',
      `${B} 3 3`,
      'committer-time 200',
      '\t  en: Slow',
      '',
    ].join('\n');
    const commits = new Map([[B, { commit: B, time: 200, rank: 7 }]]);
    expect(parseBlame(output, commits)).toEqual([{ commit: A, time: 100 }, undefined, { commit: B, time: 200, rank: 7 }]);
  });
});
