/**
 * The diagram of a flow: its tree as an SVG string, laid out by dagre (a
 * layered graph layout), with one shape and colour per node kind, arrows
 * labelled with the answer or condition that leads along them, a legend,
 * and a title and description for screen readers. Pure: the same flow gives
 * the same SVG, with no DOM and no fonts (text widths are estimated).
 *
 * It takes the flow as written rather than compiled, because compiling
 * removes what writers need to see: branches and sub-flow nodes.
 */
import { Graph, layout } from '@dagrejs/dagre';
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import { BOLD, contentHeightOf, diagramGraph, localized, TYPE, type BoxTextOptions, type DiagramArrow, type DiagramBox } from './_diagram-graph.ts';
import { DIAGRAM_LABELS } from './_diagram-labels.ts';
import { drawLegend, drawStyle, LEGEND_ROW } from './_diagram-legend.ts';
import { clipToOutline, shapeSvg, type Offset } from './_diagram-shapes.ts';
import { escapeXml, textWidth } from './_diagram-text.ts';
import type { Flow, NodeKind } from './schema.ts';

export { DIAGRAM_CLASSES, diagramNodeOf, highlightDiagram, highlightDiagramElement } from './diagram-highlight.ts';
export type { DiagramElementLike, DiagramHighlight, DiagramRootLike, DiagramTrailEntry } from './diagram-highlight.ts';

/** Options of `flowDiagram`. */
export interface DiagramOptions extends BoxTextOptions {
  /** Prefix of the element ids in the SVG (default `kbd-<flow id>`), unique when several diagrams share a page. */
  idPrefix?: string;
  /** Top to bottom, left to right, or whichever fits a screen better (default). */
  direction?: 'auto' | 'TB' | 'LR';
}

/** Lays the diagram out top to bottom or left to right. */
function layOut(flow: Flow, boxes: readonly DiagramBox[], arrows: readonly DiagramArrow[], start: string, rankdir: 'TB' | 'LR'): Graph {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir, nodesep: rankdir === 'TB' ? 26 : 18, ranksep: 30, edgesep: 12, marginx: MARGIN, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  g.setNode(START, { width: Math.ceil(textWidth(start, 12) * BOLD + 28), height: 24 });
  for (const box of boxes) g.setNode(box.id, { width: box.width, height: box.height });
  if (Object.hasOwn(flow.nodes, flow.start)) g.setEdge(START, flow.start, { width: 0, height: 0 }, 'start');
  for (const a of arrows) g.setEdge(a.from, a.to, { width: a.width, height: a.height, labelpos: 'c' }, a.name);
  layout(g);
  return g;
}

/** How far a layout must be zoomed out to fit a wide screen; scrolling down is easier than sideways. */
const zoomOut = (g: Graph): number => Math.max((g.graph().width ?? 0) / 1600, (g.graph().height ?? 0) / 2000);

/**
 * Top to bottom reads best, but a bushy, shallow tree (many answers per
 * question) grows very wide that way; then left to right is tried and the
 * layout that needs less zooming out to fit the screen wins.
 */
function chooseLayout(flow: Flow, boxes: readonly DiagramBox[], arrows: readonly DiagramArrow[], start: string, direction: 'auto' | 'TB' | 'LR'): Graph {
  const tb = direction === 'LR' ? undefined : layOut(flow, boxes, arrows, start, 'TB');
  if (tb && (direction === 'TB' || zoomOut(tb) <= 1)) return tb;
  const lr = layOut(flow, boxes, arrows, start, 'LR');
  return tb && zoomOut(tb) <= zoomOut(lr) ? tb : lr;
}

/** A node placed by the layout: its box and centre. */
interface Placed extends DiagramBox {
  x: number;
  y: number;
}

const START = '\u0000start';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const MONO = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace";
const HEADER = 50;
const MARGIN = 16;

const n = (value: number): string => String(Math.round(value * 10) / 10);

/** The baseline of a line whose box starts at `top`, so text is centred in its line. */
const baseline = (top: number, size: number, line: number): number => top + (line - size) / 2 + size * 0.8;

/**
 * A B-spline through the layout's points (as d3's curveBasis draws it):
 * smooth bends that still start and end exactly at the first and last point.
 */
function curve(points: readonly Offset[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  if (rest.length === 1) return `M${n(first.x)},${n(first.y)}L${n(rest[0]!.x)},${n(rest[0]!.y)}`;
  let d = `M${n(first.x)},${n(first.y)}`;
  let p0 = first;
  let p1 = rest[0]!;
  d += `L${n((5 * p0.x + p1.x) / 6)},${n((5 * p0.y + p1.y) / 6)}`;
  const bezier = (x: number, y: number) => {
    d += `C${n((2 * p0.x + p1.x) / 3)},${n((2 * p0.y + p1.y) / 3)} ${n((p0.x + 2 * p1.x) / 3)},${n((p0.y + 2 * p1.y) / 3)} ${n((p0.x + 4 * p1.x + x) / 6)},${n((p0.y + 4 * p1.y + y) / 6)}`;
  };
  for (const p of rest.slice(1)) {
    bezier(p.x, p.y);
    p0 = p1;
    p1 = p;
  }
  bezier(p1.x, p1.y);
  return d + `L${n(p1.x)},${n(p1.y)}`;
}

function drawNode(box: Placed, prefix: string): string {
  const { x, y, kind } = box;
  const contentHeight = contentHeightOf(box);
  let top = y - contentHeight / 2;
  const parts = [`<title>${escapeXml(box.tooltip)}</title>`, shapeSvg(kind, x, y, box.width, box.height)];
  parts.push(`<text class="node-id" x="${n(x)}" y="${n(baseline(top, TYPE.id.size, TYPE.id.line))}" font-family="${MONO}" font-size="${TYPE.id.size}" fill="#3d3d3d">${escapeXml(box.id)}</text>`);
  top += TYPE.id.line;
  for (const line of box.lines) {
    parts.push(`<text x="${n(x)}" y="${n(baseline(top, TYPE.body.size, TYPE.body.line))}" font-size="${TYPE.body.size}" fill="#141414">${escapeXml(line)}</text>`);
    top += TYPE.body.line;
  }
  for (const line of box.extra) {
    parts.push(`<text class="node-extra" x="${n(x)}" y="${n(baseline(top, TYPE.extra.size, TYPE.extra.line))}" font-size="${TYPE.extra.size}" font-weight="600" fill="#262626">${escapeXml(line)}</text>`);
    top += TYPE.extra.line;
  }
  const id = escapeXml(box.id);
  return `<g class="node kind-${kind}" id="${escapeXml(prefix)}-${id}" data-node="${id}" data-kind="${kind}">${parts.join('')}</g>`;
}

function drawEdge(arrow: DiagramArrow, points: Offset[], prefix: string): string {
  const dash = arrow.kind === 'otherwise' || arrow.kind === 'then' ? ' stroke-dasharray="6 4"' : '';
  const answer = arrow.answer === undefined ? '' : ` data-answer="${arrow.answer}"`;
  return `<g class="edge edge-${arrow.kind}" data-from="${escapeXml(arrow.from)}" data-to="${escapeXml(arrow.to)}"${answer}><path d="${curve(points)}" fill="none" stroke="#5c5c5c" stroke-width="1.4"${dash} marker-end="url(#${escapeXml(prefix)}-arrow)"/></g>`;
}

function drawEdgeLabel(arrow: DiagramArrow, x: number, y: number): string {
  const { size, line } = TYPE.edge;
  const top = y - (arrow.lines.length * line) / 2;
  const text = arrow.lines
    .map((l, i) => {
      const condition = i >= arrow.conditionFrom;
      return `<text x="${n(x)}" y="${n(baseline(top + i * line, size, line))}" font-size="${size}" fill="#2b2b2b"${condition ? ' font-style="italic"' : ''}>${escapeXml(l)}</text>`;
    })
    .join('');
  return `<g class="edge-label" data-from="${escapeXml(arrow.from)}" data-to="${escapeXml(arrow.to)}"><rect x="${n(x - arrow.width / 2)}" y="${n(y - arrow.height / 2)}" width="${arrow.width}" height="${arrow.height}" rx="3" fill="#ffffff" fill-opacity="0.92"/>${text}</g>`;
}

/** Where an arrow's ends meet the outlines of its two nodes (dagre clips to bounding boxes). */
function clipEnds(points: Offset[], from: Placed | undefined, to: Placed | undefined): Offset[] {
  if (points.length < 2) return points;
  const out = points.map((p) => ({ ...p }));
  const clip = (node: Placed, toward: Offset): Offset => {
    const c = clipToOutline(node.kind, node.width, node.height, { x: toward.x - node.x, y: toward.y - node.y });
    return { x: node.x + c.x, y: node.y + c.y };
  };
  if (from) out[0] = clip(from, points[1]!);
  if (to) out[out.length - 1] = clip(to, points[points.length - 2]!);
  return out;
}

/**
 * The diagram of `flow` in `locale` as a standalone SVG document. Every
 * node is a `<g class="node kind-<kind>" data-node="<node id>">`; every
 * arrow a `<g class="edge" data-from data-to>`, so a page can mark the
 * current step (see `highlightDiagram`). The flow should have passed the
 * checker; arrows to missing nodes are left out.
 */
export function flowDiagram(flow: Flow, locale: Locale = DEFAULT_LOCALE, options: DiagramOptions = {}): string {
  const labels = DIAGRAM_LABELS[locale];
  const prefix = options.idPrefix ?? `kbd-${flow.id}`;
  const { boxes, arrows } = diagramGraph(flow, locale, labels, options);

  const g = chooseLayout(flow, boxes, arrows, labels.start, options.direction ?? 'auto');
  const startWidth = g.node(START)?.width ?? 0;

  const top = HEADER + LEGEND_ROW + 6;
  const placed = new Map<string, Placed>();
  for (const box of boxes) {
    const { x = 0, y = 0 } = g.node(box.id);
    placed.set(box.id, { ...box, x, y: y + top });
  }
  const shift = (p: Offset): Offset => ({ x: p.x, y: p.y + top });
  const edges: string[] = [];
  const edgeLabels: string[] = [];
  const startNode = g.node(START);
  const startEdge = g.edge({ v: START, w: flow.start, name: 'start' }) as { points?: Offset[] } | undefined;
  if (startEdge?.points) {
    const d = curve(clipEnds(startEdge.points.map(shift), undefined, placed.get(flow.start)));
    edges.push(`<path class="start-edge" d="${d}" fill="none" stroke="#1f1f1f" stroke-width="1.6" marker-end="url(#${escapeXml(prefix)}-arrow)"/>`);
  }
  for (const a of arrows) {
    const laid = g.edge({ v: a.from, w: a.to, name: a.name }) as { points?: Offset[]; x?: number; y?: number };
    const points = clipEnds((laid.points ?? []).map(shift), placed.get(a.from), placed.get(a.to));
    edges.push(drawEdge(a, points, prefix));
    if (a.lines.length && laid.x !== undefined && laid.y !== undefined) edgeLabels.push(drawEdgeLabel(a, laid.x, laid.y + top));
  }

  const graph = g.graph();
  const legend = drawLegend(labels, MARGIN, HEADER);
  const width = Math.ceil(Math.max(graph.width ?? 0, legend.width + MARGIN * 2, textWidth(localized(flow.title, locale), 17) * BOLD + MARGIN * 2));
  const height = Math.ceil(top + (graph.height ?? 0));
  const title = localized(flow.title, locale) || flow.id;
  const counts = new Map<NodeKind, number>();
  for (const box of boxes) counts.set(box.kind, (counts.get(box.kind) ?? 0) + 1);
  const desc = `${labels.start}: ${flow.start}. ${labels.counts}: ${[...counts].map(([k, c]) => `${labels.kinds[k]} ${c}`).join(', ')}. ${labels.arrows}`;
  const p = escapeXml(prefix);
  const startMarker = startNode?.x === undefined || startNode.y === undefined ? '' :
    `<g class="start-marker"><rect x="${n(startNode.x - startWidth / 2)}" y="${n(startNode.y + top - 12)}" width="${startWidth}" height="24" rx="12" fill="#1f1f1f"/><text x="${n(startNode.x)}" y="${n(startNode.y + top + 4.3)}" font-size="12" font-weight="700" fill="#ffffff">${escapeXml(labels.start)}</text></g>`;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="kb-diagram" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${p}-title ${p}-desc" lang="${locale}" data-flow="${escapeXml(flow.id)}" data-version="${flow.version}" font-family="${FONT}" text-anchor="middle">`,
    `<title id="${p}-title">${escapeXml(labels.title(title))}</title>`,
    `<desc id="${p}-desc">${escapeXml(desc)}</desc>`,
    drawStyle(prefix),
    `<defs><marker id="${p}-arrow" viewBox="0 0 10 10" refX="9.5" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10z" fill="#5c5c5c"/></marker>`,
    `<marker id="${p}-arrow-taken" viewBox="0 0 10 10" refX="9.5" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10z" fill="#111111"/></marker></defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g class="header" text-anchor="start"><text x="${MARGIN}" y="24" font-size="17" font-weight="700" fill="#141414">${escapeXml(title)}</text>`,
    `<text x="${MARGIN}" y="42" font-family="${MONO}" font-size="11" fill="#3d3d3d">${escapeXml(`flows/${flow.id}.yaml · v${flow.version}`)}</text></g>`,
    legend.svg,
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="edge-labels">${edgeLabels.join('')}</g>`,
    startMarker,
    `<g class="nodes">${[...placed.values()].map((box) => drawNode(box, prefix)).join('')}</g>`,
    '</svg>',
  ].join('\n') + '\n';
}
