/**
 * Builds the sample knowledge base once into a temporary folder with the real
 * `astro build`, serves it on a free loopback port, and hands the URL to the
 * browser tests through `inject('baseURL')`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../../..');
  const outDir = mkdtempSync(join(tmpdir(), 'kb-e2e-'));
  // Astro runs on this Node (the project's pinned one), whatever `node` is first on PATH.
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  try {
    execFileSync(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`the site did not build:\n${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? ''}`);
  }
  const { server, url } = await serveStatic(outDir);
  project.provide('baseURL', url);
  project.provide('distDir', outDir);
  return async () => {
    await new Promise((done) => server.close(done));
    rmSync(outDir, { recursive: true, force: true });
  };
}
