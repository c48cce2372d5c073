/**
 * Where a build's shells go as Astro renders them (src/core/site/page-shell.ts).
 * The middleware that fills the page Astro rendered (step-pages-middleware.ts,
 * article-pages-middleware.ts, in Astro's bundle) and the integration that
 * writes the other pages from its shell (step-pages-integration.ts,
 * article-pages-integration.ts, loaded natively) are two module graphs in one
 * process: the sinks live on globalThis. In `astro dev` there are none.
 */
import type { Locale } from '../core/locales.ts';

/** The kinds of page filled from shells. */
export type ShellKind = 'step' | 'article';

/** What receives each shell of one kind Astro renders during a build. */
export interface ShellSink {
  /** The site's address, for the absolute links of every page. */
  site: string;
  /** The shell of one locale and `name` (a flow's id; an article page's kind), as rendered (before its slots are filled). */
  shell(locale: Locale, name: string, html: string): void;
}

const KEY = Symbol.for('kb.shellSinks');
const store = globalThis as { [KEY]?: Partial<Record<ShellKind, ShellSink>> };

/** Sets (or, with undefined, removes) the sink of `kind` in this process. */
export function setShellSink(kind: ShellKind, sink: ShellSink | undefined): void {
  store[KEY] = { ...store[KEY], [kind]: sink };
}

/** The sink of `kind` in this process, if a build set one. */
export function shellSink(kind: ShellKind): ShellSink | undefined {
  return store[KEY]?.[kind];
}
