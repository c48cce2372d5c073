/**
 * Turns the article files of a knowledge base into the article pages of one
 * build: frontmatter checked, Markdown rendered with links resolved to the
 * URLs of the reader's locale, and a fallback page (the default locale's
 * text) for every locale that lacks a translation. Every problem is a
 * diagnostic; the caller fails the build on errors.
 */
import {
  articleHeadings,
  createLinkResolver,
  parseFrontmatter,
  renderArticle,
  type ArticleFrontmatter,
  type RenderedArticle,
  type HeadingEntry,
  type LinkResolver,
  type TocEntry,
} from '../content/index.ts';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.ts';
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import { articlePages, indexArticles, type ArticleIndex } from './article-alternates.ts';
import { articleLinkTargets, firstResolved } from './article-link-targets.ts';
import { refuseAgentOnlyLinks } from './agent-only-links.ts';
import { checkArticleReferences } from './article-references.ts';

/** An article file as read from disk. */
export interface ArticleFile {
  /** Path relative to the project root: content/<locale>/<category>/<key>.md. */
  file: string;
  locale: Locale;
  text: string;
}

/** What `compileArticles` needs. */
export interface CompileArticlesInput {
  files: readonly ArticleFile[];
  /** The ids of every flow, for `flow:` links and `flows:` lists. */
  flowIds: Iterable<string>;
  /** 'public' leaves agent-only articles out; they are checked all the same. */
  audience: 'public' | 'agent';
  /** The date of the last commit of each file (ISO 8601), when known. */
  lastUpdated?: ReadonlyMap<string, string>;
}

/** One article page of the site. */
export interface ArticlePageData {
  /** `<locale>/<key>`: unique in the build. */
  id: string;
  /** The locale of the page (its URL and interface). */
  locale: Locale;
  /** The locale of the text shown: the page's own, or the default locale on a fallback page. */
  sourceLocale: Locale;
  /** False on a fallback page. */
  translated: boolean;
  /** The file the text comes from. */
  file: string;
  frontmatter: ArticleFrontmatter;
  lastUpdated?: string;
  html: string;
  toc: TocEntry[];
  headings: HeadingEntry[];
  plainText: string;
}

/** The result of `compileArticles`. */
export interface CompiledArticles {
  /** Pages ordered by id; complete only when `diagnostics` holds no error. */
  pages: ArticlePageData[];
  diagnostics: Diagnostic[];
}

/** An article file with its checked frontmatter. */
export interface Source extends ArticleFile {
  key: string;
  category: string;
  data: ArticleFrontmatter;
}

function duplicateKey(source: Source, first: Source): Diagnostic {
  return {
    file: source.file,
    line: 1,
    column: 1,
    severity: 'error',
    code: 'duplicate-key',
    message: `the key "${source.key}" is already used by ${first.file}`,
    hint: 'Every article of a locale needs its own key: rename one of the files and its key:.',
  };
}

/** Reads the frontmatter of every file; files with errors are left out and reported. */
function readSources(files: readonly ArticleFile[], diagnostics: Diagnostic[]): Source[] {
  const sources: Source[] = [];
  const seen = new Map<string, Source>();
  for (const file of files) {
    const parsed = parseFrontmatter(file.text, file.file);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.data) continue;
    const source: Source = { ...file, key: parsed.data.key, category: parsed.data.category, data: parsed.data };
    const first = seen.get(`${file.locale}/${source.key}`);
    if (first) {
      diagnostics.push(duplicateKey(source, first));
      continue;
    }
    seen.set(`${file.locale}/${source.key}`, source);
    sources.push(source);
  }
  return sources;
}

/** One rendering of an article file: for its own page, or for a fallback page in another locale. */
export interface RenderJob {
  /** The index of the file in the plan's `sources`. */
  source: number;
  /** The locale of the page: its links point into this locale. */
  locale: Locale;
  /** False for a fallback page (the default locale's text on another locale's page). */
  translated: boolean;
}

/**
 * Everything needed to render the articles, as plain data: a renderer in
 * another thread rebuilds the link tables from it. Made by `planArticles`.
 */
export interface ArticlePlan {
  sources: Source[];
  flowIds: string[];
  audience: 'public' | 'agent';
  /** The own rendering of every file first (in `sources` order), then the fallback pages. */
  jobs: RenderJob[];
  /** Problems found before rendering: frontmatter, duplicate keys, references. */
  diagnostics: Diagnostic[];
  lastUpdated?: ReadonlyMap<string, string>;
}

/** Renders every job of a plan, results in job order: in this thread, or spread over workers by the caller. */
export type RenderArticleJobs = (plan: ArticlePlan) => Promise<RenderedArticle[]>;

interface LinkTables {
  everyone: ArticleIndex<Source>;
  publicOnly: ArticleIndex<Source>;
  indexFor: (source: Source) => ArticleIndex<Source>;
  resolverFor: (index: ArticleIndex<Source>, locale: Locale) => LinkResolver;
}

/** The article indexes and the (cached) link resolvers of each audience and locale. */
function linkTables(sources: readonly Source[], flowIds: ReadonlySet<string>): LinkTables {
  const everyone = indexArticles(sources);
  const publicOnly = indexArticles(sources.filter((s) => s.data.audience === 'public'));
  const anchors = new Map<Source, string[]>();
  const anchorsOf = (source: Source) => {
    let ids = anchors.get(source);
    if (!ids) anchors.set(source, (ids = articleHeadings(source.text).map((h) => h.id)));
    return ids;
  };
  const resolvers = new Map<string, LinkResolver>();
  const resolverFor = (index: ArticleIndex<Source>, locale: Locale): LinkResolver => {
    const cacheKey = `${index === publicOnly ? 'public' : 'agent'}/${locale}`;
    let resolve = resolvers.get(cacheKey);
    if (!resolve) {
      resolve = createLinkResolver(articleLinkTargets(index, locale, anchorsOf, flowIds));
      if (index === publicOnly) resolve = refuseAgentOnlyLinks(resolve, (key) => everyone.has(key) && !publicOnly.has(key));
      resolvers.set(cacheKey, resolve);
    }
    return resolve;
  };
  // Public articles may link only to public ones; agent-only articles may link to any.
  const indexFor = (source: Source) => (source.data.audience === 'public' ? publicOnly : everyone);
  return { everyone, publicOnly, indexFor, resolverFor };
}

/** The pages of the build's audience, in a stable order. */
function publishedPages(plan: Pick<ArticlePlan, 'sources' | 'audience'>, tables: Pick<LinkTables, 'everyone' | 'publicOnly'>) {
  return articlePages(plan.audience === 'public' ? tables.publicOnly : tables.everyone);
}

/**
 * Reads and checks the frontmatter and references of every file, and lists
 * the renderings the pages need: every file once (for its diagnostics and
 * its own page), and each fallback page again with links into its locale.
 */
export function planArticles(input: CompileArticlesInput): ArticlePlan {
  const diagnostics: Diagnostic[] = [];
  const flowIds = [...input.flowIds];
  const sources = readSources(input.files, diagnostics);
  const tables = linkTables(sources, new Set(flowIds));
  const known = { articleKeys: new Set(tables.everyone.keys()), flowIds: new Set(flowIds) };
  const number = new Map(sources.map((source, i) => [source, i]));
  const jobs: RenderJob[] = sources.map((source, i) => {
    diagnostics.push(...checkArticleReferences(source.text, source.file, source.data, known));
    return { source: i, locale: source.locale, translated: true };
  });
  for (const { locale, article, translated } of publishedPages({ sources, audience: input.audience }, tables)) {
    if (!translated) jobs.push({ source: number.get(article)!, locale, translated: false });
  }
  return {
    sources,
    flowIds,
    audience: input.audience,
    jobs,
    diagnostics,
    ...(input.lastUpdated ? { lastUpdated: input.lastUpdated } : {}),
  };
}

/** A function that renders one job of `plan`; the link tables are built on first use. */
export function articleRenderer(plan: Pick<ArticlePlan, 'sources' | 'flowIds'>): (job: RenderJob) => Promise<RenderedArticle> {
  let tables: LinkTables | undefined;
  return (job) => {
    tables ??= linkTables(plan.sources, new Set(plan.flowIds));
    const article = plan.sources[job.source]!;
    const own = tables.resolverFor(tables.indexFor(article), job.locale);
    return renderArticle(article.text, {
      locale: article.locale,
      file: article.file,
      // A fallback page's default-locale text may name a heading only the default locale's version has.
      resolve: job.translated ? own : firstResolved(own, tables.resolverFor(tables.indexFor(article), DEFAULT_LOCALE)),
    });
  };
}

/** Renders the jobs one after another in this thread. */
export const renderInThisThread: RenderArticleJobs = async (plan) => {
  const render = articleRenderer(plan);
  const results: RenderedArticle[] = [];
  for (const job of plan.jobs) results.push(await render(job));
  return results;
};

/** The pages and every diagnostic, from a plan and its rendered jobs (in job order). */
export function assembleArticles(plan: ArticlePlan, rendered: readonly RenderedArticle[]): CompiledArticles {
  const diagnostics = [...plan.diagnostics];
  const tables = { everyone: indexArticles(plan.sources), publicOnly: indexArticles(plan.sources.filter((s) => s.data.audience === 'public')) };
  const own = new Map<Source, RenderedArticle>();
  const fallbacks = new Map<string, RenderedArticle>();
  plan.jobs.forEach((job, i) => {
    const result = rendered[i]!;
    const source = plan.sources[job.source]!;
    if (job.translated) {
      own.set(source, result);
      diagnostics.push(...result.diagnostics);
    } else {
      // A fallback page's problems are the original's, already reported.
      fallbacks.set(`${job.locale}/${source.file}`, result);
    }
  });
  const pages: ArticlePageData[] = [];
  for (const { locale, article, translated } of publishedPages(plan, tables)) {
    const result = translated ? own.get(article) : fallbacks.get(`${locale}/${article.file}`);
    if (!result) continue;
    const lastUpdated = plan.lastUpdated?.get(article.file);
    pages.push({
      id: `${locale}/${article.key}`,
      locale,
      sourceLocale: article.locale,
      translated,
      file: article.file,
      frontmatter: article.data,
      ...(lastUpdated ? { lastUpdated } : {}),
      html: result.html,
      toc: result.toc,
      headings: result.headings,
      plainText: result.plainText,
    });
  }
  pages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { pages, diagnostics: sortDiagnostics(diagnostics) };
}

/**
 * Checks and renders every article. Diagnostics are the same for both
 * audiences, so the public build catches errors in agent-only articles.
 * `render` decides where the Markdown is rendered (default: this thread).
 */
export async function compileArticles(
  input: CompileArticlesInput,
  render: RenderArticleJobs = renderInThisThread,
): Promise<CompiledArticles> {
  const plan = planArticles(input);
  return assembleArticles(plan, await render(plan));
}
