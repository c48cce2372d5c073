/**
 * The two things every string renderer of the site needs: text escaped for
 * HTML, and an attribute that is left out when it has no value (as Astro
 * leaves out `lang={undefined}`).
 */
import { escapeHtml } from '../search/snippet.ts';

export { escapeHtml };

/** ` name="value"` with the value escaped, or nothing when the value is undefined or false. */
export function attr(name: string, value: string | undefined | false): string {
  return value === undefined || value === false ? '' : ` ${name}="${escapeHtml(value)}"`;
}
