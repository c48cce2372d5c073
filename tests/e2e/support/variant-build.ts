/**
 * A variant of the sample knowledge base, built for one browser test file:
 * a copy of content/ and flows/ with some settings of content/site.yaml
 * changed, built publicly through KB_ROOT with a cache folder of its own,
 * inside the project as the other builds of the browser tests (see
 * global-setup.ts).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');

/** Where a variant was built: `work` holds it all (remove it after), `kbRoot` the copy, `dist` the site. */
export interface VariantBuild {
  work: string;
  kbRoot: string;
  dist: string;
}

/** `astro build` of the knowledge base at `kbRoot` into `outDir`, public, with its own cache folder. */
function build(kbRoot: string, outDir: string, cacheDir: string, what: string): Promise<void> {
  const env = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', KB_AUDIENCE: '', KB_ROOT: kbRoot, BENCH_CACHE_DIR: cacheDir };
  const args = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'bench/scale/astro-ours.config.mjs', '--outDir', outDir];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`the sample site ${what} did not build:\n${output}`))));
  });
}

/**
 * Builds the sample knowledge base with `settings` in content/site.yaml: a
 * setting the file has is replaced on its line, any other is added at the
 * end. `what` says which variant in a failure ("with customer flagging").
 */
export async function buildVariant(name: string, settings: Record<string, string | number | boolean>, what: string): Promise<VariantBuild> {
  const parent = join(root, 'node_modules', '.cache', 'kb-e2e');
  mkdirSync(parent, { recursive: true });
  const work = mkdtempSync(join(parent, `${name}-`));
  const kbRoot = join(work, 'kb');
  for (const folder of ['content', 'flows']) cpSync(join(root, folder), join(kbRoot, folder), { recursive: true });
  const file = join(kbRoot, 'content/site.yaml');
  let text = readFileSync(file, 'utf8');
  for (const [key, value] of Object.entries(settings)) {
    const line = new RegExp(`^${key}:.*$`, 'm');
    text = line.test(text) ? text.replace(line, `${key}: ${value}`) : `${text.trimEnd()}\n${key}: ${value}\n`;
  }
  writeFileSync(file, text);
  const dist = join(work, 'dist');
  await build(kbRoot, dist, join(work, 'cache'), what);
  return { work, kbRoot, dist };
}
