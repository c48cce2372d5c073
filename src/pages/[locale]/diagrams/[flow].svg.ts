/**
 * /<locale>/diagrams/<flow>.svg: the diagram of a troubleshooter's tree, for
 * representatives and writers. Built only for the representatives' site
 * (KB_AUDIENCE=agent); the public build has no such files.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../core/locales.ts';
import { diagramPaths, diagramSvg } from './_diagrams.ts';

export const getStaticPaths = (() => diagramPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const svg = diagramSvg(params.flow as string, params.locale as Locale);
  if (svg === undefined) return new Response('There is no such troubleshooter.', { status: 404 });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
