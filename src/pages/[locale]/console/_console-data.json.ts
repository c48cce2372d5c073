/**
 * /<locale>/console/<flow>.json: what the call console needs for one flow
 * (src/core/site/console-data.ts), with scripts, notes and transfer
 * instructions. Representatives' build only: no paths on the public build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../../core/locales.ts';
import { consoleFlowData } from '../../../core/site/console-data.ts';
import { hasConsole, loadConsoleSource } from './_console.ts';

export const getStaticPaths = (async () => {
  if (!hasConsole()) return [];
  const { flows } = await loadConsoleSource();
  return LOCALES.flatMap((locale) => [...flows.keys()].map((flow) => ({ params: { locale, flow } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { flows, handoff, articles } = await loadConsoleSource();
  const flow = flows.get(params.flow as string);
  if (!flow) throw new Error(`There is no troubleshooter "${params.flow}".`);
  const data = consoleFlowData({ flow, locale: params.locale as Locale, handoff, articles });
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
