/**
 * Work spread over worker threads, used by the render pool (render-pool.ts)
 * and the step page writer (step-pages-writer.ts). Each worker gets `setup`
 * once, then a task whenever it has answered its last one, so the threads
 * finish together; answers come back in task order. Tasks may also come
 * while the work goes on (openWorkerPool). An error a worker
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

/**
 * A pool of worker threads that takes tasks as they come: `run` queues one
 * and resolves with its answer, `close` waits for every task queued and stops
 * the threads. The workers start at once and get `setup` first. The first
 * failure rejects every task not yet answered (and any queued later) and
 * stops the threads.
 */
export interface WorkerPool<T, R> {
  run(task: T): Promise<R>;
  close(): Promise<void>;
}

/** Opens a pool of `threads` workers of `file` (at least one). */
export function openWorkerPool<S, T, R>(file: string, setup: S, threads: number, names: PoolNames): WorkerPool<T, R> {
  const queue: Array<{ task: number; input: T }> = [];
  const waiting = new Map<number, { resolve: (result: R) => void; reject: (error: Error) => void }>();
  const idle: Worker[] = [];
  const workers: Worker[] = [];
  let nextTask = 0;
  let failure: Error | undefined;
  let closing = false;
  /** Called when the last task queued is answered, or the pool fails. */
  let drained: (() => void) | undefined;

  const stop = () => {
    for (const worker of workers) void worker.terminate();
  };
  const fail = (error: Error) => {
    if (failure) return;
    failure = error;
    stop();
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    drained?.();
  };
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      idle.pop()!.postMessage(queue.shift()! satisfies PoolMessage<S, T>);
    }
  };

  for (let w = 0; w < Math.max(1, threads); w++) {
    const worker = new Worker(file, WORKER_OPTIONS);
    workers.push(worker);
    worker.on('message', (answer: PoolAnswer<R>) => {
      if ('error' in answer) return fail(new Error(`${names.work} failed: ${answer.error}`));
      waiting.get(answer.task)?.resolve(answer.result);
      waiting.delete(answer.task);
      idle.push(worker);
      dispatch();
      if (waiting.size === 0) drained?.();
    });
    worker.on('error', (error: Error) => fail(new Error(`a ${names.worker} worker stopped: ${error.message}`)));
    worker.on('exit', (code) => {
      // Only close() stops workers, once nothing waits: any other exit is a failure.
      if (!closing || waiting.size > 0) fail(new Error(`a ${names.worker} worker exited (code ${code}) before ${names.work} was done`));
    });
    worker.postMessage({ setup } satisfies PoolMessage<S, T>);
    idle.push(worker);
  }

  return {
    run(input) {
      if (failure) return Promise.reject(failure);
      if (closing) return Promise.reject(new Error(`${names.work}: the pool is closed`));
      const task = nextTask++;
      const answer = new Promise<R>((resolve, reject) => waiting.set(task, { resolve, reject }));
      queue.push({ task, input });
      dispatch();
      return answer;
    },
    async close() {
      closing = true;
      if (waiting.size > 0 && !failure) await new Promise<void>((resolve) => (drained = resolve));
      stop();
      if (failure) throw failure;
    },
  };
}

/** Runs `tasks` on up to `threads` workers of `file`; the results in task order. */
export async function runOnWorkers<S, T, R>(file: string, setup: S, tasks: readonly T[], threads: number, names: PoolNames): Promise<R[]> {
  if (tasks.length === 0) return [];
  const pool = openWorkerPool<S, T, R>(file, setup, Math.min(threads, tasks.length), names);
  try {
    return await Promise.all(tasks.map((task) => pool.run(task)));
  } finally {
    await pool.close().catch(() => undefined);
  }
}
