/**
 * Which locales have a translation of each article, and whether it is
 * stale: an article's translation is stale when its English original
 * (content/en/<category>/<key>.md) was changed in a later commit than the
 * translation file.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locales.ts';
import { compareRevisions, type FileHistory, type Revision } from './revision.ts';
import type { TranslationState } from './translation-state.ts';

/** An article file, as the matrix needs it. */
export interface ArticleForTranslation {
  /** The translation key (the `key:` of the frontmatter). */
  key: string;
  locale: Locale;
  /** Path relative to the project root. */
  file: string;
  category: string;
}

/** One article in one locale. */
export interface ArticleTranslationCell {
  state: TranslationState;
  /** The file of this locale, when there is one. */
  file?: string;
  /** When stale: the English change not yet followed. */
  sourceRevision?: Revision;
  /** When stale: the translation's last change. */
  translationRevision?: Revision;
}

/** One article in every locale. */
export interface ArticleTranslationRow {
  key: string;
  /** The category of the English original (else of the first translation). */
  category: string;
  /** The English original, when there is one. */
  source?: string;
  cells: Record<Locale, ArticleTranslationCell>;
}

function translationCell(
  source: ArticleForTranslation | undefined,
  translation: ArticleForTranslation,
  historyOf: (file: string) => FileHistory,
): ArticleTranslationCell {
  const file = translation.file;
  if (!source) return { state: 'current', file };
  const sourceHistory = historyOf(source.file);
  const translationHistory = historyOf(file);
  if (sourceHistory.kind !== 'committed' || translationHistory.kind !== 'committed') return { state: 'unknown', file };
  const changed = sourceHistory.latestSource;
  if (changed && compareRevisions(changed, translationHistory.latest) > 0) {
    return { state: 'stale', file, sourceRevision: changed, translationRevision: translationHistory.latest };
  }
  return { state: 'current', file };
}

/**
 * One row per translation key, ordered by category and key. The first file
 * of a (locale, key) pair counts; duplicates are reported elsewhere.
 */
export function articleTranslations(
  articles: readonly ArticleForTranslation[],
  historyOf: (file: string) => FileHistory,
): ArticleTranslationRow[] {
  const byKey = new Map<string, Map<Locale, ArticleForTranslation>>();
  for (const article of articles) {
    let byLocale = byKey.get(article.key);
    if (!byLocale) byKey.set(article.key, (byLocale = new Map()));
    if (!byLocale.has(article.locale)) byLocale.set(article.locale, article);
  }
  const rows: ArticleTranslationRow[] = [];
  for (const [key, byLocale] of byKey) {
    const source = byLocale.get(DEFAULT_LOCALE);
    const first = source ?? [...byLocale.values()][0]!;
    const cells = {} as Record<Locale, ArticleTranslationCell>;
    for (const locale of LOCALES) {
      const own = byLocale.get(locale);
      if (locale === DEFAULT_LOCALE) cells[locale] = own ? { state: 'source', file: own.file } : { state: 'missing' };
      else cells[locale] = own ? translationCell(source, own, historyOf) : { state: 'missing' };
    }
    rows.push({ key, category: first.category, ...(source ? { source: source.file } : {}), cells });
  }
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return rows.sort((a, b) => order(a.category, b.category) || order(a.key, b.key));
}
