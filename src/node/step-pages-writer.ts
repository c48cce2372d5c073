/**
 * Writes every troubleshooter step page of a build from the shells Astro
 * rendered (src/core/site/step-shell.ts): a step page differs from its
 * flow's first page only in a few slots, so filling a string is all a page
 * costs. Large sites fill on every core (step-pages-worker.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LOCALES, type Locale } from '../core/locales.ts';
import { renderThreads } from './render-pool.ts';
import { stepShellNonce } from './step-shell-nonce.ts';
import { loadTroubleshooters, stepPageContext } from './troubleshooters.ts';
import { writeFlowStepPages, type FlowStepJob } from './write-flow-step-pages.ts';

/** Below this many pages, starting workers costs more than it saves. */
const MIN_PAGES_FOR_WORKERS = 4000;

/** The shell Astro rendered at a flow's first page, in `locale`. */
const shellFile = (outDir: string, locale: Locale, flowId: string) => join(outDir, locale, 'troubleshoot', flowId, 'index.html');

const WORKER_FILE = fileURLToPath(new URL('./step-pages-worker.ts', import.meta.url));

/**
 * Writes the jobs on `threads` workers, one flow at a time and the largest
 * first, so the threads finish together and each holds one flow's data.
 */
function writeInWorkers(jobs: FlowStepJob[], threads: number, outDir: string, nonce: string): Promise<number> {
  const queue = [...jobs].sort((a, b) => b.pages.length - a.pages.length);
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    let total = 0;
    let failed = false;
    const workers: Worker[] = [];
    const finish = (error?: Error) => {
      if (failed) return;
      if (error) failed = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(total);
    };
    const send = (worker: Worker) => {
      if (next < queue.length) worker.postMessage({ job: queue[next++], outDir, nonce });
    };
    for (let w = 0; w < Math.min(threads, queue.length); w++) {
      const worker = new Worker(WORKER_FILE);
      workers.push(worker);
      worker.on('message', (message: { written?: number; error?: string }) => {
        if (message.error !== undefined || message.written === undefined) {
          finish(new Error(`writing the troubleshooter step pages failed: ${message.error ?? 'no result'}`));
          return;
        }
        total += message.written;
        if (++done === queue.length) finish();
        else send(worker);
      });
      worker.on('error', (error: Error) => finish(new Error(`a step page worker stopped: ${error.message}`)));
      // Killed without an error event (out of memory, for one): never leave the build waiting.
      worker.on('exit', (code) => {
        if (done < queue.length) finish(new Error(`a step page worker exited (code ${code}) before the step pages were written`));
      });
      send(worker);
    }
  });
}

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
  const used = Math.min(threads, jobs.length);
  return { pages: await writeInWorkers(jobs, used, outDir, nonce), flows: jobs.length, threads: used };
}
