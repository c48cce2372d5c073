/** Small measuring helpers for the search benchmark. */
import { gzipSync } from 'node:zlib';

/** Gzipped size at the level static hosts and Pagefind's own files use. */
export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/** MRR@k and recall@k of ranked result lists against the expected ids. */
export function rankQuality(results: ReadonlyArray<{ expected: string; ranked: readonly string[] }>, k = 5) {
  let reciprocal = 0;
  let found = 0;
  for (const { expected, ranked } of results) {
    const rank = ranked.slice(0, k).indexOf(expected) + 1;
    if (rank) {
      reciprocal += 1 / rank;
      found++;
    }
  }
  return { mrr: reciprocal / results.length, recall: found / results.length };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;
export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

/** Formats rows as an aligned plain-text table. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
