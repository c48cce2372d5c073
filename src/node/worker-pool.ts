/**
 * Work spread over worker threads, used by the render pool (render-pool.ts)
 * and the step page writer (step-pages-writer.ts). Each worker gets `setup`
 * once, then a task whenever it has answered its last one, so the threads
 * finish together; answers come back in task order. An error a worker
 * reports or throws, or a worker that exits before the work is done (out
 * of memory, killed), fails the whole run and stops the others: a build
 * never waits forever, nor finishes with holes.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Options of every worker thread of a build. Uncapped, V8 lets a worker's
 * young generation grow as the main thread's does (the main thread's reaches
 * 134 MB in a build), and the pages stay resident. Capped at 32 MB, three
 * 1,000-article builds peaked at 910–960 MB instead of 1,010–1,080 MB, no slower.
 */
export const WORKER_OPTIONS: WorkerOptions = { resourceLimits: { maxYoungGenerationSizeMb: 32 } };

/** What the pool sends a worker: its setup once, then tasks. */
export type PoolMessage<S, T> = { setup: S } | { task: number; input: T };

/** What a worker posts back for a task. */
export type PoolAnswer<R> = { task: number; result: R } | { task: number; error: string };

/** How the pool's failures are worded: "<work> failed", "a <worker> worker stopped". */
export interface PoolNames {
  work: string;
  worker: string;
}

/** Runs `tasks` on up to `threads` workers of `file`; the results in task order. */
export function runOnWorkers<S, T, R>(file: string, setup: S, tasks: readonly T[], threads: number, names: PoolNames): Promise<R[]> {
  return new Promise((resolve, reject) => {
    const results: R[] = new Array(tasks.length);
    let next = 0;
    let done = 0;
    let failed = false;
    const workers: Worker[] = [];
    const finish = (error?: Error) => {
      if (failed) return;
      if (error) failed = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const send = (worker: Worker) => {
      if (next >= tasks.length) return;
      const task = next++;
      worker.postMessage({ task, input: tasks[task]! } satisfies PoolMessage<S, T>);
    };
    if (tasks.length === 0) return finish();
    for (let w = 0; w < Math.max(1, Math.min(threads, tasks.length)); w++) {
      const worker = new Worker(file, WORKER_OPTIONS);
      workers.push(worker);
      worker.on('message', (answer: PoolAnswer<R>) => {
        if ('error' in answer) return finish(new Error(`${names.work} failed: ${answer.error}`));
        results[answer.task] = answer.result;
        if (++done === tasks.length) finish();
        else send(worker);
      });
      worker.on('error', (error: Error) => finish(new Error(`a ${names.worker} worker stopped: ${error.message}`)));
      worker.on('exit', (code) => {
        if (done < tasks.length) finish(new Error(`a ${names.worker} worker exited (code ${code}) before ${names.work} was done`));
      });
      worker.postMessage({ setup } satisfies PoolMessage<S, T>);
      send(worker);
    }
  });
}
