/**
 * The translation matrix as plain JSON for tools (`kb check --translations
 * --format json`): states, files and positions, and for stale translations
 * the commits that made them stale.
 */
import type { Locale } from '../locales.ts';
import type { FlowTextRef } from './flow-translations.ts';
import { revisionDate, type Revision } from './revision.ts';
import type { TranslationMatrix } from './translation-matrix.ts';
import type { TranslationState } from './translation-state.ts';

/** A commit, as JSON shows it. */
export interface CommitJson {
  commit: string;
  date: string;
}

/** The JSON of one article in one locale. */
export interface ArticleCellJson {
  state: TranslationState;
  file: string | null;
  /** When stale: the English change, and the translation's last change. */
  englishChanged?: CommitJson;
  translated?: CommitJson;
}

/** The JSON of one flow in one locale. */
export interface FlowCellJson {
  state: TranslationState;
  missing: Array<Omit<FlowTextRef, 'node'> & { node: string | null }>;
  stale: Array<Omit<FlowTextRef, 'node'> & { node: string | null; englishChanged: CommitJson; translated: CommitJson }>;
}

/** The whole matrix as JSON. */
export interface TranslationMatrixJson {
  locales: Locale[];
  articles: Array<{ key: string; category: string; source: string | null; locales: Record<string, ArticleCellJson> }>;
  flows: Array<{ id: string; file: string; texts: number; offeredIn: Locale[]; locales: Record<string, FlowCellJson> }>;
}

const commitJson = (revision: Revision): CommitJson => ({ commit: revision.commit, date: revisionDate(revision) });

const refJson = (ref: FlowTextRef) => ({ path: ref.path, label: ref.label, node: ref.node ?? null, line: ref.line, column: ref.column });

/** The matrix as JSON-ready data. */
export function translationMatrixJson(matrix: TranslationMatrix): TranslationMatrixJson {
  return {
    locales: matrix.locales,
    articles: matrix.articles.map((row) => ({
      key: row.key,
      category: row.category,
      source: row.source ?? null,
      locales: Object.fromEntries(
        matrix.locales.map((locale) => {
          const cell = row.cells[locale];
          const json: ArticleCellJson = { state: cell.state, file: cell.file ?? null };
          if (cell.sourceRevision) json.englishChanged = commitJson(cell.sourceRevision);
          if (cell.translationRevision) json.translated = commitJson(cell.translationRevision);
          return [locale, json];
        }),
      ),
    })),
    flows: matrix.flows.map((row) => ({
      id: row.id,
      file: row.file,
      texts: row.texts,
      offeredIn: row.locales,
      locales: Object.fromEntries(
        matrix.locales.map((locale) => {
          const cell = row.cells[locale];
          return [
            locale,
            {
              state: cell.state,
              missing: cell.missing.map(refJson),
              stale: cell.stale.map((text) => ({
                ...refJson(text),
                englishChanged: commitJson(text.sourceRevision),
                translated: commitJson(text.translationRevision),
              })),
            },
          ];
        }),
      ),
    })),
  };
}
