/**
 * /<locale>/troubleshoot/<flow>.json: what the troubleshooter island needs
 * for one flow in one locale (see src/core/site/troubleshooter-data.ts).
 * One file per flow and locale, so every step page of a flow shares it.
 * This route serves them in `astro dev`; a build writes them with the
 * flow's step pages (src/node/write-flow-step-pages.ts), on the step page
 * workers instead of through Astro's page pipeline on its one thread.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../../core/locales.ts';
import { dataFor, loadTroubleshooters } from '../../../node/troubleshooters.ts';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const all = await loadTroubleshooters();
  return LOCALES.flatMap((locale) => [...all.flows.keys()].map((flow) => ({ params: { locale, flow } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = dataFor(await loadTroubleshooters(), params.flow as string, params.locale as Locale);
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
