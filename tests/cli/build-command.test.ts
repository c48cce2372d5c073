import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astroBuilder, buildSite } from '../../src/node/build-site.ts';
import { gitProject, sampleFiles, type GitProject } from '../translations/git-project.ts';
import { runKb } from './run-kb.ts';

const repo = resolve(import.meta.dirname, '../..');
const cleanup: Array<() => void> = [];
afterEach(() => {
  while (cleanup.length) cleanup.pop()!();
});

/**
 * A copy of the project that Astro can build, with a previous site in
 * dist/. `small` swaps the sample content for one flow and one article, so
 * a real build takes seconds.
 */
function projectCopy({ small = false } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'kb-build-'));
  cleanup.push(() => rmSync(root, { recursive: true, force: true }));
  const entries = ['src', 'schema', 'astro.config.mjs', 'tsconfig.json', 'package.json', ...(small ? ['content/site.yaml'] : ['content', 'flows'])];
  for (const entry of entries) cpSync(join(repo, entry), join(root, entry), { recursive: true });
  if (small) {
    for (const [file, text] of Object.entries(sampleFiles())) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
  }
  // Each package linked on its own, so Astro's cache (node_modules/.astro) stays in the copy.
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(repo, 'node_modules'))) {
    if (!entry.startsWith('.astro')) symlinkSync(join(repo, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/index.html'), 'the last good site');
  return root;
}

function leftovers(root: string): string[] {
  return existsSync(join(root, '.kb-build')) ? readdirSync(join(root, '.kb-build')) : [];
}

describe('kb build', () => {
  it('fails with exit 1 and the checker\'s messages on a broken article, and dist/ keeps the last good site', async () => {
    const root = projectCopy();
    const file = join(root, 'content/en/internet/restart-router.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('category: internet', 'category: internett'));
    const run = await runKb(['build'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'content/en/internet/restart-router.md:5:11: error: category "internett" is not one of accounts, billing, orders, internet, mobile, moving [invalid-field]\n  hint: Did you mean "internet"?',
    );
    expect(run.stderr).toContain('kb build: the knowledge base has errors, so nothing was built; dist/ is unchanged.\n');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('the last good site');
    expect(leftovers(root)).toEqual([]);
  });

  it('keeps dist/ and removes the half-written folder when Astro itself fails', async () => {
    const root = projectCopy({ small: true });
    writeFileSync(join(root, 'src/pages/index.astro'), '---\nthrow new Error("broken page");\n---\n');
    const run = await runKb(['build'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/kb build: the site build failed \(exit code \d+\); dist\/ still holds the last good site\.\n$/);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('the last good site');
    expect(leftovers(root)).toEqual([]);
  }, 180_000);

  it('replaces dist/ with the new site when the build succeeds', async () => {
    const root = projectCopy({ small: true });
    const run = await runKb(['build'], { cwd: root });
    expect(run.stderr).toBe('note: translations were not checked for staleness: the project is not in a git repository.\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/kb build: the public site is in dist\/\n$/);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).not.toBe('the last good site');
    expect(existsSync(join(root, 'dist/da/internet/router/index.html'))).toBe(true);
    expect(leftovers(root)).toEqual([]);
  }, 180_000);
});

describe('buildSite', () => {
  let project: GitProject;
  const small = () => {
    project = gitProject(sampleFiles(), { init: false });
    cleanup.push(() => project.dispose());
    project.write('dist/index.html', 'old');
    return project.root;
  };

  it('builds into a fresh folder and swaps it in only after the builder succeeded', async () => {
    const root = small();
    const result = await buildSite({
      root,
      audience: 'agent',
      outDir: join(root, 'dist'),
      builder: async (outDir) => {
        expect(outDir).toBe(join(root, '.kb-build', `dist.tmp-${process.pid}`));
        // While the build runs, the old site is still served.
        expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('old');
        mkdirSync(outDir, { recursive: true });
        writeFileSync(join(outDir, 'index.html'), 'new');
        return 0;
      },
    });
    expect(result.ok).toBe(true);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('new');
    expect(leftovers(root)).toEqual([]);
  });

  it('throws away a failed build, whatever it wrote', async () => {
    const root = small();
    const result = await buildSite({
      root,
      audience: 'public',
      builder: async (outDir) => {
        mkdirSync(outDir, { recursive: true });
        writeFileSync(join(outDir, 'half.html'), 'half');
        return 1;
      },
    });
    expect(result).toMatchObject({ ok: false, stage: 'build', exitCode: 1 });
    expect(readdirSync(join(root, 'dist'))).toEqual(['index.html']);
    expect(leftovers(root)).toEqual([]);
  });

  it('builds the representatives\' site into dist-agent/ by default', async () => {
    const root = small();
    const result = await buildSite({
      root,
      audience: 'agent',
      builder: async (outDir) => (mkdirSync(outDir, { recursive: true }), 0),
    });
    expect(result.outDir).toBe(join(root, 'dist-agent'));
    expect(existsSync(join(root, 'dist-agent'))).toBe(true);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('old');
  });

  it('removes what a killed build left behind', async () => {
    const root = small();
    project.write('.kb-build/dist.tmp-999999999/index.html', 'killed');
    await buildSite({ root, audience: 'public', builder: async () => 1 });
    expect(leftovers(root)).toEqual([]);
  });
});

describe('astroBuilder', () => {
  it('runs astro build on this Node with the project\'s Node options, into the folder and for the audience given', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-astro-builder-'));
    cleanup.push(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(join(root, 'node_modules/astro/bin'), { recursive: true });
    // A stand-in for Astro that reports how it was started.
    writeFileSync(
      join(root, 'node_modules/astro/bin/astro.mjs'),
      "import { mkdirSync, writeFileSync } from 'node:fs';\n" +
        'const outDir = process.argv[process.argv.indexOf("--outDir") + 1];\n' +
        'mkdirSync(outDir, { recursive: true });\n' +
        'writeFileSync(`${outDir}/started.json`, JSON.stringify({ node: process.execPath, execArgv: process.execArgv, args: process.argv.slice(2), audience: process.env.KB_AUDIENCE }));\n',
    );
    const outDir = join(root, 'out');
    expect(await astroBuilder(root, 'agent')(outDir)).toBe(0);
    const started = JSON.parse(readFileSync(join(outDir, 'started.json'), 'utf8'));
    expect(started).toEqual({ node: process.execPath, execArgv: ['--max-semi-space-size=16'], args: ['build', '--outDir', outDir], audience: 'agent' });
  });
});
