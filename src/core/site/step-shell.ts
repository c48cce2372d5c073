import { fillShell, parseShell, shellTokens, type PageShell, type ShellSpec } from './page-shell.ts';

/**
 * Step pages from one shell (page-shell.ts). A troubleshooter has a static
 * page per step, per locale (step-pages.ts): Astro renders one page per flow
 * and locale with a slot token wherever a step's page differs, and every
 * step page is that shell with its slots filled
 * (src/node/step-pages-middleware.ts fills the flow's first page, and every
 * page in `astro dev`; src/node/step-pages-writer.ts the others in a build).
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

/** `subject`, `shown` and `flag` depend on the site's settings. */
const STEP_SHELL: ShellSpec<StepSlot> = {
  kind: 'step',
  slots: STEP_SLOTS,
  required: ['path', 'body', 'step'],
  once: ['body'],
  raw: new Set(['body']),
};

export type StepShell = PageShell<StepSlot>;

/** The token of each slot for a nonce (letters and digits). */
export const stepSlotTokens = (nonce: string): StepSlotValues => shellTokens(STEP_SHELL, nonce);

/** Splits a rendered shell page at the tokens of `nonce`. */
export const parseStepShell = (html: string, nonce: string, name: string): StepShell => parseShell(STEP_SHELL, html, nonce, name);

/** The page of one step: the shell with every slot filled (attribute values escaped, the body as given). */
export const fillStepShell = (shell: StepShell, values: StepSlotValues): string => fillShell(STEP_SHELL, shell, values);
