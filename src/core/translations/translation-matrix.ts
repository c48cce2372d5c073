/**
 * The translation matrix: every article and every flow against every
 * locale, with what is missing and what is stale, and the warnings
 * `kb check` prints for it.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locales.ts';
import { articleTranslations, type ArticleForTranslation, type ArticleTranslationRow } from './article-translations.ts';
import { flowTranslations, type FlowForTranslation, type FlowTranslationRow } from './flow-translations.ts';
import { revisionDate, shortCommit, type FileHistory } from './revision.ts';

/** Articles and flows against locales. */
export interface TranslationMatrix {
  locales: Locale[];
  articles: ArticleTranslationRow[];
  flows: FlowTranslationRow[];
}

/** What `translationMatrix` reads. */
export interface TranslationMatrixInput {
  articles: readonly ArticleForTranslation[];
  /** What git knows of an article file. */
  historyOf: (file: string) => FileHistory;
  flows: readonly FlowForTranslation[];
}

/** Builds the matrix; rows are ordered by category and key (articles) and by id (flows). */
export function translationMatrix(input: TranslationMatrixInput): TranslationMatrix {
  const flows = input.flows.map(flowTranslations).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { locales: [...LOCALES], articles: articleTranslations(input.articles, input.historyOf), flows };
}

function listWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Options of `translationDiagnostics`. */
export interface TranslationDiagnosticOptions {
  /**
   * Also warn about articles that are not translated into a locale. Off by
   * default: an untranslated article is shown in English with a notice, by
   * design; `kb check --translations` asks for the list.
   */
  missingArticles?: boolean;
}

/**
 * `translation-stale` warnings for every stale article and flow text, at the
 * translation; with `missingArticles`, a `missing-translation` warning per
 * English article naming the locales it lacks. Missing flow texts are the
 * flow checker's own warnings and are not repeated here.
 */
export function translationDiagnostics(matrix: TranslationMatrix, options: TranslationDiagnosticOptions = {}): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const row of matrix.articles) {
    const missing: Locale[] = [];
    for (const locale of matrix.locales) {
      const cell = row.cells[locale];
      if (cell.state === 'missing' && locale !== DEFAULT_LOCALE) missing.push(locale);
      if (cell.state !== 'stale' || !cell.file || !cell.sourceRevision || !cell.translationRevision || !row.source) continue;
      const source = cell.sourceRevision;
      const own = cell.translationRevision;
      found.push({
        file: cell.file,
        line: 1,
        column: 1,
        severity: 'warning',
        code: 'translation-stale',
        message: `this ${locale} translation is stale: ${row.source} changed on ${revisionDate(source)} (${shortCommit(source)}), after this file last changed on ${revisionDate(own)} (${shortCommit(own)})`,
        hint: `Update it to match the English text; \`git diff ${shortCommit(own)} ${shortCommit(source)} -- ${row.source}\` shows what changed since. Commit the update to clear this warning.`,
      });
    }
    if (options.missingArticles && row.source && missing.length > 0) {
      found.push({
        file: row.source,
        line: 1,
        column: 1,
        severity: 'warning',
        code: 'missing-translation',
        message: `"${row.key}" is not translated into ${listWords(missing)}`,
        hint: `Start a translation with npx kb new article ${row.key} --locale ${missing[0]}; until then readers of ${missing.length === 1 ? 'that locale' : 'those locales'} see the English text.`,
      });
    }
  }
  for (const row of matrix.flows) {
    for (const locale of matrix.locales) {
      for (const text of row.cells[locale].stale) {
        const source = text.sourceRevision;
        found.push({
          file: row.file,
          line: text.line,
          column: text.column,
          severity: 'warning',
          code: 'translation-stale',
          message: `${text.label} in ${locale} is stale: the English text changed on ${revisionDate(source)} (${shortCommit(source)}), after the ${locale} text (${revisionDate(text.translationRevision)})`,
          hint: `Update the ${locale} text to match the English; \`git show ${shortCommit(source)} -- ${row.file}\` shows the English change.`,
        });
      }
    }
  }
  return found;
}
