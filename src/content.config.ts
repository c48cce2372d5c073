/** The content collections of the help site. */
import { defineCollection } from 'astro:content';
import { articleEntrySchema } from './core/site/article-entry-schema.ts';
import { articlesLoader } from './node/articles-loader.ts';

/** One entry per article page, `<locale>/<key>`; see src/core/site/article-entry-schema.ts. */
const articles = defineCollection({
  loader: articlesLoader(),
  schema: articleEntrySchema,
});

export const collections = { articles };
