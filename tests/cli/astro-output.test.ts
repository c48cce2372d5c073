import { describe, expect, it } from 'vitest';
import { withoutStackTraces } from '../../src/cli/astro-output.ts';

const ASTRO_ERROR = `23:50:04 [build] Waiting for integration "kb-search-index", hook "astro:build:done"...
23:50:04 [ERROR] [kb-search-index] An unhandled error occurred while running the "astro:build:done" hook
the search index could not be written to dist/search-index: no space left on device
hint: run \`npx kb check\` for problems in the content; the site was not finished.
  Location:
    /work/main/src/node/search-integration.ts:68:17
  Stack trace:
    at astro:build:done (file:///work/main/src/node/search-integration.ts:68:17)
    at async withTakingALongTimeMsg (file:///work/main/node_modules/astro/dist/integrations/hooks.js:34:12)

23:50:05 [build] Complete!
`;

function run(chunks: string[]): string {
  let out = '';
  const filter = withoutStackTraces((text) => (out += text));
  for (const chunk of chunks) filter.write(chunk);
  filter.end();
  return out;
}

describe('kb build shows Astro\'s output', () => {
  it('without the location and stack trace Astro prints under an error', () => {
    const out = run([ASTRO_ERROR]);
    expect(out).not.toMatch(/Stack trace|Location:|\bat async\b|search-integration\.ts/);
    expect(out).toContain('the search index could not be written to dist/search-index: no space left on device\nhint: run `npx kb check`');
    expect(out).toContain('\n\n23:50:05 [build] Complete!\n');
  });

  it('the same whatever the chunks the output arrives in', () => {
    const bytes = [...ASTRO_ERROR];
    const chunks: string[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.slice(i, i + 7).join(''));
    expect(run(chunks)).toBe(run([ASTRO_ERROR]));
  });

  it('passes everything else through, a last line without a newline too', () => {
    const text = '23:49:24 [build] 1274 page(s) built in 13.26s\n  ├─ /en/index.html (+9ms)\n\nno newline at the end';
    expect(run([text])).toBe(text);
  });
});
