/**
 * The articles of the knowledge base at a root, checked and rendered once
 * per build and audience: the content loader makes the pages from them and
 * the search index reads the same text, so no article is rendered twice.
 * Rendering uses every core (src/node/render-pool.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flowIdOfFile } from '../core/flows/check-flows.ts';
import { compileArticles, type ArticleFile, type CompiledArticles } from '../core/site/compile-articles.ts';
import { memoByFiles } from './_files-memo.ts';
import { readGitDates } from './git-dates.ts';
import type { Audience } from './load-flows.ts';
import { readProject, type ProjectOnDisk } from './read-project.ts';
import { renderOnEveryCore } from './render-pool.ts';

/** Reads content/<locale>/**.md of the project at `root`. */
export function readArticleFiles(root: string, project: ProjectOnDisk = readProject(root)): ArticleFile[] {
  return project.articles.map(({ file, locale }) => ({
    file,
    locale,
    text: readFileSync(join(root, file)).toString('utf8'),
  }));
}

/**
 * Every article page of `audience` and every diagnostic of the articles.
 * Flow links are checked against the flow files present (the flows' own
 * errors are the flow checker's to report). Callers must not modify the result.
 */
export function compileProjectArticles(root: string, audience: Audience): Promise<CompiledArticles> {
  const inputs = [join(root, 'content'), join(root, 'flows')];
  return memoByFiles(`articles:${root}:${audience}`, inputs, () => {
    const project = readProject(root);
    return compileArticles(
      {
        files: readArticleFiles(root, project),
        flowIds: project.flows.map((flow) => flowIdOfFile(flow.file)),
        audience,
        lastUpdated: readGitDates(root),
      },
      renderOnEveryCore,
    );
  });
}

/** The HTML of every page of `audience` by entry id, from the same compiled articles as the collection. */
export async function articleHtmlById(root: string, audience: Audience): Promise<Map<string, string>> {
  const { pages } = await compileProjectArticles(root, audience);
  return new Map(pages.map((page) => [page.id, page.html]));
}
