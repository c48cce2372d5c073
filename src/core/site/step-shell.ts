import { escapeHtml } from '../search/snippet.ts';

/**
 * Step pages from one shell. A troubleshooter has a static page per step, per
 * locale (step-pages.ts), and rendering each through Astro's page pipeline
 * was most of a large site's build. So Astro renders one page per flow and
 * locale with a slot token wherever a step's page differs, and every step
 * page is that shell with its slots filled (src/node/step-pages-middleware.ts
 * fills the flow's first page, and every page in `astro dev`;
 * src/node/step-pages-writer.ts the others in a build).
 *
 * A token carries a nonce drawn for each build, so no content can contain
 * one by chance or on purpose. Tokens are letters and digits only: they pass
 * through Astro's escaping and URL resolution unchanged.
 */

/** The parts of a step page that differ between steps. */
export const STEP_SLOTS = ['path', 'body', 'step', 'subject', 'shown', 'flag'] as const;
export type StepSlot = (typeof STEP_SLOTS)[number];

/**
 * What each slot holds, as the shell's markup uses it:
 * - path: the step's part of a URL, `restart-router/line-type=fibre/` (empty at the start), in attributes;
 * - body: the HTML inside the troubleshooter's frame (step-html.ts), as element content;
 * - step, subject, shown, flag: attribute values (`data-step`, the feedback's subject and shown, the flag's href).
 */
export type StepSlotValues = Record<StepSlot, string>;

/** The slots every shell must contain; `subject`, `shown` and `flag` depend on the site's settings. */
const REQUIRED: readonly StepSlot[] = ['path', 'body', 'step'];
/** Slots that are raw HTML; every other value is escaped for an attribute. */
const RAW: ReadonlySet<StepSlot> = new Set(['body']);

/** The token of each slot for a nonce (letters and digits). */
export function stepSlotTokens(nonce: string): StepSlotValues {
  if (!/^[a-z0-9]{8,}$/.test(nonce)) throw new Error('a step shell nonce is at least 8 lowercase letters and digits');
  return Object.fromEntries(STEP_SLOTS.map((slot) => [slot, `kbslot${nonce}${slot}`])) as StepSlotValues;
}

/** A shell split at its tokens: text, slot, text, slot, …, text. */
export interface StepShell {
  texts: string[];
  slots: StepSlot[];
}

/** Why a shell cannot be filled (a bug in the page, never the writer's content). */
export class StepShellError extends Error {}

/** Splits a rendered shell page at the tokens of `nonce`. */
export function parseStepShell(html: string, nonce: string, name: string): StepShell {
  const tokens = stepSlotTokens(nonce);
  const bySlot = new Map(STEP_SLOTS.map((slot) => [tokens[slot], slot]));
  const pattern = new RegExp(`kbslot${nonce}(?:${STEP_SLOTS.join('|')})`, 'g');
  const texts: string[] = [];
  const slots: StepSlot[] = [];
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    texts.push(html.slice(last, match.index));
    slots.push(bySlot.get(match[0])!);
    last = match.index + match[0].length;
  }
  texts.push(html.slice(last));
  const missing = REQUIRED.filter((slot) => !slots.includes(slot));
  if (missing.length > 0) throw new StepShellError(`the step shell ${name} has no ${missing.join(', ')} slot`);
  if (slots.filter((slot) => slot === 'body').length !== 1) throw new StepShellError(`the step shell ${name} has more than one body slot`);
  return { texts, slots };
}

/** The page of one step: the shell with every slot filled (attribute values escaped, the body as given). */
export function fillStepShell(shell: StepShell, values: StepSlotValues): string {
  let html = shell.texts[0]!;
  for (let i = 0; i < shell.slots.length; i++) {
    const slot = shell.slots[i]!;
    html += (RAW.has(slot) ? values[slot] : escapeHtml(values[slot])) + shell.texts[i + 1]!;
  }
  return html;
}
