/** Translations: which article or flow text is missing or stale in which locale. */
export { localizedTexts, type LocaleLines, type LocalizedTextPlace } from './_localized-texts.ts';
export {
  articleTranslations,
  type ArticleForTranslation,
  type ArticleTranslationCell,
  type ArticleTranslationRow,
} from './article-translations.ts';
export {
  describeTextPath,
  flowTranslations,
  type FlowForTranslation,
  type FlowTextRef,
  type FlowTranslationCell,
  type FlowTranslationRow,
  type LineHistory,
  type StaleFlowText,
} from './flow-translations.ts';
export { renderTranslationMatrix, type RenderMatrixOptions } from './render-translation-matrix.ts';
export { compareRevisions, newerRevision, revisionDate, shortCommit, type FileHistory, type Revision } from './revision.ts';
export {
  translationDiagnostics,
  translationMatrix,
  type TranslationDiagnosticOptions,
  type TranslationMatrix,
  type TranslationMatrixInput,
} from './translation-matrix.ts';
export {
  translationMatrixJson,
  type ArticleCellJson,
  type CommitJson,
  type FlowCellJson,
  type TranslationMatrixJson,
} from './translation-matrix-json.ts';
export type { TranslationState } from './translation-state.ts';
