import { fillShell, parseShell, shellTokens, type PageShell, type ShellSpec } from './page-shell.ts';

/**
 * Article pages from one shell (page-shell.ts). Every article page of a
 * locale has the same frame (header, search box, feedback, scripts and
 * styles) around a few parts of its own, and rendering each through Astro's
 * page pipeline cost about 2 ms of the build's busiest thread per page. So
 * Astro renders one article page per locale and kind, a translation or a
 * fallback (the default locale's text under the reader's locale, which adds
 * a notice and `lang`), with a slot token wherever articles differ; every
 * article page is that shell with its slots filled from
 * article-page-values.ts (src/node/article-pages-middleware.ts fills Astro's
 * own page, and every page in `astro dev`; src/node/article-pages-writer.ts
 * the others in a build).
 */

/** The parts of an article page that differ between articles. */
export const ARTICLE_SLOTS = [
  'title',
  'summary',
  'lang',
  'hreflang',
  'switcher',
  'crumbs',
  'toc',
  'body',
  'meta',
  'related',
  'subject',
  'flag',
] as const;
export type ArticleSlot = (typeof ARTICLE_SLOTS)[number];

/**
 * What each slot holds:
 * - title, summary: text (the head's title and description, the heading and lead);
 * - lang: the text's language on a fallback page, an attribute value (only a fallback shell has it);
 * - hreflang, switcher, crumbs, toc, body, meta, related: HTML (alternates-html.ts, breadcrumbs-html.ts,
 *   the rendered Markdown, article-html.ts);
 * - subject, flag: attribute values (the feedback's subject as JSON, the flag's href), when the site shows them.
 */
export type ArticleSlotValues = Record<ArticleSlot, string>;

/** The two kinds of article page, each with its own shell per locale. */
export type ArticleShellKind = 'translated' | 'fallback';

const ARTICLE_SHELL: ShellSpec<ArticleSlot> = {
  kind: 'article',
  slots: ARTICLE_SLOTS,
  required: ['title', 'summary', 'hreflang', 'switcher', 'crumbs', 'toc', 'body', 'meta', 'related'],
  once: ['body'],
  raw: new Set(['hreflang', 'switcher', 'crumbs', 'toc', 'body', 'meta', 'related']),
};

export type ArticleShell = PageShell<ArticleSlot>;

/** The token of each slot for a nonce (letters and digits). */
export const articleSlotTokens = (nonce: string): ArticleSlotValues => shellTokens(ARTICLE_SHELL, nonce);

/** Splits a rendered article shell at the tokens of `nonce`. */
export const parseArticleShell = (html: string, nonce: string, name: string): ArticleShell => parseShell(ARTICLE_SHELL, html, nonce, name);

/** One article page: the shell with every slot filled (HTML slots as given, the others escaped). */
export const fillArticleShell = (shell: ArticleShell, values: ArticleSlotValues): string => fillShell(ARTICLE_SHELL, shell, values);
