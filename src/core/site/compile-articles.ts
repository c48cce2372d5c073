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

interface Source extends ArticleFile {
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

/**
 * Checks and renders every article. Public articles may link only to public
 * ones; agent-only articles may link to any. Diagnostics are the same for
 * both audiences, so the public build catches errors in agent-only articles.
 */
export async function compileArticles(input: CompileArticlesInput): Promise<CompiledArticles> {
  const diagnostics: Diagnostic[] = [];
  const flowIds = new Set(input.flowIds);
  const sources = readSources(input.files, diagnostics);
  const everyone = indexArticles(sources);
  const publicOnly = indexArticles(sources.filter((s) => s.data.audience === 'public'));
  const known = { articleKeys: new Set(everyone.keys()), flowIds };

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
  const indexFor = (source: Source) => (source.data.audience === 'public' ? publicOnly : everyone);

  // Every file once, for its diagnostics and its own page.
  const rendered = new Map<Source, Awaited<ReturnType<typeof renderArticle>>>();
  for (const source of sources) {
    diagnostics.push(...checkArticleReferences(source.text, source.file, source.data, known));
    const result = await renderArticle(source.text, {
      locale: source.locale,
      file: source.file,
      resolve: resolverFor(indexFor(source), source.locale),
    });
    diagnostics.push(...result.diagnostics);
    rendered.set(source, result);
  }

  const published = input.audience === 'public' ? publicOnly : everyone;
  const pages: ArticlePageData[] = [];
  for (const { locale, article, translated } of articlePages(published)) {
    // A fallback page renders the original again with links into the reader's locale;
    // its problems are the original's, already reported above.
    const result = translated
      ? rendered.get(article)
      : await renderArticle(article.text, {
          locale: article.locale,
          file: article.file,
          resolve: firstResolved(resolverFor(indexFor(article), locale), resolverFor(indexFor(article), DEFAULT_LOCALE)),
        });
    if (!result) continue;
    const lastUpdated = input.lastUpdated?.get(article.file);
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
