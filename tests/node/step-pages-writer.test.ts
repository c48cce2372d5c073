import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locales.ts';
import { sameStep, stepUrl } from '../../src/core/site/step-path.ts';
import { stepSlotTokens } from '../../src/core/site/step-shell.ts';
import { shellNonce } from '../../src/node/shell-nonce.ts';
import { openStepPagesWriter, stepPageWorkers } from '../../src/node/step-pages-writer.ts';
import { dataFor, loadTroubleshooters } from '../../src/node/troubleshooters.ts';
import { flowDataFile, pageFile } from '../../src/node/write-flow-step-pages.ts';

const SITE = 'https://help.example.com';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A shell as Astro renders one: the page with a token in each slot. */
function shell(locale: string, flowId: string): string {
  const t = stepSlotTokens(shellNonce());
  return `<html lang="${locale}"><main data-flow="${flowId}" data-step="${t.step}" data-path="${t.path}">${t.body}</main></html>`;
}

async function writeAll(threads: string, skip?: { locale: string; flowId: string }) {
  const outDir = mkdtempSync(join(tmpdir(), 'kb-step-pages-'));
  dirs.push(outDir);
  const all = await loadTroubleshooters();
  const writer = await openStepPagesWriter(outDir, SITE, { KB_RENDER_THREADS: threads });
  for (const locale of LOCALES) {
    for (const flowId of all.flows.keys()) {
      if (skip?.locale !== locale || skip.flowId !== flowId) writer.shell(locale, flowId, shell(locale, flowId));
    }
  }
  return { outDir, all, finished: writer.finish() };
}

describe('the step pages of a build', () => {
  it.each(['1', '2'])('fills every step page but the first from its shell, in every locale (%s thread(s))', async (threads) => {
    const { outDir, all, finished } = await writeAll(threads);
    const written = await finished;
    const [flowId, { steps }] = [...all.flows][0]!;
    expect(written.flows).toBe(all.flows.size);
    expect(written.pages).toBe([...all.flows.values()].reduce((sum, t) => sum + t.steps.pages.length * LOCALES.length, 0));
    for (const locale of LOCALES) {
      for (const page of steps.pages) {
        const file = pageFile(outDir, stepUrl(locale, flowId, page.key, steps.initial));
        // The first page is Astro's own (filled by the middleware); every other one is written here.
        if (sameStep(page.key, steps.initial)) {
          expect(existsSync(file)).toBe(false);
          continue;
        }
        const html = readFileSync(file, 'utf8');
        expect(html).toContain(`<html lang="${locale}"><main data-flow="${flowId}" data-step="`);
        expect(html).not.toContain('kbslot');
      }
    }
    // Every flow's data, in every locale, as the route serves it in `astro dev`.
    for (const id of all.flows.keys()) {
      for (const locale of LOCALES) expect(readFileSync(flowDataFile(outDir, locale, id), 'utf8')).toBe(JSON.stringify(dataFor(all, id, locale)));
    }
  });

  it('fails the build, naming the flow and locale, when a shell never came', async () => {
    const all = await loadTroubleshooters();
    const flowId = [...all.flows.keys()][1]!;
    const { finished } = await writeAll('2', { locale: 'lt', flowId });
    await expect(finished).rejects.toThrow(`the step shell of ${flowId} was not rendered in lt`);
  });
});

describe('how many threads write the step pages', () => {
  it('writes a small site in this thread, and a large one on a worker per 10,000 pages, up to one per core', () => {
    expect(stepPageWorkers(3_999, 30, {}, 2)).toBe(0);
    expect(stepPageWorkers(7_068, 30, {}, 2)).toBe(1);
    expect(stepPageWorkers(21_186, 90, {}, 2)).toBe(2);
    expect(stepPageWorkers(21_186, 90, {}, 8)).toBe(3);
    expect(stepPageWorkers(72_846, 300, {}, 2)).toBe(2);
    expect(stepPageWorkers(72_846, 1, {}, 2)).toBe(1);
    expect(stepPageWorkers(72_846, 300, {}, 1)).toBe(0);
  });

  it('KB_RENDER_THREADS decides when set: 1 writes in this thread', () => {
    expect(stepPageWorkers(72_846, 300, { KB_RENDER_THREADS: '1' }, 2)).toBe(0);
    expect(stepPageWorkers(948, 4, { KB_RENDER_THREADS: '2' }, 2)).toBe(2);
    expect(stepPageWorkers(948, 1, { KB_RENDER_THREADS: '3' }, 2)).toBe(1);
  });
});
