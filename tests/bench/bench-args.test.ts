import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(root, script), ...args], { cwd: root, encoding: 'utf8' });

describe('the bench scripts\' options', () => {
  it('print the usage for --help and exit 0', () => {
    const result = run('bench/corpus/bench-corpus.ts', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('usage: npm run bench:corpus -- [--articles 10000] [--flows 300] [--seed 1] [--out DIR]\n');
  });

  it('name a mistyped or incomplete option with the usage, exit 2 and print no stack trace', () => {
    for (const [script, args, message] of [
      ['bench/corpus/bench-corpus.ts', ['--artcles', '5'], "error: Unknown option '--artcles'"],
      ['bench/scale/bench-scale.ts', ['--runs'], "error: Option '--runs <value>' argument missing"],
      ['bench/search/bench-search.ts', ['--queries=5', '--fast'], "error: Unknown option '--fast'"],
    ] as const) {
      const result = run(script, ...args);
      expect(result.status, script).toBe(2);
      expect(result.stderr.split('\n')[0], script).toBe(message);
      expect(result.stderr, script).toMatch(/^usage: /m);
      expect(result.stderr, script).not.toMatch(/^\s+at /m);
    }
  });
});
