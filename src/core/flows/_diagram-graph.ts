/**
 * A flow as the boxes and labelled arrows of its diagram, with their text
 * wrapped and their sizes measured, ready for a layout engine. One box per
 * node as written (branches and sub-flow nodes included), one arrow per
 * answer, outcome, case, `otherwise` and `then`.
 */
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import type { DiagramLabels } from './_diagram-labels.ts';
import { nodeSize } from './_diagram-shapes.ts';
import { shorten, textWidth, wrapText } from './_diagram-text.ts';
import type { Flow, FlowNode, LocalizedText, NodeKind } from './schema.ts';
import { STEP_LABELS } from './step-labels.ts';

/** Font sizes and line heights, shared by measuring and drawing. */
export const TYPE = {
  body: { size: 13, line: 16.5, maxWidth: 184, maxLines: 4 },
  id: { size: 10.5, line: 14 },
  extra: { size: 11.5, line: 15 },
  edge: { size: 11, line: 13.5, maxWidth: 132, maxLines: 2 },
} as const;

/** How much wider bold text runs than regular text. */
export const BOLD = 1.15;

/** One box of the diagram. */
export interface DiagramBox {
  id: string;
  kind: NodeKind;
  /** Wrapped customer-facing text (empty for branches). */
  lines: string[];
  /** A second, smaller, bold part: a handoff's queue. */
  extra: string[];
  /** The full text, for the hover tooltip. */
  tooltip: string;
  width: number;
  height: number;
}

/** One arrow of the diagram. */
export interface DiagramArrow {
  from: string;
  to: string;
  /** Unique per arrow, since two answers may lead to the same node. */
  name: string;
  /** The answer index a walk gives to go along it (answers and step outcomes only). */
  answer?: number;
  lines: string[];
  /** The index of the first line that shows the condition (`lines.length` when there is none). */
  conditionFrom: number;
  /** What the arrow stands for, as a class for styling. */
  kind: 'answer' | 'fixed' | 'not-fixed' | 'case' | 'otherwise' | 'then';
  width: number;
  height: number;
}

/** Options that change what the boxes say. */
export interface BoxTextOptions {
  /** Queue names by queue id (from content/handoff.yaml); the id is shown otherwise. */
  queueNames?: Readonly<Record<string, string>>;
  /** Flow titles by flow id, for sub-flow boxes; the id is shown otherwise. */
  flowTitles?: Readonly<Record<string, string>>;
}

/** The text of a localised field in `locale`, else English, else any. */
export function localized(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] ?? text[DEFAULT_LOCALE] ?? Object.values(text).find((v) => v !== undefined) ?? '';
}

/** The height of a box's text block: the id line, the text, the extra lines. */
export function contentHeightOf(box: Pick<DiagramBox, 'lines' | 'extra'>): number {
  return TYPE.id.line + box.lines.length * TYPE.body.line + box.extra.length * TYPE.extra.line;
}

function measureBox(id: string, node: FlowNode, lines: string[], extra: string[], tooltip: string): DiagramBox {
  const widths = [textWidth(id, TYPE.id.size) * 1.05, ...lines.map((l) => textWidth(l, TYPE.body.size))];
  widths.push(...extra.map((l) => textWidth(l, TYPE.extra.size) * BOLD)); // drawn semi-bold
  const contentWidth = Math.max(56, ...widths);
  const contentHeight = contentHeightOf({ lines, extra });
  const size = nodeSize(node.type, contentWidth, contentHeight);
  return { id, kind: node.type, lines, extra, tooltip, ...size };
}

function boxOf(id: string, node: FlowNode, locale: Locale, labels: DiagramLabels, options: BoxTextOptions): DiagramBox {
  const body = TYPE.body;
  const kind = labels.kinds[node.type];
  switch (node.type) {
    case 'branch':
      return measureBox(id, node, [], [], `${kind}: ${id}`);
    case 'subflow': {
      const target = options.flowTitles?.[node.flow] ?? node.flow;
      const lines = wrapText(`${labels.goTo}: ${target}`, body.maxWidth, body.size, 2);
      return measureBox(id, node, lines, [], `${kind}: ${id} → ${node.flow}${node.start ? ` (${node.start})` : ''}`);
    }
    default: {
      const text = localized(node.text, locale);
      const lines = wrapText(text, body.maxWidth, body.size, node.type === 'question' ? body.maxLines : body.maxLines - 1);
      const queue = node.type === 'handoff' ? `${labels.queue}: ${options.queueNames?.[node.queue] ?? node.queue}` : undefined;
      const extra = queue ? wrapText(queue, body.maxWidth / BOLD, TYPE.extra.size, 2) : [];
      return measureBox(id, node, lines, extra, `${kind}: ${id}\n${shorten(text, 400)}`);
    }
  }
}

function arrow(from: string, to: string, index: number, kind: DiagramArrow['kind'], label: string, condition?: string, ifWord = 'if'): DiagramArrow {
  const { size, line, maxWidth, maxLines } = TYPE.edge;
  const lines = label ? wrapText(label, maxWidth, size, condition ? 1 : maxLines) : [];
  const conditionFrom = lines.length;
  if (condition) lines.push(...wrapText(`${ifWord} ${condition}`, maxWidth, size, label ? 1 : maxLines));
  const width = lines.length ? Math.ceil(Math.max(...lines.map((l) => textWidth(l, size))) + 10) : 0;
  const height = lines.length ? Math.ceil(lines.length * line + 5) : 0;
  const answer = kind === 'answer' || kind === 'fixed' || kind === 'not-fixed' ? { answer: index } : {};
  return { from, to, name: `${from}>${to}#${index}`, ...answer, lines, conditionFrom, kind, width, height };
}

function arrowsOf(id: string, node: FlowNode, locale: Locale, labels: DiagramLabels): DiagramArrow[] {
  switch (node.type) {
    case 'question':
      return node.options.map((option, i) => arrow(id, option.next, i, 'answer', localized(option.label, locale), option.when, labels.ifWord));
    case 'step': {
      const [fixed, notFixed] = STEP_LABELS[locale];
      return [arrow(id, node.outcomes.fixed, 0, 'fixed', fixed), arrow(id, node.outcomes['not-fixed'], 1, 'not-fixed', notFixed)];
    }
    case 'branch':
      return [
        ...node.cases.map((c, i) => arrow(id, c.next, i, 'case', '', c.when, labels.ifWord)),
        arrow(id, node.otherwise, node.cases.length, 'otherwise', labels.otherwise),
      ];
    case 'subflow':
      return node.then === undefined ? [] : [arrow(id, node.then, 0, 'then', labels.then)];
    default:
      return [];
  }
}

/**
 * The boxes and arrows of `flow` in `locale`, in the order the nodes are
 * written. Arrows to nodes that do not exist (an unchecked flow) are left out
 * rather than drawn to nowhere.
 */
export function diagramGraph(
  flow: Flow,
  locale: Locale,
  labels: DiagramLabels,
  options: BoxTextOptions = {},
): { boxes: DiagramBox[]; arrows: DiagramArrow[] } {
  const boxes: DiagramBox[] = [];
  const arrows: DiagramArrow[] = [];
  for (const [id, node] of Object.entries(flow.nodes)) {
    boxes.push(boxOf(id, node, locale, labels, options));
    arrows.push(...arrowsOf(id, node, locale, labels).filter((a) => Object.hasOwn(flow.nodes, a.to)));
  }
  return { boxes, arrows };
}
