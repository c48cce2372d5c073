import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests build the site once and share it; see tests/e2e/global-setup.ts.
    testTimeout: 30_000,
    hookTimeout: 300_000,
    reporters: ['default', './tests/plain-totals-reporter.ts'],
  },
});
