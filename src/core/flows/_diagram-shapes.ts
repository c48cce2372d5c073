/**
 * The look of each node kind in a flow diagram: shape, colours, size around
 * its text and outline (for clipping arrows to the shape). Kinds differ in
 * shape and colour both, so the diagram reads in greyscale and for people
 * who do not tell the colours apart.
 */
import type { NodeKind } from './schema.ts';

/** A point relative to a node's centre. */
export interface Offset {
  x: number;
  y: number;
}

/** Fill, outline and text colour of one kind. Every fill is light so dark text reads on it (contrast > 7:1). */
export const KIND_STYLE: Readonly<Record<NodeKind, { fill: string; stroke: string }>> = {
  question: { fill: '#e3edff', stroke: '#2456c4' },
  step: { fill: '#f1e9fc', stroke: '#6b3fb3' },
  branch: { fill: '#fff3bf', stroke: '#946c00' },
  subflow: { fill: '#dcf3f4', stroke: '#0d6f78' },
  resolution: { fill: '#d8f3dd', stroke: '#1d7434' },
  handoff: { fill: '#ffe3c7', stroke: '#b35300' },
};

/** The legend order: how a walk usually meets them. */
export const KIND_ORDER: readonly NodeKind[] = ['question', 'step', 'branch', 'subflow', 'resolution', 'handoff'];

/** How far a hexagon's points stick out beyond its text box. */
const HEX_INSET = 16;
/** The gap between a sub-flow's two borders. */
const DOUBLE_GAP = 4;

/** The size of a node of `kind` whose text block is `contentWidth` × `contentHeight`, padding included. */
export function nodeSize(kind: NodeKind, contentWidth: number, contentHeight: number): { width: number; height: number } {
  const padX = 12;
  const padY = 9;
  switch (kind) {
    case 'branch':
      // A diamond holds a centred rectangle w × h when it is 2w × 2h.
      return { width: Math.ceil(Math.max(contentWidth * 2 + 8, 110)), height: Math.ceil(Math.max(contentHeight * 2 + 8, 56)) };
    case 'resolution': {
      const height = contentHeight + padY * 2;
      return { width: Math.ceil(contentWidth + padX * 2 + height / 2), height: Math.ceil(height) };
    }
    case 'handoff':
      return { width: Math.ceil(contentWidth + padX * 2 + HEX_INSET * 2), height: Math.ceil(contentHeight + padY * 2) };
    case 'subflow':
      return { width: Math.ceil(contentWidth + (padX + DOUBLE_GAP) * 2), height: Math.ceil(contentHeight + (padY + DOUBLE_GAP) * 2) };
    default:
      return { width: Math.ceil(contentWidth + padX * 2), height: Math.ceil(contentHeight + padY * 2) };
  }
}

const n = (value: number): string => String(Math.round(value * 10) / 10);

/** The outline of a node as a polygon around its centre, for shapes whose bounding box is not the outline. */
export function outlineOf(kind: NodeKind, width: number, height: number): Offset[] {
  const w = width / 2;
  const h = height / 2;
  if (kind === 'branch') return [{ x: 0, y: -h }, { x: w, y: 0 }, { x: 0, y: h }, { x: -w, y: 0 }];
  if (kind === 'handoff') {
    const s = Math.min(HEX_INSET, w);
    return [
      { x: -w + s, y: -h }, { x: w - s, y: -h }, { x: w, y: 0 },
      { x: w - s, y: h }, { x: -w + s, y: h }, { x: -w, y: 0 },
    ];
  }
  return [{ x: -w, y: -h }, { x: w, y: -h }, { x: w, y: h }, { x: -w, y: h }];
}

/**
 * The SVG of a node's shape centred at (cx, cy). The element carrying the
 * outline has class `shape`, so a highlight style can restyle it.
 */
export function shapeSvg(kind: NodeKind, cx: number, cy: number, width: number, height: number): string {
  const { fill, stroke } = KIND_STYLE[kind];
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="1.6"`;
  const x = cx - width / 2;
  const y = cy - height / 2;
  const rect = (rx: number, inset = 0, cls = 'shape') =>
    `<rect class="${cls}" x="${n(x + inset)}" y="${n(y + inset)}" width="${n(width - inset * 2)}" height="${n(height - inset * 2)}" rx="${n(rx)}" ${inset ? `fill="none" stroke="${stroke}" stroke-width="1.2"` : paint}/>`;
  switch (kind) {
    case 'question':
      return rect(10);
    case 'step':
      return rect(0);
    case 'resolution':
      return rect(height / 2);
    case 'subflow':
      return rect(3) + rect(1, DOUBLE_GAP, 'shape shape-inner');
    case 'branch':
    case 'handoff': {
      const points = outlineOf(kind, width, height).map((p) => `${n(cx + p.x)},${n(cy + p.y)}`).join(' ');
      return `<polygon class="shape" points="${points}" ${paint}/>`;
    }
  }
}

/**
 * Where the line from `outside` to a node's centre crosses the node's
 * outline, so arrows end on diamonds and hexagons rather than on their
 * bounding boxes. `outside` is relative to the centre.
 */
export function clipToOutline(kind: NodeKind, width: number, height: number, outside: Offset): Offset {
  const polygon = outlineOf(kind, width, height);
  let best = 1;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    // Solve centre + t·outside = a + u·(b − a) for t in (0, 1], u in [0, 1].
    const ex = b.x - a.x;
    const ey = b.y - a.y;
    const det = outside.x * -ey - outside.y * -ex;
    if (Math.abs(det) < 1e-9) continue;
    const t = (a.x * -ey - a.y * -ex) / det;
    const u = (outside.x * a.y - outside.y * a.x) / det;
    if (t > 0 && t <= best && u >= -1e-9 && u <= 1 + 1e-9) best = t;
  }
  return { x: outside.x * best, y: outside.y * best };
}
