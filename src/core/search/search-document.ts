/** What the search index holds about an article or a troubleshooter. */
import type { Locale } from '../locales.ts';

/** Articles, or troubleshooters shown as "Guided troubleshooting". */
export type SearchDocumentType = 'article' | 'flow';

/** One searchable document, in one locale. */
export interface SearchDocument {
  /** The article key or the flow id. */
  id: string;
  type: SearchDocumentType;
  locale: Locale;
  /** Where the result links to, e.g. /en/internet/restart-router/. */
  url: string;
  title: string;
  summary: string;
  /** Article headings; empty for troubleshooters. */
  headings: string[];
  /** Article tags, or a troubleshooter's symptom keywords. */
  keywords: string[];
  /** Article body or the troubleshooter's questions and answers, as plain text. */
  body: string;
  /** The article's category, when it has one. */
  category?: string;
}
