/**
 * A worker thread of the render pool (src/node/render-pool.ts): receives an
 * article plan once, then renders the batches of jobs it is sent and posts
 * the results back. Rendering never throws for bad Markdown (problems are
 * diagnostics); anything else is reported to the pool, which fails the build.
 */
import { parentPort } from 'node:worker_threads';
import type { RenderedArticle } from '../core/content/render-article.ts';
import { articleRenderer, type ArticlePlan } from '../core/site/compile-articles.ts';

type Message = { type: 'plan'; plan: ArticlePlan } | { type: 'render'; batch: number; jobs: number[] };

let plan: ArticlePlan | undefined;
let render: ReturnType<typeof articleRenderer> | undefined;

parentPort!.on('message', async (message: Message) => {
  if (message.type === 'plan') {
    plan = message.plan;
    render = articleRenderer(plan);
    return;
  }
  try {
    const results: RenderedArticle[] = [];
    for (const i of message.jobs) results.push(await render!(plan!.jobs[i]!));
    parentPort!.postMessage({ batch: message.batch, results });
  } catch (error) {
    parentPort!.postMessage({ batch: message.batch, error: error instanceof Error ? error.message : String(error) });
  }
});
