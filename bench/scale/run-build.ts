/**
 * Runs one build as a child process under GNU time, for its wall time and
 * peak memory; keeps the end of its output for when it fails.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How one build went. */
export interface BuildOutcome {
  ok: boolean;
  wallMs: number;
  /** Peak resident memory of the largest process in KB; NaN without GNU time. */
  peakKb: number;
  /** The last lines of its output (stdout and stderr interleaved). */
  tail: string;
}

const GNU_TIME = '/usr/bin/time';
const TAIL_BYTES = 4000;

/** Whether peak memory can be measured here (Debian package `time`). */
export const canMeasureMemory = (): boolean => existsSync(GNU_TIME);

/** Runs `command args` in `cwd` with `env` added to this process's environment. */
export function runBuild(command: string, args: readonly string[], cwd: string, env: Record<string, string>): Promise<BuildOutcome> {
  const scratch = mkdtempSync(join(tmpdir(), 'kb-bench-time-'));
  const timeFile = join(scratch, 'peak');
  const measured = canMeasureMemory();
  const [file, argv] = measured ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, [...args]];
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-TAIL_BYTES);
  };
  const start = performance.now();
  return new Promise((done) => {
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const finish = (ok: boolean) => {
      const wallMs = performance.now() - start;
      let peakKb = Number.NaN;
      // GNU time writes "Command exited with non-zero status N" before the figure when the build fails.
      if (measured && existsSync(timeFile)) peakKb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
      rmSync(scratch, { recursive: true, force: true });
      done({ ok, wallMs, peakKb, tail: tail.split('\n').slice(-30).join('\n') });
    };
    child.on('error', (error) => {
      keep(Buffer.from(`\n${error.message}\n`));
      finish(false);
    });
    child.on('close', (code) => finish(code === 0));
  });
}
