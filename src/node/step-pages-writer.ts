/**
 * Writes every troubleshooter step page of a build from the shells Astro
 * renders (src/core/site/step-shell.ts): a step page differs from its flow's
 * first page only in a few slots, so filling a string is all a page costs.
 *
 * Astro renders the shells flow by flow, each in every locale, on one
 * thread. So each flow's pages, and its data files, are written as soon as
 * its shells in every locale are in (the middleware hands them over,
 * shell-sink.ts), on worker threads (step-pages-worker.ts) while Astro goes
 * on; the build then waits only for what is left. Small sites fill in this
 * thread at the end, where starting workers would cost more than it saves.
 * Each flow's first page is Astro's own, filled by the middleware.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '../core/locales.ts';
import { sameStep } from '../core/site/step-path.ts';
import { ShellError } from '../core/site/page-shell.ts';
import { chosenThreads } from './render-pool.ts';
import { shellNonce } from './shell-nonce.ts';
import { loadTroubleshooters, stepPageContext, type Troubleshooters } from './troubleshooters.ts';
import { openWorkerPool, type WorkerPool } from './worker-pool.ts';
import { writeFlowStepPages, type FlowStepJob, type StepPagesSetup } from './write-flow-step-pages.ts';

/** Below this many pages, starting workers costs more than it saves. */
const MIN_PAGES_FOR_WORKERS = 4000;
/**
 * Step pages per worker thread. A worker costs about 45 MB at a build's peak
 * (1,000-article builds: 949-965 MB with one, 980-1,021 MB with two, no
 * faster), and writing pages is mostly the kernel creating files, which a
 * second thread speeds up only when there are many.
 */
const PAGES_PER_WORKER = 10_000;

const WORKER_FILE = fileURLToPath(new URL('./step-pages-worker.ts', import.meta.url));

/** What a build's step pages came to. */
export interface StepPagesWritten {
  /** Every step page of the site, the flows' first pages (Astro's) included. */
  pages: number;
  flows: number;
  threads: number;
}

/** Takes the shells of one build and writes its step pages. */
export interface StepPagesWriter {
  /** A flow's shell in one locale, as Astro rendered it. */
  shell(locale: Locale, flowId: string, html: string): void;
  /** Waits for every page to be written; fails if a shell never came or a page could not be written. */
  finish(): Promise<StepPagesWritten>;
}

/** The job of one flow: its step pages but the first, in every locale. */
function flowJob(all: Troubleshooters, flowId: string, shells: ReadonlyMap<Locale, string>, site: string): FlowStepJob {
  const { steps } = all.flows.get(flowId)!;
  return {
    flowId,
    pages: steps.pages.filter((page) => !sameStep(page.key, steps.initial)),
    locales: LOCALES.map((locale) => ({ context: stepPageContext(all, flowId, locale, site), shell: shells.get(locale)! })),
  };
}

/**
 * How many worker threads write `pages` step pages of `flows` flows; 0: this
 * thread, at the end. KB_RENDER_THREADS sets them (1: this thread); else one
 * per PAGES_PER_WORKER pages, up to one per core, from MIN_PAGES_FOR_WORKERS on.
 */
export function stepPageWorkers(
  pages: number,
  flows: number,
  env: Record<string, string | undefined> = process.env,
  cores: number = availableParallelism(),
): number {
  const chosen = chosenThreads(env);
  if (chosen !== undefined) return chosen === 1 ? 0 : Math.min(chosen, flows);
  if (pages < MIN_PAGES_FOR_WORKERS || cores <= 1) return 0;
  return Math.min(cores, flows, Math.ceil(pages / PAGES_PER_WORKER));
}

/**
 * Opens the writer of a build into `outDir`. `site` is the site's address
 * (for flag links); KB_RENDER_THREADS sets the threads (1: this one).
 */
export async function openStepPagesWriter(
  outDir: string,
  site: string,
  env: Record<string, string | undefined> = process.env,
): Promise<StepPagesWriter> {
  const all = await loadTroubleshooters();
  const nonce = shellNonce();
  const pages = [...all.flows.values()].reduce((sum, { steps }) => sum + steps.pages.length * LOCALES.length, 0);
  const workers = stepPageWorkers(pages, all.flows.size, env);
  const threads = Math.max(workers, 1);
  const pool: WorkerPool<FlowStepJob, number> | undefined =
    workers > 0
      ? openWorkerPool<StepPagesSetup, FlowStepJob, number>(WORKER_FILE, { outDir, nonce }, threads, {
          work: 'writing the troubleshooter step pages',
          worker: 'step page',
        })
      : undefined;
  /** The shells of the flows still waiting for a locale; a flow's go once it is handed on. */
  const shells = new Map<string, Map<Locale, string>>();
  const handedOn = new Set<string>();
  const written: Array<Promise<number>> = [];
  const inThisThread: FlowStepJob[] = [];

  return {
    shell(locale, flowId, html) {
      if (!all.flows.has(flowId) || handedOn.has(flowId)) return;
      let flowShells = shells.get(flowId);
      if (!flowShells) shells.set(flowId, (flowShells = new Map()));
      flowShells.set(locale, html);
      if (flowShells.size < LOCALES.length) return;
      const job = flowJob(all, flowId, flowShells, site);
      shells.delete(flowId);
      handedOn.add(flowId);
      if (!pool) return void inThisThread.push(job);
      const answer = pool.run(job);
      answer.catch(() => undefined); // reported by finish()
      written.push(answer);
    },
    async finish() {
      try {
        for (const flowId of all.flows.keys()) {
          if (handedOn.has(flowId)) continue;
          const missing = LOCALES.filter((locale) => !shells.get(flowId)?.has(locale));
          if (missing.length > 0) throw new ShellError(`the step shell of ${flowId} was not rendered in ${missing.join(', ')}`);
        }
        const counts = await Promise.all(written);
        for (const job of inThisThread) counts.push(writeFlowStepPages(job, outDir, nonce));
        const firstPages = all.flows.size * LOCALES.length;
        return { pages: counts.reduce((a, b) => a + b, firstPages), flows: all.flows.size, threads };
      } finally {
        await pool?.close().catch(() => undefined);
      }
    },
  };
}
