/** What a "Flag this" link opens, for the browser tests of flag.test.ts and customer-flagging.test.ts. */
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { flowNodeLines } from '../../../src/core/site/flag-targets.ts';
import { readProject } from '../../../src/node/read-project.ts';

const root = join(import.meta.dirname, '../../..');

/** The line node `node` of the sample's flow `flow` is written on, read independently of the site. */
export function nodeLine(flow: string, node: string): number {
  const line = flowNodeLines(readProject(root).flows).get(flow)?.nodes[node];
  if (line === undefined) throw new Error(`no node ${node} in ${flow}`);
  return line;
}

/** The issue a flag link opens: where, its title and body. */
export async function issueOf(link: Locator): Promise<{ base: string; title: string; body: string }> {
  const url = new URL((await link.getAttribute('href')) ?? '');
  return { base: `${url.origin}${url.pathname}`, title: url.searchParams.get('title') ?? '', body: url.searchParams.get('body') ?? '' };
}
