/**
 * Fills a troubleshooter step page from its flow's shell (step-shell.ts),
 * exactly as step-pages-writer.ts fills the others. In `astro dev` the
 * troubleshooter route renders the shell at every step URL and this fills
 * the step the URL names. In a build the route renders only each flow's
 * first page: this fills it, and hands the shell to the build's sink
 * (shell-sink.ts) so the flow's other step pages are written while
 * Astro renders the rest of the site. A URL that names no step page of the
 * flow is left to the route (which answers 404).
 */
import type { MiddlewareHandler } from 'astro';
import { isLocale } from '../core/locales.ts';
import { stepPageValues } from '../core/site/step-page-values.ts';
import { parseStepPath, sameStep } from '../core/site/step-path.ts';
import { fillStepShell, parseStepShell } from '../core/site/step-shell.ts';
import { shellNonce } from './shell-nonce.ts';
import { shellSink } from './shell-sink.ts';
import { loadTroubleshooters, stepPageContext } from './troubleshooters.ts';

const STEP_URL = /^\/([a-z]{2})\/troubleshoot\/([a-z0-9-]+)\/(.*)$/;

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const [, locale = '', flowId = '', rest = ''] = STEP_URL.exec(context.url.pathname) ?? [];
  if (!isLocale(locale) || response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const all = await loadTroubleshooters();
  const entry = all.flows.get(flowId);
  const key = rest === '' ? entry?.steps.initial : parseStepPath(rest.split('/'));
  const page = key && entry?.steps.pages.find((p) => sameStep(p.key, key));
  if (!page) return response;
  const html = await response.text();
  const sink = shellSink('step');
  if (sink && rest === '') sink.shell(locale, flowId, html);
  const shell = parseStepShell(html, shellNonce(), `${locale}/${flowId}`);
  const values = stepPageValues(stepPageContext(all, flowId, locale, sink?.site ?? (context.site ?? context.url).href), page);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(fillStepShell(shell, values), { status: 200, headers });
};
