/**
 * The nonce of this process's shell tokens (src/core/site/page-shell.ts).
 * A shell page is rendered by Astro's bundle and filled by an integration,
 * two copies of this module in one process: the nonce lives on globalThis.
 */
import { randomBytes } from 'node:crypto';

const KEY = Symbol.for('kb.shellNonce');
const store = globalThis as { [KEY]?: string };

/** Drawn once per process; unguessable, so no content can contain a token. */
export function shellNonce(): string {
  store[KEY] ??= randomBytes(12).toString('hex');
  return store[KEY];
}
