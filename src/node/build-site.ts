/**
 * Builds the site without ever replacing the last good one with a broken
 * one: the checks run first, then Astro builds into a fresh folder, and only
 * a finished build is swapped into dist/ (two renames). A failed build
 * leaves dist/ as it was and removes its half-written folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { hasErrors, type Diagnostic } from '../core/diagnostics.ts';
import { checkKnowledgeBase } from './check-knowledge-base.ts';
import { contentRoot } from './content-root.ts';
import type { Audience } from './load-flows.ts';

/** Where temporary and previous builds wait, next to the project (git-ignored). */
export const BUILD_WORK_DIR = '.kb-build';

/** Runs the site generator into `outDir`; resolves to its exit code. */
export type SiteBuilder = (outDir: string) => Promise<number>;

/** Options of `buildSite`. */
export interface BuildSiteOptions {
  /** The project root. */
  root: string;
  audience: Audience;
  /** Where the finished site goes; default dist/ (public) or dist-agent/ (agent) under the root. */
  outDir?: string;
  /** Output of the generator as it comes, to show progress. */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
  /** The generator; default `astro build`. Tests pass their own. */
  builder?: SiteBuilder;
}

/** How a build went. */
export type BuildSiteResult =
  | { ok: true; outDir: string; diagnostics: Diagnostic[]; notes: string[] }
  /** The checks found errors; nothing was built. */
  | { ok: false; stage: 'check'; outDir: string; diagnostics: Diagnostic[]; notes: string[] }
  /** The generator failed with `exitCode`; its output went to `onOutput`. */
  | { ok: false; stage: 'build'; outDir: string; exitCode: number; diagnostics: Diagnostic[]; notes: string[] };

/** The default output folder of an audience. */
export function defaultOutDir(root: string, audience: Audience): string {
  return join(root, audience === 'agent' ? 'dist-agent' : 'dist');
}

/**
 * Node's options for the Astro build. Node lets the main thread's young
 * generation grow to 64 MB a semi-space (128 MB in all), and a build fills
 * it with pages that die young. Capped at 16 MB, 1,000-article builds peaked
 * at 791–802 MB instead of 871–885 MB, no slower (see bench/results.md).
 */
export const ASTRO_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=16'];

/** `astro build --outDir <dir>` on this Node (with ASTRO_NODE_OPTIONS), in `root`, for `audience`. */
export function astroBuilder(root: string, audience: Audience, onOutput?: BuildSiteOptions['onOutput']): SiteBuilder {
  return (outDir) =>
    new Promise((done) => {
      const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
      const child = spawn(process.execPath, [...ASTRO_NODE_OPTIONS, astro, 'build', '--outDir', outDir], {
        cwd: root,
        env: { ...process.env, KB_AUDIENCE: audience, ASTRO_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => onOutput?.(chunk, 'stdout'));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => onOutput?.(chunk, 'stderr'));
      child.on('error', (error) => {
        onOutput?.(`could not start astro: ${error.message}\n`, 'stderr');
        done(1);
      });
      child.on('close', (code) => done(code ?? 1));
    });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes what builds that were killed left behind; builds still running keep theirs. */
function removeLeftovers(workDir: string, name: string): void {
  if (!existsSync(workDir)) return;
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old)-(\\d+)$`);
  for (const entry of readdirSync(workDir)) {
    const pid = Number(pattern.exec(entry)?.[1]);
    if (pid && pid !== process.pid && !isRunning(pid)) rmSync(join(workDir, entry), { recursive: true, force: true });
  }
}

/** Moves the finished build into place; on any failure puts the previous site back. */
function swapInto(outDir: string, fresh: string, previous: string): void {
  const hadSite = existsSync(outDir);
  if (hadSite) renameSync(outDir, previous);
  try {
    renameSync(fresh, outDir);
  } catch (error) {
    if (hadSite) renameSync(previous, outDir);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/** Removes our work folder when no build uses it any more; never a folder of the writer's. */
function removeIfEmpty(workDir: string, root: string): void {
  if (workDir !== join(root, BUILD_WORK_DIR)) return;
  try {
    rmdirSync(workDir);
  } catch {
    // Another build is using it.
  }
}

/** Checks, builds into a fresh folder, and swaps it into place only on success. */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const root = resolve(options.root);
  const outDir = resolve(options.outDir ?? defaultOutDir(root, options.audience));
  // The knowledge base Astro will read: KB_ROOT's, when set.
  const { diagnostics, notes } = await checkKnowledgeBase(contentRoot(root));
  if (hasErrors(diagnostics)) return { ok: false, stage: 'check', outDir, diagnostics, notes };

  // Next to the output when it is outside the project, so the final rename stays on one file system.
  const workDir = outDir.startsWith(root + sep) ? join(root, BUILD_WORK_DIR) : dirname(outDir);
  const name = basename(outDir);
  removeLeftovers(workDir, name);
  mkdirSync(workDir, { recursive: true });
  const fresh = join(workDir, `${name}.tmp-${process.pid}`);
  const previous = join(workDir, `${name}.old-${process.pid}`);
  rmSync(fresh, { recursive: true, force: true });

  const builder = options.builder ?? astroBuilder(root, options.audience, options.onOutput);
  let exitCode: number;
  try {
    exitCode = await builder(fresh);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  if (exitCode !== 0 || !existsSync(fresh)) {
    rmSync(fresh, { recursive: true, force: true });
    removeIfEmpty(workDir, root);
    return { ok: false, stage: 'build', outDir, exitCode: exitCode || 1, diagnostics, notes };
  }
  swapInto(outDir, fresh, previous);
  removeIfEmpty(workDir, root);
  return { ok: true, outDir, diagnostics, notes };
}
