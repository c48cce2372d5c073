import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the totals as a plain `N passed, N failed` line: CI reads that line,
 * not vitest's own summary. Skipped tests are counted separately so that a
 * skip can never pass for a success.
 */
export default class PlainTotalsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      let failedHere = 0;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++;
      }
      // A file that failed to load, or whose setup failed (its tests then show as skipped), must still count as a
      // failure: the browser tests' files all fail in their setup when Chromium is missing.
      failed += mod.state() === 'failed' ? Math.max(failedHere, 1) : failedHere;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
