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

/** Splits jobs into `n` groups of about equal page counts (largest first). */
function balance(jobs: FlowStepJob[], n: number): FlowStepJob[][] {
  const groups = Array.from({ length: n }, () => ({ pages: 0, jobs: [] as FlowStepJob[] }));
  for (const job of [...jobs].sort((a, b) => b.pages.length - a.pages.length)) {
    const lightest = groups.reduce((min, g) => (g.pages < min.pages ? g : min));
    lightest.jobs.push(job);
    lightest.pages += job.pages.length;
  }
  return groups.map((g) => g.jobs).filter((g) => g.length > 0);
}

function writeInWorkers(groups: FlowStepJob[][], outDir: string, nonce: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let pending = groups.length;
    let total = 0;
    let failed = false;
    const workers: Worker[] = [];
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    for (const jobs of groups) {
      const worker = new Worker(WORKER_FILE);
      workers.push(worker);
      let answered = false;
      worker.once('message', (message: { written?: number; error?: string }) => {
        answered = true;
        if (message.error !== undefined || message.written === undefined) {
          fail(new Error(`writing the troubleshooter step pages failed: ${message.error ?? 'no result'}`));
          return;
        }
        total += message.written;
        void worker.terminate();
        if (--pending === 0 && !failed) resolve(total);
      });
      worker.on('error', (error: Error) => fail(new Error(`a step page worker stopped: ${error.message}`)));
      // Killed without an error event (out of memory, for one): never leave the build waiting.
      worker.on('exit', (code) => {
        if (!answered) fail(new Error(`a step page worker exited (code ${code}) before its pages were written`));
      });
      worker.postMessage({ jobs, outDir, nonce });
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
  const groups = balance(jobs, Math.min(threads, Math.max(1, jobs.length)));
  if (groups.length <= 1) {
    const written = jobs.reduce((sum, job) => sum + writeFlowStepPages(job, outDir, nonce), 0);
    return { pages: written, flows: jobs.length, threads: 1 };
  }
  return { pages: await writeInWorkers(groups, outDir, nonce), flows: jobs.length, threads: groups.length };
}
