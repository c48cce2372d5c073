/**
 * Turns a knowledge base (content/<locale>/<category>/<key>.md with our
 * frontmatter) into Starlight docs (<locale>/<category>/<key>.md with
 * title and description), so Starlight and bare Astro build the same
 * articles as we do. What Starlight cannot read is rewritten:
 * `article:` links become its URLs (the same locale, else English, else
 * any locale that has the article), `flow:` links become their text (it
 * has no troubleshooters), and `:::warning` becomes Starlight's
 * `:::caution`. Agent-only articles are left out, as our public build
 * leaves them out.
 *
 *   node bench/starlight/convert-corpus.ts --root CORPUS --out DOCS
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter, splitFrontmatter } from '../../src/core/content/parse-frontmatter.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../../src/core/locales.ts';
import { benchArgs } from '../bench-args.ts';

/** One article as the converter needs it. */
export interface SourceArticle {
  locale: Locale;
  category: string;
  key: string;
  title: string;
  summary: string;
  audience: 'public' | 'agent';
  /** The Markdown after the frontmatter. */
  body: string;
}

/** Where each public article lives: key → locale → category. */
export type ArticleLocations = ReadonlyMap<string, ReadonlyMap<Locale, string>>;

/** The public articles' locations, for rewriting links. */
export function articleLocations(articles: readonly SourceArticle[]): Map<string, Map<Locale, string>> {
  const locations = new Map<string, Map<Locale, string>>();
  for (const a of articles) {
    if (a.audience !== 'public') continue;
    let byLocale = locations.get(a.key);
    if (!byLocale) locations.set(a.key, (byLocale = new Map()));
    byLocale.set(a.locale, a.category);
  }
  return locations;
}

/** The Starlight URL of `key` as read from `locale`, or undefined when no public article has that key. */
export function starlightUrl(key: string, locale: Locale, locations: ArticleLocations): string | undefined {
  const byLocale = locations.get(key);
  if (!byLocale) return undefined;
  const target = [locale, DEFAULT_LOCALE, ...LOCALES].find((l) => byLocale.has(l))!;
  return `/${target}/${byLocale.get(target)}/${key}/`;
}

// `](article:key#anchor)` in inline links, `]: article:key` in definitions; the text may span lines.
const INLINE_LINK = /\[((?:[^\[\]]|\[[^\]]*\])*)\]\((article|flow):([^)#\s]*)(#[^)\s]*)?\)/gi;
const DEFINITION = /^( {0,3}\[[^\]]+\]:\s*)(article|flow):([^#\s]*)(#\S*)?/gim;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CALLOUT = /^(\s*):::warning\b/;

/**
 * Rewrites one article body for Starlight (see the file comment). Fenced
 * code is left alone; a link to an article that does not exist keeps only
 * its text, as our build shows it.
 */
export function convertBody(body: string, locale: Locale, locations: ArticleLocations): string {
  const resolve = (kind: string, key: string, anchor: string | undefined) =>
    kind.toLowerCase() === 'article' ? starlightUrl(key, locale, locations)?.concat(anchor ?? '') : undefined;
  // Split into code and prose runs so links and callouts inside fences stay as written.
  const runs: Array<{ code: boolean; text: string }> = [];
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const open = FENCE.exec(line)?.[1];
    const code = fence !== undefined || open !== undefined;
    if (fence === undefined && open) fence = open;
    else if (fence !== undefined && open && open[0] === fence[0] && open.length >= fence.length) fence = undefined;
    const last = runs[runs.length - 1];
    if (last && last.code === code) last.text += `\n${line}`;
    else runs.push({ code, text: line });
  }
  return runs
    .map(({ code, text }) => {
      if (code) return text;
      return text
        .replace(INLINE_LINK, (_all, label: string, kind: string, key: string, anchor: string | undefined) => {
          const url = resolve(kind, key, anchor);
          return url ? `[${label}](${url})` : label;
        })
        .replace(DEFINITION, (all, start: string, kind: string, key: string, anchor: string | undefined) => {
          const url = resolve(kind, key, anchor);
          return url ? `${start}${url}` : `${start}#`;
        })
        .split('\n')
        .map((line) => line.replace(CALLOUT, '$1:::caution'))
        .join('\n');
    })
    .join('\n');
}

/** A whole Starlight doc: its frontmatter (title, description) and the converted body. */
export function convertArticle(article: SourceArticle, locations: ArticleLocations): string {
  const frontmatter = `---\ntitle: ${JSON.stringify(article.title)}\ndescription: ${JSON.stringify(article.summary)}\n---\n`;
  return `${frontmatter}${convertBody(article.body.replace(/^\n+/, '\n'), article.locale, locations)}`;
}

/** Reads every article under <root>/content; files whose frontmatter has errors are returned as problems. */
export function readCorpus(root: string): { articles: SourceArticle[]; problems: string[] } {
  const articles: SourceArticle[] = [];
  const problems: string[] = [];
  const contentDir = join(root, 'content');
  for (const locale of readdirSync(contentDir)) {
    if (!isLocale(locale)) continue;
    for (const category of readdirSync(join(contentDir, locale), { withFileTypes: true })) {
      if (!category.isDirectory()) continue;
      for (const name of readdirSync(join(contentDir, locale, category.name))) {
        if (!name.endsWith('.md')) continue;
        const file = `content/${locale}/${category.name}/${name}`;
        const text = readFileSync(join(root, file), 'utf8');
        const { data, diagnostics } = parseFrontmatter(text, file);
        if (!data) {
          problems.push(`${file}: ${diagnostics[0]?.message ?? 'unreadable frontmatter'}`);
          continue;
        }
        articles.push({
          locale,
          category: category.name,
          key: data.key,
          title: data.title,
          summary: data.summary,
          audience: data.audience,
          body: splitFrontmatter(text).body,
        });
      }
    }
  }
  return { articles, problems };
}

/** What `convertCorpus` did. */
export interface ConvertResult {
  written: number;
  /** Agent-only articles left out. */
  agentOnly: number;
  problems: string[];
}

/** Converts the knowledge base at `root` into Starlight docs in `outDir` (emptied first). */
export function convertCorpus(root: string, outDir: string): ConvertResult {
  const { articles, problems } = readCorpus(root);
  const locations = articleLocations(articles);
  rmSync(outDir, { recursive: true, force: true });
  let written = 0;
  for (const article of articles) {
    if (article.audience !== 'public') continue;
    const dir = join(outDir, article.locale, article.category);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${article.key}.md`), convertArticle(article, locations));
    written++;
  }
  return { written, agentOnly: articles.length - written, problems };
}

if (import.meta.main) {
  const usage = 'usage: node bench/starlight/convert-corpus.ts --root CORPUS --out DOCS';
  const values = benchArgs({ root: { type: 'string' }, out: { type: 'string' } }, usage);
  if (!values.root || !values.out) {
    process.stderr.write(`error: --root and --out are required\n${usage}\n`);
    process.exit(2);
  }
  const result = convertCorpus(values.root, values.out);
  for (const p of result.problems) process.stderr.write(`skipped ${p}\n`);
  process.stdout.write(`wrote ${result.written} docs to ${values.out} (${result.agentOnly} agent-only left out)\n`);
}
