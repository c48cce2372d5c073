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
import type { RenderedArticle } from '../core/content/render-article.ts';
import { renderInThisThread, type ArticlePlan, type RenderArticleJobs } from '../core/site/compile-articles.ts';
import { runOnWorkers } from './worker-pool.ts';

/** Below this many renderings, workers cost more to start than they save. */
const MIN_JOBS_FOR_WORKERS = 300;
/** Jobs per message: small enough to balance the load, large enough to keep messages few. */
const BATCH = 48;

const WORKER_FILE = fileURLToPath(new URL('./render-worker.ts', import.meta.url));

/** The threads KB_RENDER_THREADS asks for (at most 64), or undefined when it is not set to a whole number of 1 or more. */
export function chosenThreads(env: Record<string, string | undefined> = process.env): number | undefined {
  const wanted = Number.parseInt(env.KB_RENDER_THREADS ?? '', 10);
  return Number.isInteger(wanted) && wanted >= 1 ? Math.min(wanted, 64) : undefined;
}

/**
 * How many threads render: KB_RENDER_THREADS when set (1 renders in this
 * thread), else one per core from `minJobs` jobs on.
 */
export function renderThreads(
  jobs: number,
  env: Record<string, string | undefined> = process.env,
  minJobs: number = MIN_JOBS_FOR_WORKERS,
): number {
  return chosenThreads(env) ?? (jobs < minJobs ? 1 : availableParallelism());
}

/** Renders `plan`'s jobs on `threads` worker threads, in batches; results in job order. */
export function renderInWorkers(threads: number): RenderArticleJobs {
  return async (plan) => {
    const batches: number[][] = [];
    for (let i = 0; i < plan.jobs.length; i += BATCH) {
      batches.push(Array.from({ length: Math.min(BATCH, plan.jobs.length - i) }, (_, k) => i + k));
    }
    const rendered = await runOnWorkers<ArticlePlan, number[], RenderedArticle[]>(WORKER_FILE, plan, batches, threads, {
      work: 'rendering the articles',
      worker: 'render',
    });
    return rendered.flat();
  };
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
