import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProject, outDirProblem, type GeneratedProject } from '../../bench/corpus/bench-corpus.ts';
import { generateCorpus } from '../../bench/corpus/generate-corpus.ts';
import { generateFlows } from '../../bench/corpus/generate-flows.ts';
import { toYaml } from '../../bench/corpus/to-yaml.ts';
import { flowSchema, type Flow } from '../../src/core/flows/schema.ts';
import { siteConfigSchema } from '../../src/core/site/site-config-schema.ts';
import { checkKnowledgeBase } from '../../src/node/check-knowledge-base.ts';

const PROJECT = resolve(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'kb-corpus-'));

/** Every file under `dir` by relative path, with its text. */
function filesUnder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

function digest(files: Map<string, string>): string {
  const hash = createHash('sha256');
  for (const path of [...files.keys()].sort()) hash.update(`${path}\n${files.get(path)}\n`);
  return hash.digest('hex');
}

let project: GeneratedProject;
let flows: Flow[];

beforeAll(() => {
  project = generateProject({ outDir: join(scratch, 'a'), articles: 60, flows: 12, seed: 3 });
  flows = project.flows.map((f) => flowSchema.parse(load(f.yaml)));
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the generated project', () => {
  it('passes kb check with no errors', async () => {
    const result = await checkKnowledgeBase(project.outDir);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.flowCount).toBe(12);
    expect(result.articleCount).toBe(60);
    // Only some texts of flows still being translated may warn.
    expect(new Set(result.diagnostics.map((d) => d.code))).toEqual(new Set(result.diagnostics.length ? ['missing-translation'] : []));
  });

  it('writes a complete project root: articles, flows, the handoff file and the site settings', () => {
    const files = [...filesUnder(project.outDir).keys()];
    expect(files.filter((f) => f.startsWith('content/') && f.endsWith('.md'))).toHaveLength(60);
    expect(files.filter((f) => f.startsWith('flows/'))).toHaveLength(12);
    expect(files).toContain('content/handoff.yaml');
    const site = siteConfigSchema.parse(load(readFileSync(join(project.outDir, 'content/site.yaml'), 'utf8')));
    expect(site.feedbackEndpoint).toBeUndefined();
  });

  it('gives every article key an English file, shared by its translations', () => {
    const byKey = new Map<string, Set<string>>();
    for (const a of project.articles) byKey.set(a.key, (byKey.get(a.key) ?? new Set()).add(a.locale));
    expect(byKey.size).toBe(project.keys);
    expect(byKey.size).toBeLessThan(60);
    for (const [key, locales] of byKey) expect(locales.has('en'), key).toBe(true);
    for (const a of project.articles) expect(a.file).toBe(join(project.outDir, 'content', a.locale, a.category, `${a.key}.md`));
  });

  it('starts every flow with the schema reference line', () => {
    for (const flow of project.flows) expect(flow.yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/flow.schema.json');
  });

  it('generates the same files for the same seed', () => {
    const again = generateProject({ outDir: join(scratch, 'b'), articles: 60, flows: 12, seed: 3 });
    expect(digest(filesUnder(again.outDir))).toBe(digest(filesUnder(project.outDir)));
  });

  it('refuses to write into this project, its content/ or flows/, or a folder it did not write', () => {
    expect(outDirProblem(join(PROJECT, 'content', 'corpus'), PROJECT)).toBe(
      `--out ${join(PROJECT, 'content', 'corpus')} is inside this project's own content/ folder, which generating would overwrite; choose a folder outside content/, e.g. bench/.corpus/`,
    );
    expect(outDirProblem(join(PROJECT, 'flows'), PROJECT)).toMatch(/inside this project's own flows\/ folder/);
    expect(outDirProblem(PROJECT, PROJECT)).toMatch(/holds this project, which generating would delete/);
    expect(outDirProblem(join(PROJECT, 'src'), PROJECT)).toMatch(/is not empty and was not written by bench:corpus/);
    expect(outDirProblem(project.outDir, PROJECT)).toBeUndefined();
    expect(() => generateProject({ outDir: join(PROJECT, 'flows', 'x'), articles: 1, flows: 1 })).toThrow(/inside this project's own flows\/ folder/);
  });

  it('exits with 2 and says why when --out is inside content/', () => {
    const run = spawnSync(process.execPath, ['bench/corpus/bench-corpus.ts', '--articles', '1', '--flows', '1', '--out', 'content/x'], { cwd: PROJECT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "error: --out content/x is inside this project's own content/ folder, which generating would overwrite; choose a folder outside content/, e.g. bench/.corpus/\n",
    );
  });
});

describe('generated flows', () => {
  it('have 10 to 60 nodes each', () => {
    for (const f of project.flows) {
      expect(f.nodes).toBeGreaterThanOrEqual(10);
      expect(f.nodes).toBeLessThanOrEqual(60);
    }
  });

  it('use every kind of node, and at least one sub-flow', () => {
    const kinds = new Set(flows.flatMap((f) => Object.values(f.nodes).map((n) => n.type)));
    expect([...kinds].sort()).toEqual(['branch', 'handoff', 'question', 'resolution', 'step', 'subflow']);
  });

  it('set variables in answers and read them in conditions', () => {
    const sets = flows.flatMap((f) => Object.values(f.nodes).flatMap((n) => (n.type === 'question' ? n.options.filter((o) => o.set) : [])));
    const conditions = flows.flatMap((f) => Object.values(f.nodes).flatMap((n) => (n.type === 'branch' ? n.cases.map((c) => c.when) : [])));
    expect(sets.length).toBeGreaterThan(0);
    expect(conditions.length).toBeGreaterThan(0);
    for (const f of flows) expect(Object.keys(f.variables ?? {}).length).toBeLessThanOrEqual(2);
  });

  it('cite existing public articles', () => {
    const publicKeys = new Set(project.articles.filter((a) => a.audience === 'public').map((a) => a.key));
    const cited = flows.flatMap((f) => Object.values(f.nodes).flatMap((n) => ('articles' in n ? (n.articles ?? []) : [])));
    expect(cited.length).toBeGreaterThan(0);
    for (const key of cited) expect(publicKeys.has(key), key).toBe(true);
  });

  it('are the same for the same seed and differ for another', () => {
    const a = generateFlows({ count: 4, seed: 9 });
    expect(generateFlows({ count: 4, seed: 9 })).toEqual(a);
    expect(generateFlows({ count: 4, seed: 10 }).map((f) => f.yaml)).not.toEqual(a.map((f) => f.yaml));
  });
});

describe('toYaml', () => {
  it('writes text that YAML reads back unchanged, plain where that is safe', () => {
    const tricky = ['true', 'Null', 'Yes, it is', 'a: b', '#x', ' lead', "it's", 'Ąčę ėį?', '08:00', 'x == "y"', '^\\d{8}$', '-1', 'a,b'];
    const data = { text: Object.fromEntries(tricky.map((t, i) => [`k${i}`, t])), list: tricky, words: ['one', 'two words'], nested: [{ a: 'b', c: [] }] };
    const yaml = toYaml(data, '# comment');
    expect(load(yaml)).toEqual(data);
    expect(yaml).toContain('  k2: Yes, it is\n');
    expect(yaml).toContain("  k9: 'x == \"y\"'\n");
    expect(yaml).toContain('words: [one, two words]\n');
  });
});

describe('the default article corpus', () => {
  it('is unchanged, so the search benchmark measures the same articles', () => {
    const out = join(scratch, 'search');
    const articles = generateCorpus({ outDir: out, articles: 30, seed: 1 });
    expect(articles.map((a) => a.locale).slice(0, 7)).toEqual(['en', 'da', 'de', 'fi', 'sv', 'lt', 'en']);
    expect(digest(filesUnder(out))).toMatchInlineSnapshot(`"a0851c7c85b631dfbe6796e615e359d78981d075de2e840805e8bc93d2b3eda4"`);
  });
});
