/**
 * Build-time flow diagrams for the representatives' site: each flow's SVG
 * per locale, drawn from the flows as written (see core/flows/diagram.ts).
 * The public site has none: diagrams show internal structure (branches,
 * queues), so `diagramPaths` is empty unless KB_AUDIENCE=agent.
 */
import { checkProject } from '../../../core/flows/check-project.ts';
import { flowDiagram } from '../../../core/flows/diagram.ts';
import type { Flow } from '../../../core/flows/schema.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../core/locales.ts';
import { buildAudience } from '../../../node/audience.ts';
import { readProject } from '../../../node/read-project.ts';
import { contentRoot } from '../../../node/content-root.ts';

interface Loaded {
  flows: Map<string, Flow>;
  queueNames: Partial<Record<Locale, Record<string, string>>>;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  // The dev server re-reads the flows on every request, so a writer sees an edit without a restart.
  if (loaded && !import.meta.env.DEV) return loaded;
  // `npm run build` has run `kb check` already; flows with errors are simply not drawn.
  const checked = checkProject(readProject(contentRoot()));
  const queueNames: Loaded['queueNames'] = {};
  for (const locale of LOCALES) {
    const names: Record<string, string> = {};
    for (const [id, queue] of Object.entries(checked.handoff?.queues ?? {})) {
      names[id] = queue.name[locale] ?? queue.name[DEFAULT_LOCALE] ?? id;
    }
    queueNames[locale] = names;
  }
  loaded = { flows: checked.flows, queueNames };
  return loaded;
}

/** The URL of a flow's diagram in the representatives' build. */
export function diagramUrl(locale: Locale, flowId: string): string {
  return `/${locale}/diagrams/${flowId}.svg`;
}

/** Every (locale, flow) that has a diagram in this build: none in the public build. */
export function diagramPaths(): Array<{ params: { locale: Locale; flow: string } }> {
  if (buildAudience() !== 'agent') return [];
  const { flows } = load();
  return LOCALES.flatMap((locale) => [...flows.keys()].map((flow) => ({ params: { locale, flow } })));
}

/** The SVG of flow `flowId` in `locale`, or undefined when there is no such flow. */
export function diagramSvg(flowId: string, locale: Locale): string | undefined {
  const { flows, queueNames } = load();
  const flow = flows.get(flowId);
  if (!flow) return undefined;
  const flowTitles = Object.fromEntries([...flows].map(([id, f]) => [id, f.title[locale] ?? f.title[DEFAULT_LOCALE] ?? id]));
  return flowDiagram(flow, locale, { queueNames: queueNames[locale] ?? {}, flowTitles });
}
