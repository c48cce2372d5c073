/**
 * `kb search "<query>"`: searches the knowledge base from a terminal with
 * the index the site ships: the built site's index when it is up to date,
 * else the same index built in memory from the content as it is now.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../core/locales.ts';
import { loadAnalyzer } from '../core/search/analyzer.ts';
import { buildSearchIndex } from '../core/search/build-index.ts';
import { createMemorySource, SEARCH_INDEX_DIR, type SearchSource } from '../core/search/search-source.ts';
import { openSearch, type SearchHit, type Searcher } from '../core/search/searcher.ts';
import type { SnippetPart } from '../core/search/snippet.ts';
import { collectSearchDocuments } from '../node/search-docs.ts';
import { createDiskSource } from '../node/search-index-files.ts';
import { EXIT, UsageError, type CliIo } from './cli-io.ts';
import { parseOptions } from './parse-options.ts';

/** The newest modification time of the files under `dir` (0 when there are none). */
function newestFile(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFile(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The built site's index of `locale` when it is newer than every content and flow file. */
function builtIndex(root: string, locale: Locale, agent: boolean): SearchSource | undefined {
  const dir = join(root, agent ? 'dist-agent' : 'dist', SEARCH_INDEX_DIR, locale);
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) return undefined;
  const sources = Math.max(newestFile(join(root, 'content')), newestFile(join(root, 'flows')));
  return statSync(manifest).mtimeMs >= sources ? createDiskSource(dir) : undefined;
}

async function indexInMemory(root: string, locale: Locale, agent: boolean, io: CliIo): Promise<SearchSource> {
  const audience = agent ? 'agent' : 'public';
  const { documents, warnings } = await collectSearchDocuments(root, audience, [locale]);
  for (const warning of warnings) io.stderr.write(`kb search: note: ${warning}\n`);
  const built = buildSearchIndex(documents.get(locale) ?? [], await loadAnalyzer(locale), { audience });
  return createMemorySource(built.files, `${audience} index of ${locale}`);
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return 10;
  if (!/^[1-9][0-9]*$/.test(raw) || Number(raw) > 100) {
    throw new UsageError(`--limit: "${raw}" is not a number from 1 to 100`, 'e.g. --limit 5');
  }
  return Number(raw);
}

const TYPE_LABEL = { article: 'article', flow: 'guided troubleshooting' } as const;

function renderParts(parts: SnippetPart[], tty: boolean): string {
  return parts.map((p) => (p.match && tty ? `\u001b[1m${p.text}\u001b[22m` : p.text)).join('');
}

async function renderHits(searcher: Searcher, query: string, hits: SearchHit[], io: CliIo): Promise<string> {
  const tty = Boolean(io.stdout.isTTY);
  if (hits.length === 0) {
    const flows = await searcher.troubleshooters();
    const offer = flows.length
      ? `\nGuided troubleshooting in ${searcher.locale}:\n${flows.map((f) => `  ${f.title}  (kb walk ${f.id})`).join('\n')}\n`
      : '';
    return `No results for "${query}" in ${searcher.locale}.\nhint: try fewer words, or other words for the problem.\n${offer}`;
  }
  const lines: string[] = [];
  for (const [i, hit] of hits.entries()) {
    lines.push(`${String(i + 1).padStart(2)}. ${hit.title}  (${TYPE_LABEL[hit.type]})`);
    lines.push(`    ${hit.url}`);
    lines.push(`    ${renderParts(await searcher.snippetParts(hit, 160), tty)}`);
  }
  return lines.join('\n') + '\n';
}

/** Runs `kb search`. */
export async function searchCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      locale: { type: 'string', default: DEFAULT_LOCALE },
      agent: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      limit: { type: 'string' },
      root: { type: 'string' },
    },
    100,
  );
  const query = positionals.join(' ');
  if (!query.trim()) throw new UsageError('what should I search for? Give words, e.g. kb search "router lights"');
  if (!isLocale(values.locale)) {
    throw new UsageError(`unknown locale "${values.locale}"`, `use one of: ${LOCALES.join(', ')}`);
  }
  const locale: Locale = values.locale;
  const limit = parseLimit(values.limit);
  const root = resolve(io.cwd, values.root ?? '.');

  const source = builtIndex(root, locale, values.agent) ?? (await indexInMemory(root, locale, values.agent, io));
  const searcher = await openSearch(source);
  const { hits } = await searcher.search(query, { limit });
  if (values.json) {
    const json = hits.map(({ id, type, title, url, locale: l, score }) => ({ id, type, title, url, locale: l, score }));
    io.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else {
    io.stdout.write(await renderHits(searcher, query, hits, io));
  }
  return EXIT.ok;
}
