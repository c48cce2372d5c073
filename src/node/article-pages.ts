/**
 * The article pages of a build, for the route that renders their shells
 * (src/pages/[locale]/[category]/[key].astro), the middleware that fills
 * them and the writer of the others: every page's data and rendered body,
 * grouped by shell, and what every page shares (article-page-values.ts).
 * Read from the same compiled articles as the content collection, once per
 * build (memoised; again in `astro dev` after an edit).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../core/locales.ts';
import { indexArticles } from '../core/site/article-alternates.ts';
import { articleEntryData, type ArticleEntryData } from '../core/site/article-entry-schema.ts';
import { articleShellKind, type ArticlePageContext } from '../core/site/article-page-values.ts';
import type { ArticleShellKind } from '../core/site/article-shell.ts';
import { articleTitleLine, showsFlags } from '../core/site/flag-targets.ts';
import { flowLink } from '../core/site/flow-links.ts';
import { articleUrl } from '../core/site/urls.ts';
import { memoByFiles } from './_files-memo.ts';
import { buildAudience } from './audience.ts';
import { compileProjectArticles } from './compile-project-articles.ts';
import { contentRoot } from './content-root.ts';
import { loadFlows } from './load-flows.ts';
import { readSiteConfig } from './read-site-config.ts';

/** One article page: its data and its rendered Markdown. */
export interface ArticlePage {
  data: ArticleEntryData;
  html: string;
  /** `/<locale>/<category>/<key>/`. */
  url: string;
}

/** The article pages of a build. */
export interface ArticlePages {
  /** Every page by its URL. */
  byUrl: ReadonlyMap<string, ArticlePage>;
  /** The pages of each shell by `<locale>/<kind>`, in id order: Astro renders the first of each. */
  shells: ReadonlyMap<string, readonly ArticlePage[]>;
  /** What every page shares, for a site at `site`. */
  context(site: string): ArticlePageContext;
}

/** The name of the shell of a locale and kind: `da/fallback`. */
export const articleShellName = (locale: Locale, kind: ArticleShellKind): string => `${locale}/${kind}`;

/** The article pages of the knowledge base at `root` for `audience` (default: this build's). */
export function loadArticlePages(root = contentRoot(), audience = buildAudience()): Promise<ArticlePages> {
  return memoByFiles(`article-pages:${root}:${audience}`, [join(root, 'content'), join(root, 'flows')], async () => {
    const { pages } = await compileProjectArticles(root, audience);
    const config = readSiteConfig(root);
    const { flows } = loadFlows(root, audience);
    const byUrl = new Map<string, ArticlePage>();
    const shells = new Map<string, ArticlePage[]>();
    for (const compiled of pages) {
      const data = articleEntryData(compiled);
      const page = { data, html: compiled.html, url: articleUrl(data.locale, data.category, data.key) };
      byUrl.set(page.url, page);
      const name = articleShellName(data.locale, articleShellKind(data));
      const group = shells.get(name);
      if (group) group.push(page);
      else shells.set(name, [page]);
    }
    const index = indexArticles([...byUrl.values()].flatMap((page) => (page.data.translated ? [page.data] : [])));
    const titleLines = new Map<string, number>();
    const titleLine = (file: string): number => {
      let line = titleLines.get(file);
      if (line === undefined) titleLines.set(file, (line = articleTitleLine(readFileSync(join(root, file), 'utf8'))));
      return line;
    };
    const flags = showsFlags(audience, config);
    return {
      byUrl,
      shells,
      context: (site: string): ArticlePageContext => ({
        site,
        index,
        repository: config.repository,
        branch: config.branch,
        feedback: Boolean(config.feedbackEndpoint),
        titleLine: flags ? titleLine : undefined,
        flowLink: (id: string, locale: Locale) => {
          const flow = flows.get(id);
          return flow && flowLink(flow, locale);
        },
      }),
    };
  });
}
