import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openWorkerPool, runOnWorkers } from '../../src/node/worker-pool.ts';

const WORKER = fileURLToPath(new URL('../fixtures/workers/echo-worker.ts', import.meta.url));
const names = { work: 'echoing the words', worker: 'test' };

describe('work on worker threads', () => {
  it('gives every task to a worker after its setup, and the answers in task order', async () => {
    const words = ['a', 'b', 'c', 'd', 'e'];
    expect(await runOnWorkers(WORKER, '> ', words, 2, names)).toEqual(['> A', '> B', '> C', '> D', '> E']);
  });

  it('fails the run when a worker reports an error, naming the work', async () => {
    await expect(runOnWorkers(WORKER, '', ['a', 'fail', 'c'], 2, names)).rejects.toThrow('echoing the words failed: this task cannot be done');
  });

  it('fails the run instead of waiting when a worker exits before the work is done', async () => {
    await expect(runOnWorkers(WORKER, '', ['a', 'exit', 'c'], 2, names)).rejects.toThrow(
      'a test worker exited (code 3) before echoing the words was done',
    );
  });

  it('has nothing to do for no tasks', async () => {
    expect(await runOnWorkers(WORKER, '', [], 2, names)).toEqual([]);
  });
});

describe('a pool that takes tasks as they come', () => {
  it('answers tasks queued over time, and closes once every one is answered', async () => {
    const pool = openWorkerPool<string, string, string>(WORKER, '# ', 2, names);
    const first = pool.run('a');
    expect(await first).toBe('# A');
    const later = ['b', 'c', 'd'].map((word) => pool.run(word));
    await pool.close();
    expect(await Promise.all(later)).toEqual(['# B', '# C', '# D']);
    await expect(pool.run('e')).rejects.toThrow('the pool is closed');
  });

  it('rejects the failed task, every task after it, and close', async () => {
    const pool = openWorkerPool<string, string, string>(WORKER, '', 1, names);
    const failed = pool.run('fail');
    const queued = pool.run('b');
    await expect(failed).rejects.toThrow('echoing the words failed: this task cannot be done');
    await expect(queued).rejects.toThrow('this task cannot be done');
    await expect(pool.run('c')).rejects.toThrow('this task cannot be done');
    await expect(pool.close()).rejects.toThrow('this task cannot be done');
  });

  it('fails close instead of waiting forever when a worker exits while close waits for it', async () => {
    const pool = openWorkerPool<string, string, string>(WORKER, '', 1, names);
    const exiting = pool.run('exit');
    exiting.catch(() => undefined);
    await expect(pool.close()).rejects.toThrow('a test worker exited (code 3) before echoing the words was done');
    await expect(exiting).rejects.toThrow('exited (code 3)');
  });
});
