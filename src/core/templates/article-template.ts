/**
 * The starting text of a new article file: frontmatter with every field
 * the checker expects, and a body that shows the conventions. A
 * translation starts as a copy of the original, to be translated in place.
 */
import type { ArticleFrontmatter } from '../content/index.ts';
import { splitFrontmatter } from '../content/index.ts';
import { titleFromId, yamlIdList, yamlScalar } from './_yaml-scalar.ts';

/** Where writers look up the frontmatter fields. */
export const ARTICLE_FORMAT_REF = '# The fields are explained in docs/writing-articles.md ("The frontmatter").';

/** What a new article needs. */
export interface ArticleTemplateInput {
  key: string;
  category: string;
  /** The title; default: the key in words. */
  title?: string;
  /** The article to translate, when the key exists in another locale. */
  original?: { data: ArticleFrontmatter; text: string };
}

function frontmatter(data: Omit<ArticleFrontmatter, 'title' | 'summary'> & { title: string; summary: string }): string {
  return [
    '---',
    ARTICLE_FORMAT_REF,
    `title: ${yamlScalar(data.title)}`,
    `summary: ${yamlScalar(data.summary)}`,
    `key: ${data.key}`,
    `category: ${data.category}`,
    `tags: ${yamlIdList(data.tags)}`,
    `audience: ${data.audience}`,
    `related: ${yamlIdList(data.related)}`,
    `flows: ${yamlIdList(data.flows)}`,
    '---',
  ].join('\n');
}

/** The text of a new article file: a fresh article, or a copy of `original` to translate. */
export function articleTemplate(input: ArticleTemplateInput): string {
  if (input.original) {
    const { data, text } = input.original;
    // splitFrontmatter keeps the frontmatter's lines as blank lines; the body starts after them.
    const body = splitFrontmatter(text).body.replace(/^\n+/, '');
    return `${frontmatter({ ...data, title: input.title ?? data.title })}\n\n${body.trimEnd()}\n`;
  }
  const title = input.title ?? titleFromId(input.key);
  const head = frontmatter({
    title,
    summary: `What this article helps with, in one or two sentences: they show in search results.`,
    key: input.key,
    category: input.category as ArticleFrontmatter['category'],
    tags: [],
    audience: 'public',
    related: [],
    flows: [],
  });
  return `${head}

Start with the answer: one or two sentences that solve the reader's problem.
Then give the details under headings.

## What to do

1. Write each step as one instruction.
2. Link to other articles by key, as in \`[the title](article:restart-router)\`,
   and to troubleshooters by id, as in \`[the title](flow:internet-down)\`.

:::tip
A callout for something the reader must not miss: note, tip, warning or danger.
:::
`;
}
