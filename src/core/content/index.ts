/** The article area: the frontmatter schema, our remark plugins and the renderer. */
export {
  ARTICLE_AUDIENCES,
  ARTICLE_CATEGORIES,
  ARTICLE_FIELDS,
  articleFrontmatterSchema,
  articleJsonSchema,
  type ArticleCategory,
  type ArticleFrontmatter,
  type ArticleFrontmatterInput,
} from './article-schema.ts';
export {
  CALLOUT_KINDS,
  CALLOUT_LABELS,
  isCalloutKind,
  type CalloutKind,
  type CalloutLabels,
} from './callout-labels.ts';
export type { ContentDiagnosticCode } from './_report.ts';
export { createSlugger, slugify } from './heading-slug.ts';
export { createLinkResolver, type ArticleLinkTarget, type LinkTargets } from './link-resolver.ts';
export { parseFrontmatter, splitFrontmatter, type ParsedFrontmatter, type SplitArticle } from './parse-frontmatter.ts';
export { remarkCallouts, type RemarkCalloutsOptions } from './remark-callouts.ts';
export { remarkHeadings, type HeadingEntry, type RemarkHeadingsOptions, type TocEntry } from './remark-headings.ts';
export {
  remarkLinks,
  type LinkKind,
  type LinkResolution,
  type LinkResolver,
  type RemarkLinksOptions,
} from './remark-links.ts';
export { remarkRawHtml } from './remark-raw-html.ts';
export {
  articleHeadings,
  articleRemarkPlugins,
  renderArticle,
  type RemarkPluginEntry,
  type RenderArticleOptions,
  type RenderedArticle,
} from './render-article.ts';
