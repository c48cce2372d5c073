/**
 * `npm run bench:corpus`: writes a whole generated knowledge base, a folder
 * that reads like a project root, for the build benchmarks and for trying
 * the site at scale:
 *
 *   content/<locale>/<category>/<key>.md   articles written in English and translated (generate-corpus.ts)
 *   content/handoff.yaml                   the queues and fields the flows use (generate-handoff.ts)
 *   content/site.yaml                      the site settings, without a feedback endpoint
 *   flows/<id>.yaml                        troubleshooting trees (generate-flows.ts)
 *
 *   npm run bench:corpus -- [--articles 10000] [--flows 300] [--seed 1] [--out DIR]
 *
 * The default folder is bench/.corpus/a<articles>-f<flows>/. Deterministic
 * for a seed. Build it with `KB_ROOT=DIR`, check it with `kb check --root DIR`.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { generateCorpus, type GeneratedArticle } from './generate-corpus.ts';
import { generateFlowIds, generateFlows, type GeneratedFlow } from './generate-flows.ts';
import { handoffYaml } from './generate-handoff.ts';
import { benchArgs } from '../bench-args.ts';

/** The project this script belongs to: its content/ and flows/ are never written. */
const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
/** Written into every generated folder, so a later run may empty it without fear of deleting someone's work. */
const MARKER = '.kb-generated-corpus';

/** Options of `generateProject`. */
export interface GenerateProjectOptions {
  /** The folder to write; emptied first. */
  outDir: string;
  /** Article files over all locales (default 10,000). */
  articles?: number;
  /** Flows (default 300). */
  flows?: number;
  seed?: number;
}

/** What `generateProject` wrote. */
export interface GeneratedProject {
  outDir: string;
  articles: GeneratedArticle[];
  /** Distinct article keys (each has an English file). */
  keys: number;
  /** Words in article bodies. */
  words: number;
  flows: GeneratedFlow[];
  /** Nodes over all flows. */
  nodes: number;
  elapsedMs: number;
}

const SITE_YAML = `# Settings of the help site that writers may change.
name:
  en: Nordlys Net help centre
  da: Nordlys Net hjælpecenter
  de: Nordlys Net Hilfe-Center
  fi: Nordlys Netin ohjekeskus
  sv: Nordlys Net hjälpcenter
  lt: Nordlys Net pagalbos centras
# Where the content lives, for "edit this page" and "flag this" links.
repository: https://github.com/nordlys-net/helpdesk-kb
branch: main
`;

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Why `outDir` must not be written, or undefined when it may: it would be
 * emptied, so it must be neither this project's content or flows, nor the
 * project itself or a folder holding it, nor a folder with files that
 * this generator did not write.
 */
export function outDirProblem(outDir: string, projectRoot: string = PROJECT_ROOT): string | undefined {
  const out = resolve(outDir);
  for (const own of ['content', 'flows']) {
    if (inside(out, join(projectRoot, own))) {
      return `--out ${outDir} is inside this project's own ${own}/ folder, which generating would overwrite; choose a folder outside ${own}/, e.g. bench/.corpus/`;
    }
  }
  if (inside(projectRoot, out)) return `--out ${outDir} holds this project, which generating would delete; choose a folder of its own, e.g. bench/.corpus/`;
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MARKER))) {
    return `--out ${outDir} is not empty and was not written by bench:corpus; choose an empty or new folder, or delete it first`;
  }
  return undefined;
}

/** Writes a generated knowledge base into `outDir`. Throws when `outDirProblem` finds one. */
export function generateProject(options: GenerateProjectOptions): GeneratedProject {
  const started = performance.now();
  const problem = outDirProblem(options.outDir);
  if (problem) throw new Error(problem);
  const seed = options.seed ?? 1;
  const count = options.flows ?? 300;
  const flowIds = generateFlowIds({ count, seed });
  // Empties outDir first, so it comes before every other file.
  const articles = generateCorpus({ outDir: options.outDir, articles: options.articles ?? 10_000, seed, translated: true, flowIds });
  const publicKeys = [...new Set(articles.filter((a) => a.audience === 'public').map((a) => a.key))];
  const flows = generateFlows({ count, seed, articleKeys: publicKeys });
  mkdirSync(join(options.outDir, 'flows'), { recursive: true });
  mkdirSync(join(options.outDir, 'content'), { recursive: true });
  for (const flow of flows) writeFileSync(join(options.outDir, 'flows', `${flow.id}.yaml`), flow.yaml);
  writeFileSync(join(options.outDir, 'content', 'handoff.yaml'), handoffYaml());
  // As a help centre with many troubleshooters would: the home page features a few chosen ones.
  const featured = flows.length > 12 ? `featuredTroubleshooters: [${flows.slice(0, 6).map((f) => f.id).join(', ')}]\n` : '';
  writeFileSync(join(options.outDir, 'content', 'site.yaml'), SITE_YAML + featured);
  writeFileSync(join(options.outDir, MARKER), 'Written by npm run bench:corpus; the next run empties this folder.\n');
  return {
    outDir: options.outDir,
    articles,
    keys: new Set(articles.map((a) => a.key)).size,
    words: articles.reduce((sum, a) => sum + a.words, 0),
    flows,
    nodes: flows.reduce((sum, f) => sum + f.nodes, 0),
    elapsedMs: performance.now() - started,
  };
}

function wholeNumber(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`error: --${name} must be a whole number of 0 or more, not "${value}"\n`);
    process.exit(2);
  }
  return n;
}

if (import.meta.main) {
  const values = benchArgs(
    {
      articles: { type: 'string', default: '10000' },
      flows: { type: 'string', default: '300' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
    'usage: npm run bench:corpus -- [--articles 10000] [--flows 300] [--seed 1] [--out DIR]',
  );
  const articles = wholeNumber('articles', values.articles);
  const flows = wholeNumber('flows', values.flows);
  const seed = wholeNumber('seed', values.seed);
  const out = values.out ?? relative(process.cwd(), join(PROJECT_ROOT, 'bench', '.corpus', `a${articles}-f${flows}`));
  const problem = outDirProblem(out);
  if (problem) {
    process.stderr.write(`error: ${problem}\n`);
    process.exit(2);
  }
  const project = generateProject({ outDir: resolve(out), articles, flows, seed });
  const n = (x: number) => x.toLocaleString('en');
  process.stdout.write(
    `wrote ${n(project.articles.length)} articles (${n(project.keys)} keys, ${n(project.words)} words) and ${n(project.flows.length)} flows ` +
      `(${n(project.nodes)} nodes) to ${out} in ${(project.elapsedMs / 1000).toFixed(1)} s\n`,
  );
}
