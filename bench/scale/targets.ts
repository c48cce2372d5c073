/**
 * How each site of the benchmark is built: the command, its folder and
 * environment, and the caches to empty first so every build starts cold.
 * Astro runs on this Node (the project's pinned one) for all of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ASTRO_NODE_OPTIONS } from '../../src/node/build-site.ts';
import { TARGETS, type TargetId } from './report.ts';

/** The repository root. */
export const REPO = resolve(import.meta.dirname, '../..');
const STARLIGHT = join(REPO, 'bench/starlight');
const BARE = join(REPO, 'bench/bare-astro');

/** A build to run. */
export interface BuildPlan {
  cwd: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  /** Folders to delete before the build. */
  caches: string[];
}

/** What the builds read and where they write. */
export interface BuildInputs {
  /** The generated project root (content/, flows/). */
  corpus: string;
  /** The corpus converted to Starlight docs. */
  docs: string;
  outDir: string;
  /** Our build's Astro cache folder. */
  cacheDir: string;
  /** Starlight's Markdown processor: remark or satteri. */
  starlightMarkdown: string;
}

/** The separate npm package a target is built from, or undefined for ours. */
export function packageOf(target: TargetId): string | undefined {
  if (target === 'ours') return undefined;
  return target === 'bare-astro' ? BARE : STARLIGHT;
}

/** The command that builds `target`. */
export function buildPlan(target: TargetId, inputs: BuildInputs): BuildPlan {
  const telemetry = { ASTRO_TELEMETRY_DISABLED: '1' };
  const pkg = packageOf(target);
  if (!pkg) {
    return {
      cwd: REPO,
      command: process.execPath,
      // Astro runs as `kb build` runs it, with the project's Node options.
      args: [...ASTRO_NODE_OPTIONS, 'node_modules/astro/bin/astro.mjs', 'build', '--config', 'bench/scale/astro-ours.config.mjs', '--outDir', inputs.outDir],
      env: { ...telemetry, KB_ROOT: inputs.corpus, BENCH_CACHE_DIR: inputs.cacheDir },
      caches: [inputs.cacheDir],
    };
  }
  const env: Record<string, string> = { ...telemetry, BENCH_DOCS: inputs.docs };
  if (target !== 'bare-astro') {
    env.STARLIGHT_SIDEBAR = target === 'starlight-one-link' ? 'one-link' : 'default';
    env.STARLIGHT_MARKDOWN = inputs.starlightMarkdown;
  }
  return {
    cwd: pkg,
    command: process.execPath,
    args: ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', inputs.outDir],
    env,
    caches: [join(pkg, 'node_modules/.astro'), join(pkg, '.astro')],
  };
}

/**
 * Reads `--only`: target ids or the short names ours, starlight (both
 * configurations), bare. Returns the targets in build order, or an error.
 */
export function parseOnly(value: string | undefined): { targets: TargetId[] } | { error: string } {
  if (!value) return { targets: [...TARGETS] };
  const wanted = new Set<TargetId>();
  for (const name of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    if ((TARGETS as readonly string[]).includes(name)) wanted.add(name as TargetId);
    else if (name === 'starlight') ['starlight-default', 'starlight-one-link'].forEach((t) => wanted.add(t as TargetId));
    else if (name === 'bare') wanted.add('bare-astro');
    else return { error: `--only: unknown site "${name}"; use ${TARGETS.join(', ')} (or ours, starlight, bare)` };
  }
  return { targets: TARGETS.filter((t) => wanted.has(t)) };
}

/** Installs a benchmark package's dependencies when its node_modules is missing. */
export function ensureInstalled(pkg: string): void {
  if (existsSync(join(pkg, 'node_modules/astro/package.json'))) return;
  process.stdout.write(`installing ${pkg} (npm install --prefix) …\n`);
  const result = spawnSync('npm', ['install', '--prefix', pkg, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm install --prefix ${pkg} failed; run it by hand to see why.`);
}
