/**
 * Build-time data of the call console, loaded once per build and shared by
 * the console pages and the per-flow JSON they fetch. Representatives' build
 * only: on the public build there are no console routes at all, so nothing
 * here is ever loaded there.
 */
import { getCollection } from 'astro:content';
import type { CompiledFlow } from '../../../core/flows/compiled-flow.ts';
import type { HandoffConfig } from '../../../core/handoff/config-schema.ts';
import { articleLinksOf, type ArticleLinks } from '../../../core/site/troubleshooter-data.ts';
import { buildAudience } from '../../../node/audience.ts';
import { loadFlows } from '../../../node/load-flows.ts';
import { contentRoot } from '../../../node/content-root.ts';

/** Everything the console routes are built from. */
export interface ConsoleSource {
  flows: Map<string, CompiledFlow>;
  handoff: HandoffConfig | undefined;
  articles: ArticleLinks;
}

let loaded: Promise<ConsoleSource> | undefined;

async function load(): Promise<ConsoleSource> {
  const { flows, handoff } = loadFlows(contentRoot(), 'agent');
  // Agent-only articles included: this is the representatives' build.
  const articles = articleLinksOf((await getCollection('articles')).map((entry) => entry.data), 'agent');
  return { flows, handoff, articles };
}

/** True when this build has a console: the representatives' build. */
export function hasConsole(): boolean {
  return buildAudience() === 'agent';
}

/** The console's data of this build, loaded on first use. */
export function loadConsoleSource(): Promise<ConsoleSource> {
  loaded ??= load();
  return loaded;
}
