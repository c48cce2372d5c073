import type { TestModule } from 'vitest/node';
import { afterEach, describe, expect, test, vi } from 'vitest';
import PlainTotalsReporter from './plain-totals-reporter.ts';

type State = 'passed' | 'failed' | 'skipped' | 'pending';

/** A test file as the reporter sees it: its own state and its tests' states. */
const file = (state: 'passed' | 'failed', tests: State[]): TestModule =>
  ({ state: () => state, children: { allTests: () => tests.map((s) => ({ result: () => ({ state: s }) }))[Symbol.iterator]() } }) as unknown as TestModule;

function totals(files: TestModule[]): string {
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  new PlainTotalsReporter().onTestRunEnd(files);
  return String(write.mock.calls.at(-1)?.[0]).trim();
}

afterEach(() => vi.restoreAllMocks());

describe("the totals line CI reads", () => {
  test('counts passed, failed and skipped tests', () => {
    expect(totals([file('failed', ['passed', 'failed']), file('passed', ['passed', 'skipped'])])).toBe('2 passed, 1 failed, 1 skipped');
  });

  test('a file whose setup failed is a failure, though its tests show as skipped (the browser tests without Chromium)', () => {
    expect(totals([file('failed', ['skipped', 'skipped']), file('passed', ['passed'])])).toBe('1 passed, 1 failed, 2 skipped');
  });

  test('a file that failed to load, with no tests, is a failure', () => {
    expect(totals([file('failed', [])])).toBe('0 passed, 1 failed');
  });
});
