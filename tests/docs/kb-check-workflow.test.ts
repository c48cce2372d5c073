import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const workflow = load(readFileSync(resolve(import.meta.dirname, '../../.github/workflows/kb-check.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> }>;
};

describe('.github/workflows/kb-check.yml', () => {
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('runs kb check with GitHub annotations on every pull request', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm install', 'npx kb check --format github']);
  });

  it('checks out the whole history, which stale translations are found from', () => {
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
  });
});
