/**
 * Fills an article page from the shell Astro rendered for it
 * (src/core/site/article-shell.ts), exactly as article-pages-writer.ts fills
 * the others. In `astro dev` the article route renders the shell at every
 * article URL and this fills the article the URL names. In a build the
 * route renders one page per shell: this fills it, and hands the shell to
 * the build's sink (shell-sink.ts) so every other article page of the shell
 * is written from it. Any other URL is left alone.
 */
import type { MiddlewareHandler } from 'astro';
import { articlePageValues, articleShellKind } from '../core/site/article-page-values.ts';
import { fillArticleShell, parseArticleShell } from '../core/site/article-shell.ts';
import { articleShellName, loadArticlePages } from './article-pages.ts';
import { shellNonce } from './shell-nonce.ts';
import { shellSink } from './shell-sink.ts';

/** `/<locale>/<category>/<key>/`: the only URLs that can be article pages. */
const ARTICLE_URL = /^\/[a-z]{2}\/[^/]+\/[^/]+\/$/;

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const url = context.url.pathname;
  if (!ARTICLE_URL.test(url) || response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const pages = await loadArticlePages();
  const page = pages.byUrl.get(url);
  if (!page) return response;
  const html = await response.text();
  const kind = articleShellKind(page.data);
  const sink = shellSink('article');
  sink?.shell(page.data.locale, kind, html);
  const shell = parseArticleShell(html, shellNonce(), articleShellName(page.data.locale, kind));
  const values = articlePageValues(pages.context(sink?.site ?? (context.site ?? context.url).href), page.data, page.html);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(fillArticleShell(shell, values), { status: 200, headers });
};
