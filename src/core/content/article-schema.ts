/**
 * The frontmatter of an article (content/<locale>/<category>/<key>.md), as one
 * zod schema: it validates the block, gives the TypeScript types and can
 * generate a JSON Schema for writers' editors (`articleJsonSchema`).
 */
import { z } from 'zod';
import { ID_PATTERN } from '../flows/schema.ts';

/** The categories articles are filed under; each is a folder in content/<locale>/. */
export const ARTICLE_CATEGORIES = ['accounts', 'billing', 'orders', 'internet', 'mobile', 'moving'] as const;

/** One of the article categories. */
export type ArticleCategory = (typeof ARTICLE_CATEGORIES)[number];

/** Who may read an article: everyone, or representatives only. */
export const ARTICLE_AUDIENCES = ['public', 'agent'] as const;

const kebab = (what: string, example: string) =>
  z.string().regex(ID_PATTERN, { message: `${what} must be lower-case kebab-case, like "${example}"` });

/** The frontmatter block of an article. */
export const articleFrontmatterSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(120).describe("The article's title as readers see it, 1 to 120 characters."),
    summary: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .describe('One or two sentences shown in search results and link previews, 1 to 300 characters.'),
    key: kebab('key', 'restart-router').describe(
      "The article's id: its translation key, the same in every locale and equal to the file name. Links and flows refer to it as article:<key>.",
    ),
    category: z.enum(ARTICLE_CATEGORIES).describe('The category, equal to the folder the file is in.'),
    tags: z
      .array(kebab('a tag', 'router'))
      .max(20)
      .default([])
      .describe('Topics for search and related lists, in kebab-case.'),
    audience: z
      .enum(ARTICLE_AUDIENCES)
      .default('public')
      .describe('public: on the public site; agent: for representatives only.'),
    related: z
      .array(kebab('a related article key', 'restart-router'))
      .max(20)
      .default([])
      .describe('Keys of articles to list under "Related".'),
    flows: z
      .array(kebab('a flow id', 'internet-down'))
      .max(10)
      .default([])
      .describe('Ids of troubleshooting flows this article offers to start.'),
  })
  .describe('The frontmatter of a knowledge-base article.');

/** The frontmatter as written in a file. */
export type ArticleFrontmatterInput = z.input<typeof articleFrontmatterSchema>;
/** The frontmatter after validation, with defaults filled in. */
export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>;

/** The names of the frontmatter fields, for did-you-mean on unknown fields. */
export const ARTICLE_FIELDS = Object.keys(articleFrontmatterSchema.shape) as Array<keyof ArticleFrontmatter>;

/** The JSON Schema of the article frontmatter, generated from `articleFrontmatterSchema`. */
export function articleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(articleFrontmatterSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  return { $id: 'https://helpdesk-kb.invalid/schema/article.schema.json', title: 'Article frontmatter', ...schema };
}
