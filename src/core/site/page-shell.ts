import { escapeHtml } from '../search/snippet.ts';

/**
 * Pages filled from one shell. Where thousands of pages share their frame and
 * differ in a few places (troubleshooter steps, articles), rendering each
 * through Astro's page pipeline was most of a large site's build. So Astro
 * renders one page of each kind with a slot token wherever the pages differ,
 * and every page is that shell with its slots filled: a few string joins.
 *
 * A token is the kind's prefix, a nonce drawn for each build and the slot's
 * name, so no content can contain one by chance or on purpose. Tokens are
 * letters and digits only: they pass through Astro's escaping and URL
 * resolution unchanged, in text and in attributes alike.
 */

/** The slots of one kind of shell. */
export interface ShellSpec<S extends string> {
  /** Letters only; names the kind in tokens and messages ("step", "article"). */
  kind: string;
  slots: readonly S[];
  /** Slots every shell of the kind contains; the others depend on the site's settings. */
  required: readonly S[];
  /** Slots that appear at most once (the page's body). */
  once: readonly S[];
  /** Slots whose values are HTML, put in as given; every other value is escaped (text or attribute value). */
  raw: ReadonlySet<S>;
}

/** A shell split at its tokens: text, slot, text, slot, …, text. */
export interface PageShell<S extends string> {
  texts: string[];
  slots: S[];
}

/** Why a shell cannot be filled (a bug in the page, never the writer's content). */
export class ShellError extends Error {}

const prefix = (spec: ShellSpec<string>, nonce: string): string => `kbslot${nonce}${spec.kind === 'step' ? '' : spec.kind}`;

/** The token of each slot of `spec` for a nonce (letters and digits). */
export function shellTokens<S extends string>(spec: ShellSpec<S>, nonce: string): Record<S, string> {
  if (!/^[a-z0-9]{8,}$/.test(nonce)) throw new Error(`a ${spec.kind} shell nonce is at least 8 lowercase letters and digits`);
  return Object.fromEntries(spec.slots.map((slot) => [slot, `${prefix(spec, nonce)}${slot}`])) as Record<S, string>;
}

/** Splits a rendered shell page at the tokens of `nonce`; `name` says which shell in messages. */
export function parseShell<S extends string>(spec: ShellSpec<S>, html: string, nonce: string, name: string): PageShell<S> {
  const tokens = shellTokens(spec, nonce);
  const bySlot = new Map(spec.slots.map((slot) => [tokens[slot], slot]));
  // Longest names first, so a slot named like the start of another is never taken for it.
  const names = [...spec.slots].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`${prefix(spec, nonce)}(?:${names.join('|')})`, 'g');
  const texts: string[] = [];
  const slots: S[] = [];
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    texts.push(html.slice(last, match.index));
    slots.push(bySlot.get(match[0])!);
    last = match.index + match[0].length;
  }
  texts.push(html.slice(last));
  const missing = spec.required.filter((slot) => !slots.includes(slot));
  if (missing.length > 0) throw new ShellError(`the ${spec.kind} shell ${name} has no ${missing.join(', ')} slot`);
  for (const slot of spec.once) {
    if (slots.filter((s) => s === slot).length > 1) throw new ShellError(`the ${spec.kind} shell ${name} has more than one ${slot} slot`);
  }
  return { texts, slots };
}

/** One page: the shell with every slot filled (raw slots as given, the others escaped). */
export function fillShell<S extends string>(spec: ShellSpec<S>, shell: PageShell<S>, values: Readonly<Record<S, string>>): string {
  let html = shell.texts[0]!;
  for (let i = 0; i < shell.slots.length; i++) {
    const slot = shell.slots[i]!;
    html += (spec.raw.has(slot) ? values[slot] : escapeHtml(values[slot])) + shell.texts[i + 1]!;
  }
  return html;
}
