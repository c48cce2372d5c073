/**
 * A worker thread of the render pool (src/node/render-pool.ts, over
 * worker-pool.ts): receives an article plan once, then renders the batches
 * of jobs it is sent and posts the results back. Rendering never throws for bad Markdown (problems are
 * diagnostics); anything else is reported to the pool, which fails the build.
 */
import { parentPort } from 'node:worker_threads';
import type { RenderedArticle } from '../core/content/render-article.ts';
import { articleRenderer, type ArticlePlan } from '../core/site/compile-articles.ts';
import type { PoolAnswer, PoolMessage } from './worker-pool.ts';

let plan: ArticlePlan | undefined;
let render: ReturnType<typeof articleRenderer> | undefined;

parentPort!.on('message', async (message: PoolMessage<ArticlePlan, number[]>) => {
  if ('setup' in message) {
    plan = message.setup;
    render = articleRenderer(plan);
    return;
  }
  try {
    const result: RenderedArticle[] = [];
    for (const i of message.input) result.push(await render!(plan!.jobs[i]!));
    parentPort!.postMessage({ task: message.task, result } satisfies PoolAnswer<RenderedArticle[]>);
  } catch (error) {
    parentPort!.postMessage({ task: message.task, error: error instanceof Error ? error.message : String(error) } satisfies PoolAnswer<RenderedArticle[]>);
  }
});
