/**
 * Builds the sample knowledge base twice with the real `astro build` — the
 * public site and the representatives' (KB_AUDIENCE=agent) — concurrently,
 * into temporary folders, serves both on free loopback ports, and hands the
 * URLs to the browser tests through `inject('baseURL')` / `inject('distDir')`
 * and `inject('agentBaseURL')` / `inject('agentDistDir')`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
    agentBaseURL: string;
    agentDistDir: string;
  }
}

const root = resolve(import.meta.dirname, '../../..');

/** Runs `astro build` for `audience` into `outDir`; rejects with the build's output when it fails. */
function build(audience: 'public' | 'agent', outDir: string): Promise<void> {
  // Astro runs on this Node (the project's pinned one), whatever `node` is first on PATH.
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // NODE_ENV as `npm run build` has it: vitest sets "test", which would keep xstate's development warnings in the bundles the budgets measure.
  const env = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', KB_AUDIENCE: audience === 'agent' ? 'agent' : '' };
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`the ${audience} site did not build:\n${output}`))));
  });
}

export default async function setup(project: TestProject) {
  // Inside the project: Astro puts a build's intermediate server files next to an outDir within the
  // working directory, but in one shared .astro/ for any outDir outside it, where two builds would clash.
  const parent = join(root, 'node_modules', '.cache', 'kb-e2e');
  mkdirSync(parent, { recursive: true });
  const outDir = mkdtempSync(join(parent, 'public-'));
  const agentOutDir = mkdtempSync(join(parent, 'agent-'));
  const cleanUp = () => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(agentOutDir, { recursive: true, force: true });
  };
  try {
    await Promise.all([build('public', outDir), build('agent', agentOutDir)]);
  } catch (error) {
    cleanUp();
    throw error;
  }
  const [site, agentSite] = await Promise.all([serveStatic(outDir), serveStatic(agentOutDir)]);
  project.provide('baseURL', site.url);
  project.provide('distDir', outDir);
  project.provide('agentBaseURL', agentSite.url);
  project.provide('agentDistDir', agentOutDir);
  return async () => {
    await Promise.all([site, agentSite].map(({ server }) => new Promise((done) => server.close(done))));
    cleanUp();
  };
}
