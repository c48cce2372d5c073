/**
 * Memoises a value computed from files on disk, keyed by those files' sizes
 * and modification times: one build reads, checks and compiles once however
 * many pages ask, while `astro dev` still sees every edit.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, { signature: string; value: unknown }>();

/** A cheap fingerprint of files and folders (recursively): names, sizes and modification times. */
function signatureOf(paths: readonly string[]): string {
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
  const signature = signatureOf(paths);
  const hit = cache.get(key);
  if (hit && hit.signature === signature) return hit.value as T;
  const value = compute();
  cache.set(key, { signature, value });
  return value;
}
