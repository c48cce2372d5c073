/**
 * The data of one entry of the `articles` content collection: the article's
 * frontmatter plus what the build adds. One entry per page, so fallback
 * pages (the default locale's text under another locale) are entries too,
 * with `translated: false`; search indexes skip them.
 */
import { z } from 'zod';
import { articleFrontmatterSchema } from '../content/index.ts';
import { LOCALES } from '../locales.ts';
import type { ArticlePageData } from './compile-articles.ts';

const tocEntrySchema = z.strictObject({
  depth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
  id: z.string(),
  text: z.string(),
});

export const articleEntrySchema = articleFrontmatterSchema.extend({
  locale: z.enum(LOCALES).describe('The locale of the page: its URL and interface language.'),
  sourceLocale: z.enum(LOCALES).describe('The language of the text shown; differs from locale on a fallback page.'),
  translated: z.boolean().describe('False on a fallback page.'),
  file: z.string().describe('The Markdown file shown, relative to the project root.'),
  lastUpdated: z.string().optional().describe('The last commit date of the file (ISO 8601), when git knows it.'),
  toc: z.array(tocEntrySchema).describe('The h2 and h3 headings.'),
});

/** An entry's data as stored. */
export type ArticleEntryData = z.output<typeof articleEntrySchema>;

/** The collection data of a compiled page. */
export function articleEntryData(page: ArticlePageData): ArticleEntryData {
  return {
    ...page.frontmatter,
    locale: page.locale,
    sourceLocale: page.sourceLocale,
    translated: page.translated,
    file: page.file,
    ...(page.lastUpdated ? { lastUpdated: page.lastUpdated } : {}),
    toc: page.toc,
  };
}
