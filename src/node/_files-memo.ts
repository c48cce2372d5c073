/**
 * Memoises a value computed from files on disk, keyed by those files' sizes
 * and modification times: one build reads, checks and compiles once however
 * many pages ask, while `astro dev` still sees every edit. A promise is
 * remembered like any value, so concurrent callers share one computation.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface MemoState {
  cache: Map<string, { signature: string; value: unknown }>;
  frozen: boolean;
}

// One state per process, not per module instance: Astro loads these modules
// several times (the content loader through Vite, the pages in a bundle, the
// integrations natively), and all of them must share what was computed.
const slot = globalThis as typeof globalThis & { [key: symbol]: MemoState | undefined };
const KEY = Symbol.for('kb.files-memo');
const state: MemoState = (slot[KEY] ??= { cache: new Map(), frozen: false });
const cache = state.cache;

/**
 * Declares that the files will not change for the rest of this process (a
 * build): a memoised value is then returned without looking at the files
 * again, so 10,000 pages asking for the flows cost one read, not 10,000
 * walks of the content folder. `freezeFiles(false)` undoes it.
 */
export function freezeFiles(frozen = true): void {
  state.frozen = frozen;
}

/** A cheap fingerprint of files and folders (recursively): names, sizes and modification times. */
export function signatureOf(paths: readonly string[]): string {
  const parts: string[] = [];
  const visit = (path: string): void => {
    if (!existsSync(path)) {
      parts.push(`${path}:-`);
      return;
    }
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else {
      parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
    }
  };
  for (const path of paths) visit(path);
  return parts.join('|');
}

/** The value `compute()` gives for `key`, recomputed only when one of `paths` changed. */
export function memoByFiles<T>(key: string, paths: readonly string[], compute: () => T): T {
  const hit = cache.get(key);
  if (hit && state.frozen) return hit.value as T;
  const signature = signatureOf(paths);
  if (hit && hit.signature === signature) return hit.value as T;
  const value = compute();
  const entry = { signature, value };
  cache.set(key, entry);
  // A failed asynchronous computation is not remembered: the next caller tries again.
  if (value instanceof Promise) value.catch(() => cache.get(key) === entry && cache.delete(key));
  return value;
}
