/**
 * One flow's step pages filled from its shells and written to disk, with
 * the flow's data files: the work step-pages-writer.ts does in this thread
 * for small sites and in worker threads (step-pages-worker.ts) for large ones.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stepPageValues, stepWalker, type StepPageContext } from '../core/site/step-page-values.ts';
import type { StepPage } from '../core/site/step-pages.ts';
import { flowDataUrl, stepUrl } from '../core/site/step-path.ts';
import type { Locale } from '../core/locales.ts';
import { fillStepShell, parseStepShell } from '../core/site/step-shell.ts';

/** One flow's pages in every locale: what a worker is sent. */
export interface FlowStepJob {
  flowId: string;
  pages: StepPage[];
  /** Per locale: the flow's context and its shell's HTML. */
  locales: Array<{ context: StepPageContext; shell: string }>;
}

/** What every step page worker is given once: where to write, and the build's slot nonce. */
export interface StepPagesSetup {
  outDir: string;
  nonce: string;
}

/** The file of a page URL in a build with `build.format: 'directory'` (static servers decode the path). */
export function pageFile(outDir: string, url: string): string {
  return join(outDir, ...url.split('/').filter((s) => s !== '').map(decodeURIComponent), 'index.html');
}

/** The file of a flow's data in a build: <outDir>/<locale>/troubleshoot/<flow>.json. */
export const flowDataFile = (outDir: string, locale: Locale, flowId: string): string => join(outDir, ...flowDataUrl(locale, flowId).split('/'));

/**
 * Fills and writes one flow's step pages in every locale, and the flow's
 * data in every locale (what the island loads, the same JSON the route
 * serves in `astro dev`); returns how many pages were written.
 */
export function writeFlowStepPages(job: FlowStepJob, outDir: string, nonce: string): number {
  const shells = job.locales.map(({ context, shell }) => ({
    context,
    shell: parseStepShell(shell, nonce, `${context.locale}/${job.flowId}`),
  }));
  const made = new Set<string>();
  for (const { context } of job.locales) {
    const file = flowDataFile(outDir, context.locale, job.flowId);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(context.data));
  }
  const walkTo = stepWalker(shells[0]!.context.data.flow);
  let written = 0;
  for (const page of job.pages) {
    const walk = walkTo(page);
    for (const { context, shell } of shells) {
      const file = pageFile(outDir, stepUrl(context.locale, job.flowId, page.key, context.data.initial));
      const dir = dirname(file);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(file, fillStepShell(shell, stepPageValues(context, page, walk)));
      written++;
    }
  }
  return written;
}
