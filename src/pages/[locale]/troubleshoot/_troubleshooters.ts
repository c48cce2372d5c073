/**
 * Build-time data of the troubleshooter pages, loaded once per build and
 * shared by the step pages and the per-locale JSON the island fetches:
 * the public compiled flows, their static step pages, the handoff file and
 * links to the articles the steps cite.
 */
import { getCollection } from 'astro:content';
import type { CompiledFlow } from '../../../core/flows/compiled-flow.ts';
import type { HandoffConfig } from '../../../core/handoff/config-schema.ts';
import type { Locale } from '../../../core/locales.ts';
import { enumerateStepPages, type StepPages } from '../../../core/site/step-pages.ts';
import {
  articleLinksOf,
  troubleshooterData,
  type ArticleLinks,
  type TroubleshooterData,
} from '../../../core/site/troubleshooter-data.ts';
import { loadFlows } from '../../../node/load-flows.ts';
import { contentRoot } from '../../../node/content-root.ts';

/** Everything the troubleshooter routes are built from. */
export interface Troubleshooters {
  flows: Map<string, { compiled: CompiledFlow; steps: StepPages }>;
  handoff: HandoffConfig | undefined;
  articles: ArticleLinks;
}

let loaded: Promise<Troubleshooters> | undefined;
const dataCache = new Map<string, TroubleshooterData>();

async function load(): Promise<Troubleshooters> {
  // The customer's troubleshooter never shows representatives' text, whatever the build.
  const { flows: compiled, handoff } = loadFlows(contentRoot(), 'public');
  const flows = new Map<string, { compiled: CompiledFlow; steps: StepPages }>();
  for (const [id, flow] of compiled) {
    const steps = enumerateStepPages(flow);
    for (const problem of steps.problems) console.warn(`troubleshooter: ${problem.message}\nhint: ${problem.hint}`);
    flows.set(id, { compiled: flow, steps });
  }
  const articles = articleLinksOf((await getCollection('articles')).map((entry) => entry.data), 'public');
  return { flows, handoff, articles };
}

/** The troubleshooters of this build, loaded on first use. */
export function loadTroubleshooters(): Promise<Troubleshooters> {
  loaded ??= load();
  return loaded;
}

/** The data one flow's pages ship in `locale` (built once per flow and locale). */
export function dataFor(all: Troubleshooters, flowId: string, locale: Locale): TroubleshooterData {
  const cacheKey = `${locale}/${flowId}`;
  let data = dataCache.get(cacheKey);
  if (!data) {
    const entry = all.flows.get(flowId);
    if (!entry) throw new Error(`There is no troubleshooter "${flowId}".`);
    data = troubleshooterData({
      flow: entry.compiled,
      locale,
      handoff: all.handoff,
      articles: all.articles,
      initial: entry.steps.initial,
    });
    dataCache.set(cacheKey, data);
  }
  return data;
}
