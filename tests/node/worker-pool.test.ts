import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runOnWorkers } from '../../src/node/worker-pool.ts';

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
