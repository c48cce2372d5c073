/**
 * Renders the articles of a build on every core: Astro renders pages on one
 * thread, and remark is the largest part of a large knowledge base's build,
 * so the article loader hands the Markdown to worker threads and gives Astro
 * the finished HTML. Small knowledge bases render in this thread, where
 * starting workers would cost more than it saves.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RenderedArticle } from '../core/content/render-article.ts';
import { renderInThisThread, type ArticlePlan, type RenderArticleJobs } from '../core/site/compile-articles.ts';

/** Below this many renderings, workers cost more to start than they save. */
const MIN_JOBS_FOR_WORKERS = 300;
/** Jobs per message: small enough to balance the load, large enough to keep messages few. */
const BATCH = 48;

const WORKER_FILE = fileURLToPath(new URL('./render-worker.ts', import.meta.url));

/**
 * How many threads render: KB_RENDER_THREADS when set (1 renders in this
 * thread), else one per core from `minJobs` jobs on.
 */
export function renderThreads(
  jobs: number,
  env: Record<string, string | undefined> = process.env,
  minJobs: number = MIN_JOBS_FOR_WORKERS,
): number {
  const wanted = Number.parseInt(env.KB_RENDER_THREADS ?? '', 10);
  if (Number.isInteger(wanted) && wanted >= 1) return Math.min(wanted, 64);
  return jobs < minJobs ? 1 : availableParallelism();
}

/** Renders `plan`'s jobs on `threads` worker threads; results in job order. */
export function renderInWorkers(threads: number): RenderArticleJobs {
  return (plan) =>
    new Promise<RenderedArticle[]>((resolve, reject) => {
      const results: RenderedArticle[] = new Array(plan.jobs.length);
      const batches: number[][] = [];
      for (let i = 0; i < plan.jobs.length; i += BATCH) {
        batches.push(Array.from({ length: Math.min(BATCH, plan.jobs.length - i) }, (_, k) => i + k));
      }
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
        if (next < batches.length) worker.postMessage({ type: 'render', batch: next, jobs: batches[next++] });
      };
      const count = Math.max(1, Math.min(threads, batches.length));
      for (let w = 0; w < count; w++) {
        const worker = new Worker(WORKER_FILE);
        workers.push(worker);
        worker.on('message', (message: { batch: number; results?: RenderedArticle[]; error?: string }) => {
          if (message.error !== undefined || !message.results) {
            finish(new Error(`rendering the articles failed: ${message.error ?? 'no result'}`));
            return;
          }
          batches[message.batch]!.forEach((job, k) => (results[job] = message.results![k]!));
          if (++done === batches.length) finish();
          else send(worker);
        });
        worker.on('error', (error: Error) => finish(new Error(`a render worker stopped: ${error.message}`)));
        // Killed without an error event (out of memory, for one): never leave the build waiting.
        worker.on('exit', (code) => {
          if (done < batches.length) finish(new Error(`a render worker exited (code ${code}) before the articles were rendered`));
        });
        worker.postMessage({ type: 'plan', plan });
        send(worker);
      }
      if (batches.length === 0) finish();
    });
}

/**
 * Renders on as many threads as pay off (see `renderThreads`); in this
 * thread when the worker script is not on disk (a bundled copy of this module).
 */
export const renderOnEveryCore: RenderArticleJobs = (plan: ArticlePlan) => {
  const threads = renderThreads(plan.jobs.length);
  if (threads <= 1 || !existsSync(WORKER_FILE)) return renderInThisThread(plan);
  return renderInWorkers(threads)(plan);
};
