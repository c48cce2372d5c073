/**
 * Build-time data of the troubleshooters, loaded once per process and shared
 * by the step shells, the per-locale JSON the island fetches, the step pages
 * written during the build (step-pages-writer.ts) and the dev server's step
 * pages (step-pages-middleware.ts): the public compiled flows, their static
 * step pages, where each step is written (for "Flag this"), the handoff file
 * and links to the articles the steps cite.
 */
import { join } from 'node:path';
import type { CompiledFlow } from '../core/flows/compiled-flow.ts';
import type { HandoffConfig } from '../core/handoff/config-schema.ts';
import type { Locale } from '../core/locales.ts';
import { flowNodeLines, showsFlags, stateTargets } from '../core/site/flag-targets.ts';
import type { FlagTarget } from '../core/site/flag-url.ts';
import { flowTitle, type StepPageContext } from '../core/site/step-page-values.ts';
import { enumerateStepPages, type StepPages } from '../core/site/step-pages.ts';
import {
  articleLinksOf,
  troubleshooterData,
  type ArticleLinks,
  type TroubleshooterData,
} from '../core/site/troubleshooter-data.ts';
import { memoByFiles } from './_files-memo.ts';
import { buildAudience } from './audience.ts';
import { compileProjectArticles } from './compile-project-articles.ts';
import { contentRoot } from './content-root.ts';
import { loadFlows } from './load-flows.ts';
import { readProject } from './read-project.ts';
import { readSiteConfig } from './read-site-config.ts';

/** One troubleshooter: its machine, its step pages, and where each state is written when the build shows flags. */
export interface Troubleshooter {
  compiled: CompiledFlow;
  steps: StepPages;
  targets?: Record<string, FlagTarget>;
}

/** Everything the troubleshooter routes are built from. */
export interface Troubleshooters {
  flows: Map<string, Troubleshooter>;
  handoff: HandoffConfig | undefined;
  articles: ArticleLinks;
  /** The site's repository and branch when this build shows "Flag this". */
  flags?: { repository: string; branch: string };
}

async function load(root: string): Promise<Troubleshooters> {
  // The customer's troubleshooter never shows representatives' text, whatever the build.
  const { flows: compiled, handoff } = loadFlows(root, 'public');
  const config = readSiteConfig(root);
  // "Flag this" points at the line each step is written on, read from the flows' source.
  const lines = showsFlags(buildAudience(), config) ? flowNodeLines(readProject(root).flows) : undefined;
  const flows = new Map<string, Troubleshooter>();
  for (const [id, flow] of compiled) {
    const steps = enumerateStepPages(flow);
    for (const problem of steps.problems) console.warn(`troubleshooter: ${problem.message}\nhint: ${problem.hint}`);
    flows.set(id, { compiled: flow, steps, ...(lines ? { targets: stateTargets(flow, lines) } : {}) });
  }
  const { pages } = await compileProjectArticles(root, buildAudience());
  const articles = articleLinksOf(
    pages.map((page) => ({ ...page.frontmatter, locale: page.locale, translated: page.translated })),
    'public',
  );
  return {
    flows,
    handoff,
    articles,
    ...(lines ? { flags: { repository: config.repository, branch: config.branch } } : {}),
  };
}

/** The troubleshooters of this build (or of the current files, in `astro dev`). */
export function loadTroubleshooters(root: string = contentRoot()): Promise<Troubleshooters> {
  return memoByFiles(`troubleshooters:${root}:${buildAudience()}`, [join(root, 'content'), join(root, 'flows')], () => load(root));
}

const dataCache = new WeakMap<Troubleshooters, Map<string, TroubleshooterData>>();

/** The data one flow's pages ship in `locale` (built once per flow and locale). */
export function dataFor(all: Troubleshooters, flowId: string, locale: Locale): TroubleshooterData {
  let cache = dataCache.get(all);
  if (!cache) dataCache.set(all, (cache = new Map()));
  const cacheKey = `${locale}/${flowId}`;
  let data = cache.get(cacheKey);
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
    cache.set(cacheKey, data);
  }
  return data;
}

/** What the step pages of one flow in one locale are filled from. */
export function stepPageContext(all: Troubleshooters, flowId: string, locale: Locale, site: string): StepPageContext {
  const entry = all.flows.get(flowId);
  if (!entry) throw new Error(`There is no troubleshooter "${flowId}".`);
  const data = dataFor(all, flowId, locale);
  const flag =
    all.flags && entry.targets ? { ...all.flags, title: flowTitle(data.flow, flowId, locale), targets: entry.targets } : undefined;
  return { flowId, locale, data, site, ...(flag ? { flag } : {}) };
}
