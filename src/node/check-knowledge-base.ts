/**
 * Every check of a knowledge base, as `kb check` and `kb build` run them:
 * flows and the handoff file, the site settings (content/site.yaml, when
 * there is one; the build itself requires it), articles (frontmatter, links, anchors),
 * checks across files (duplicate flow ids, translations that disagree with
 * their original) and the translation matrix with its stale translations.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkArticleSet } from '../core/checks/check-article-set.ts';
import { checkFlowFiles } from '../core/checks/check-flow-files.ts';
import { sortDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { checkProject } from '../core/flows/check-project.ts';
import { flowIdOfFile } from '../core/flows/check-flows.ts';
import { parseYaml } from '../core/flows/parse-yaml.ts';
import { DEFAULT_LOCALE, type Locale } from '../core/locales.ts';
import { compileArticles, type ArticleFile } from '../core/site/compile-articles.ts';
import { parseSiteConfig, SITE_CONFIG_FILE } from '../core/site/parse-site-config.ts';
import {
  localizedTexts,
  translationDiagnostics,
  translationMatrix,
  type FlowForTranslation,
  type LineHistory,
  type TranslationMatrix,
} from '../core/translations/index.ts';
import { readGitBlame } from './git-blame.ts';
import { fileHistory, readGitHistory, type GitHistory } from './git-history.ts';
import { readProject, type SourceFileOnDisk } from './read-project.ts';

/** Options of `checkKnowledgeBase`. */
export interface CheckKnowledgeBaseOptions {
  /** Also warn about every article not translated into a locale (`kb check --translations`). */
  missingArticleTranslations?: boolean;
}

/** The result of `checkKnowledgeBase`. */
export interface KnowledgeBaseCheck {
  /** Every problem, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  matrix: TranslationMatrix;
  /** Things the writer should know that are not problems in a file, e.g. why staleness was not checked. */
  notes: string[];
  flowCount: number;
  articleCount: number;
}

function lineHistoryOf(root: string, flow: SourceFileOnDisk, translated: boolean, history: GitHistory | undefined): LineHistory {
  if (!history) return { kind: 'unknown' };
  if (history.uncommitted.has(flow.file)) return { kind: 'uncommitted' };
  const commits = history.files.get(flow.file);
  if (!commits) return { kind: 'unknown' };
  // One commit, or nothing translated: no line can be older than another that matters. Saves a blame per file.
  if (commits.count === 1 || !translated) return { kind: 'uniform' };
  const revisions = readGitBlame(root, flow.file, history.commits);
  return revisions ? { kind: 'lines', revisions } : { kind: 'unknown' };
}

function listFiles(files: readonly string[]): string {
  const shown = files.slice(0, 5).join(', ');
  return files.length > 5 ? `${shown} and ${files.length - 5} more` : shown;
}

/** Runs every check on the knowledge base at `root`. Never throws for bad content. */
export async function checkKnowledgeBase(root: string, options: CheckKnowledgeBaseOptions = {}): Promise<KnowledgeBaseCheck> {
  const project = readProject(root);
  const checked = checkProject(project);
  const files: ArticleFile[] = project.articles.map(({ file, locale }) => ({
    file,
    locale,
    text: readFileSync(join(root, file)).toString('utf8'),
  }));
  const flowIds = project.flows.map((f) => flowIdOfFile(f.file));
  // Articles are checked as the agent build sees them: every article, every link.
  const articles = await compileArticles({ files, flowIds, audience: 'agent' });

  const git = readGitHistory(root);
  const history = git.ok ? git.history : undefined;
  const flows: FlowForTranslation[] = [];
  const translatedFiles = new Set<string>();
  for (const source of project.flows) {
    const id = flowIdOfFile(source.file);
    const flow = checked.flows.get(id);
    if (!flow) continue;
    const parsed = parseYaml(source.text, source.file);
    const texts = localizedTexts(parsed.value, parsed.map, source.text);
    const translated = texts.some((t) => [...t.locales.keys()].some((l) => l !== DEFAULT_LOCALE));
    if (translated) translatedFiles.add(source.file);
    const locales = flow.locales ?? (Object.keys(flow.title) as Locale[]);
    flows.push({ id, file: source.file, texts, locales, lines: lineHistoryOf(root, source, translated, history) });
  }
  const keys = new Map<string, Set<Locale>>();
  for (const a of project.articles) keys.set(a.id, (keys.get(a.id) ?? new Set()).add(a.locale));
  for (const a of project.articles) if ((keys.get(a.id)?.size ?? 0) > 1) translatedFiles.add(a.file);
  const matrix = translationMatrix({
    articles: project.articles.map((a) => ({ key: a.id, locale: a.locale, file: a.file, category: a.file.split('/')[2] ?? '' })),
    historyOf: (file) => fileHistory(history, file),
    flows,
  });

  const notes: string[] = [];
  if (translatedFiles.size > 0) {
    if (!git.ok) notes.push(`translations were not checked for staleness: ${git.reason}.`);
    else {
      const uncommitted = [...translatedFiles].filter((file) => git.history.uncommitted.has(file)).sort();
      if (uncommitted.length > 0) {
        notes.push(
          `${uncommitted.length === 1 ? '1 file has' : `${uncommitted.length} files have`} uncommitted changes, so ${uncommitted.length === 1 ? 'its' : 'their'} translations were not checked for staleness: ${listFiles(uncommitted)}. Commit, then run kb check again.`,
        );
      }
      if (git.history.shallow) {
        notes.push('this is a shallow clone, so stale translations may be missed: fetch the whole history (actions/checkout with fetch-depth: 0).');
      }
    }
  }

  const siteFile = join(root, SITE_CONFIG_FILE);
  const site = existsSync(siteFile) ? parseSiteConfig(readFileSync(siteFile, 'utf8'), SITE_CONFIG_FILE, new Set(flowIds)).diagnostics : [];

  const diagnostics = sortDiagnostics([
    ...checked.diagnostics,
    ...site,
    ...articles.diagnostics,
    ...checkArticleSet(files),
    ...checkFlowFiles(project.flows.map((f) => f.file)),
    ...translationDiagnostics(matrix, { missingArticles: options.missingArticleTranslations ?? false }),
  ]);
  return { diagnostics, matrix, notes, flowCount: project.flows.length, articleCount: project.articles.length };
}
