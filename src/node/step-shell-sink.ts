/**
 * Where a build's step shells go as Astro renders them. The middleware that
 * fills a flow's first page (step-pages-middleware.ts, in Astro's bundle)
 * and the integration that writes the other step pages
 * (step-pages-integration.ts, loaded natively) are two module graphs in one
 * process: the sink lives on globalThis. In `astro dev` there is none.
 */
import type { Locale } from '../core/locales.ts';

/** What receives each shell Astro renders during a build. */
export interface StepShellSink {
  /** The site's address, for the flag links of every step page. */
  site: string;
  /** The shell of one flow in one locale, as rendered (before its slots are filled). */
  shell(locale: Locale, flowId: string, html: string): void;
}

const KEY = Symbol.for('kb.stepShellSink');
const store = globalThis as { [KEY]?: StepShellSink };

/** Sets (or, with undefined, removes) the sink of this process. */
export function setStepShellSink(sink: StepShellSink | undefined): void {
  store[KEY] = sink;
}

/** The sink of this process, if a build set one. */
export function stepShellSink(): StepShellSink | undefined {
  return store[KEY];
}
