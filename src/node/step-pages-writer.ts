/**
 * Writes every troubleshooter step page of a build from the shells Astro
 * rendered (src/core/site/step-shell.ts): a step page differs from its
 * flow's first page only in a few slots, so filling a string is all a page
 * costs. Large sites fill on every core (step-pages-worker.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '../core/locales.ts';
import { renderThreads } from './render-pool.ts';
import { stepShellNonce } from './step-shell-nonce.ts';
import { loadTroubleshooters, stepPageContext } from './troubleshooters.ts';
import { runOnWorkers } from './worker-pool.ts';
import { writeFlowStepPages, type FlowStepJob, type StepPagesSetup } from './write-flow-step-pages.ts';

/** Below this many pages, starting workers costs more than it saves. */
const MIN_PAGES_FOR_WORKERS = 4000;

/** The shell Astro rendered at a flow's first page, in `locale`. */
const shellFile = (outDir: string, locale: Locale, flowId: string) => join(outDir, locale, 'troubleshoot', flowId, 'index.html');

const WORKER_FILE = fileURLToPath(new URL('./step-pages-worker.ts', import.meta.url));

/** What writeStepPages did. */
export interface StepPagesWritten {
  pages: number;
  flows: number;
  threads: number;
}

/**
 * Fills every step page of every troubleshooter into `outDir`, over the
 * shells the build left at each flow's first page. `site` is the site's
 * address (for flag links); KB_RENDER_THREADS sets the threads (1: this one).
 */
export async function writeStepPages(
  outDir: string,
  site: string,
  env: Record<string, string | undefined> = process.env,
): Promise<StepPagesWritten> {
  const all = await loadTroubleshooters();
  const nonce = stepShellNonce();
  const jobs: FlowStepJob[] = [...all.flows].map(([flowId, { steps }]) => ({
    flowId,
    pages: steps.pages,
    locales: LOCALES.map((locale) => ({
      context: stepPageContext(all, flowId, locale, site),
      shell: readFileSync(shellFile(outDir, locale, flowId), 'utf8'),
    })),
  }));
  const pages = jobs.reduce((sum, job) => sum + job.pages.length * job.locales.length, 0);
  const threads = renderThreads(pages, env, MIN_PAGES_FOR_WORKERS);
  if (threads <= 1 || jobs.length <= 1) {
    const written = jobs.reduce((sum, job) => sum + writeFlowStepPages(job, outDir, nonce), 0);
    return { pages: written, flows: jobs.length, threads: 1 };
  }
  // One flow at a time, the largest first: the threads finish together, and each holds one flow's data.
  const queue = [...jobs].sort((a, b) => b.pages.length - a.pages.length);
  const written = await runOnWorkers<StepPagesSetup, FlowStepJob, number>(WORKER_FILE, { outDir, nonce }, queue, threads, {
    work: 'writing the troubleshooter step pages',
    worker: 'step page',
  });
  return { pages: written.reduce((a, b) => a + b, 0), flows: jobs.length, threads: Math.min(threads, jobs.length) };
}
