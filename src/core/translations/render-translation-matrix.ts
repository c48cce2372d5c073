/**
 * The translation matrix as a text table: one row per article and per flow,
 * one column per locale, each cell ✓, missing or stale.
 */
import type { TranslationMatrix } from './translation-matrix.ts';
import type { TranslationState } from './translation-state.ts';

/** Options of `renderTranslationMatrix`. */
export interface RenderMatrixOptions {
  /** ANSI colours: stale yellow, missing dim, ✓ green. */
  color?: boolean;
}

const STYLE: Record<TranslationState, string> = {
  source: '\u001b[32m',
  current: '\u001b[32m',
  unknown: '\u001b[32m',
  stale: '\u001b[33m',
  missing: '\u001b[2m',
};
const RESET = '\u001b[0m';

interface Cell {
  text: string;
  state: TranslationState;
}

function stateText(state: TranslationState, count?: number): string {
  if (state === 'source' || state === 'current') return '✓';
  if (state === 'unknown') return '✓?';
  return count === undefined ? state : `${state} ${count}`;
}

/** Renders the matrix as a table, a legend and a count of what is left to do. */
export function renderTranslationMatrix(matrix: TranslationMatrix, options: RenderMatrixOptions = {}): string {
  const rows: Array<{ label: string; cells: Cell[] } | { heading: string }> = [];
  const count = { articles: { stale: 0, missing: 0 }, texts: { stale: 0, missing: 0 } };
  let unknown = false;
  if (matrix.articles.length > 0) rows.push({ heading: 'Articles' });
  for (const row of matrix.articles) {
    const cells = matrix.locales.map((locale) => {
      const { state } = row.cells[locale];
      if (state === 'stale') count.articles.stale++;
      if (state === 'missing') count.articles.missing++;
      if (state === 'unknown') unknown = true;
      return { text: stateText(state), state };
    });
    rows.push({ label: `${row.category}/${row.key}`, cells });
  }
  if (matrix.flows.length > 0) rows.push({ heading: 'Flows' });
  for (const row of matrix.flows) {
    const cells = matrix.locales.map((locale) => {
      const cell = row.cells[locale];
      count.texts.stale += cell.stale.length;
      count.texts.missing += cell.missing.length;
      if (cell.state === 'unknown') unknown = true;
      // A partly translated flow says how many texts are left; a wholly untranslated one just "missing".
      const left =
        cell.state === 'stale' ? cell.stale.length : cell.state === 'missing' && cell.missing.length < row.texts ? cell.missing.length : undefined;
      return { text: stateText(cell.state, left), state: cell.state };
    });
    rows.push({ label: row.id, cells });
  }

  const labelWidth = rows.reduce((max, r) => ('label' in r ? Math.max(max, r.label.length + 2) : max), 0);
  const widths = matrix.locales.map((locale, i) =>
    rows.reduce((max, r) => ('cells' in r ? Math.max(max, r.cells[i]?.text.length ?? 0) : max), locale.length),
  );
  const paint = (cell: Cell, width: number) => {
    const padded = cell.text.padEnd(width);
    return options.color ? `${STYLE[cell.state]}${cell.text}${RESET}${padded.slice(cell.text.length)}` : padded;
  };
  const lines = [`${''.padEnd(labelWidth)}  ${matrix.locales.map((l, i) => l.padEnd(widths[i]!)).join('  ')}`.trimEnd()];
  for (const row of rows) {
    if ('heading' in row) lines.push(row.heading);
    else lines.push(`  ${row.label.padEnd(labelWidth - 2)}  ${row.cells.map((c, i) => paint(c, widths[i]!)).join('  ')}`.trimEnd());
  }
  lines.push('');
  lines.push(
    `✓ translated · missing: readers see the English text · stale: the English text changed after the translation${unknown ? ' · ✓?: not checked for staleness (uncommitted changes or no git history)' : ''}`,
  );
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    `${plural(matrix.articles.length, 'article')}: ${count.articles.stale} stale, ${count.articles.missing} missing translations; ` +
      `${plural(matrix.flows.length, 'flow')}: ${count.texts.stale} stale, ${count.texts.missing} missing texts`,
  );
  return lines.join('\n');
}
