// @ts-check
/**
 * Starlight reads docs from src/content/docs/ only, so the benchmark's
 * converted docs are copied there. A stamp file remembers which folder (and
 * which conversion of it) the copy is of, so a second build of the same
 * docs copies nothing.
 */
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const STAMP = '.bench-source';

/**
 * Makes `target` a copy of `source` unless it already is one.
 * @param {string} source the converted docs
 * @param {URL | string} target src/content/docs/
 * @returns {boolean} whether it copied
 */
export function syncDocs(source, target) {
  const from = resolve(source);
  const to = typeof target === 'string' ? target : fileURLToPath(target);
  if (!existsSync(from)) throw new Error(`BENCH_DOCS is ${from}, which does not exist; convert a corpus first (bench/starlight/convert-corpus.ts).`);
  // The conversion empties and rewrites its folder, so the folder's time tells one conversion from the next.
  const stamp = `${from}\n${statSync(from).mtimeMs}\n`;
  const stampFile = resolve(to, STAMP);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return false;
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  writeFileSync(stampFile, stamp);
  return true;
}
