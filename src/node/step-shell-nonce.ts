/**
 * The nonce of this process's step shell tokens (src/core/site/step-shell.ts).
 * The shell page is rendered by Astro's bundle and filled by the integration,
 * two copies of this module in one process: the nonce lives on globalThis.
 */
import { randomBytes } from 'node:crypto';

const KEY = Symbol.for('kb.stepShellNonce');
const store = globalThis as { [KEY]?: string };

/** Drawn once per process; unguessable, so no content can contain a token. */
export function stepShellNonce(): string {
  store[KEY] ??= randomBytes(12).toString('hex');
  return store[KEY];
}
