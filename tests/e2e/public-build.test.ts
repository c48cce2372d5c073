/**
 * The public site never contains representatives' text: no script, internal
 * note, transfer instruction or agent-only article, in any file of dist/ —
 * HTML, JS, JSON, search indexes alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { agentOnlyTexts, filesUnder, leaksIn, normalise } from './support/agent-only-texts.ts';

const root = join(import.meta.dirname, '../..');

describe('the public build', () => {
  it('contains no representatives-only text in any file', () => {
    const dist = inject('distDir');
    const secrets = agentOnlyTexts(root);
    expect(secrets.length).toBeGreaterThan(50);
    expect(filesUnder(dist).length).toBeGreaterThan(5);
    expect(leaksIn(dist, secrets)).toEqual([]);
  });

  it('is checked with probes that do find text that is published', () => {
    // Guards the scanner itself: a customer-facing flow text must be found in the build.
    const dist = inject('distDir');
    const all = filesUnder(dist)
      .filter((f) => f.endsWith('.html') || f.endsWith('.js') || f.endsWith('.json'))
      .map((f) => normalise(readFileSync(f, 'utf8')))
      .join('\n');
    expect(all).toContain('Is the connection for your home or for a business?');
  });
});
