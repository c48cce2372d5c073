/**
 * The legend of a flow diagram (one sample shape per node kind, with its
 * name) and the diagram's style sheet, which styles the highlight classes
 * a page adds to show where a walk is.
 */
import type { DiagramLabels } from './_diagram-labels.ts';
import { KIND_ORDER, shapeSvg } from './_diagram-shapes.ts';
import { escapeXml, textWidth } from './_diagram-text.ts';
import { BOLD } from './_diagram-graph.ts';
import { DIAGRAM_CLASSES } from './diagram-highlight.ts';

/** The height of the legend row. */
export const LEGEND_ROW = 30;

const SAMPLE = { width: 38, height: 22 };
const FONT_SIZE = 12;

/** The legend row with its top-left corner at (x, y), and its width. */
export function drawLegend(labels: DiagramLabels, x: number, y: number): { svg: string; width: number } {
  const parts: string[] = [];
  let left = x;
  const cy = y + LEGEND_ROW / 2;
  const heading = `${labels.legend}:`;
  parts.push(`<text x="${left}" y="${cy + 4}" font-size="${FONT_SIZE}" font-weight="700" fill="#262626">${escapeXml(heading)}</text>`);
  left += textWidth(heading, FONT_SIZE) * BOLD + 14;
  for (const kind of KIND_ORDER) {
    const name = labels.kinds[kind];
    const width = kind === 'branch' ? SAMPLE.width - 6 : SAMPLE.width;
    parts.push(`<g class="legend-item kind-${kind}">${shapeSvg(kind, left + width / 2, cy, width, SAMPLE.height)}`);
    left += width + 6;
    parts.push(`<text x="${Math.round(left)}" y="${cy + 4}" font-size="${FONT_SIZE}" fill="#262626">${escapeXml(name)}</text></g>`);
    left += textWidth(name, FONT_SIZE) + 16;
  }
  return { svg: `<g class="legend" text-anchor="start">${parts.join('')}</g>`, width: Math.ceil(left - x) };
}

/**
 * The diagram's style sheet. Shapes carry their colours as attributes, so
 * the diagram looks right without it (as an image, or in a viewer without
 * CSS); these rules only style the highlight classes. Scoped to
 * `.kb-diagram`, since an SVG inlined into a page shares the page's styles.
 */
export function drawStyle(prefix: string): string {
  const { current, visited, taken } = DIAGRAM_CLASSES;
  return `<style>
.kb-diagram .node.${current} .shape { stroke: #111111; stroke-width: 4px; }
.kb-diagram .node.${current} { filter: drop-shadow(0 0 6px rgba(242, 160, 0, 0.95)); }
.kb-diagram .node.${visited} .shape { stroke-width: 3px; }
.kb-diagram .edge.${taken} path { stroke: #111111; stroke-width: 2.6px; stroke-dasharray: none; marker-end: url(#${escapeXml(prefix)}-arrow-taken); }
</style>`;
}
