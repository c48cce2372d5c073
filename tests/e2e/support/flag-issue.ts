/** What a "Flag this" link opens, for the browser tests of flag.test.ts and customer-flagging.test.ts. */
import type { Locator } from 'playwright-core';

/** The issue a flag link opens: where, its title and body. */
export async function issueOf(link: Locator): Promise<{ base: string; title: string; body: string }> {
  const url = new URL((await link.getAttribute('href')) ?? '');
  return { base: `${url.origin}${url.pathname}`, title: url.searchParams.get('title') ?? '', body: url.searchParams.get('body') ?? '' };
}
