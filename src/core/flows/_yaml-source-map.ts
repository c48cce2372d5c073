/**
 * The source map of a parsed YAML file: where each key and value of the
 * parsed value was written. Internal to parse-yaml.ts.
 */
import { SCALAR_STYLE } from 'js-yaml';
import type { Position } from '../diagnostics.ts';

/** A path into a parsed value: mapping keys and list indexes. */
export type YamlPath = ReadonlyArray<string | number>;

/** Where one value was written. Offsets are 0-based; -1 means "not written". */
export interface SourceNode {
  /** Offset of the key of the mapping entry holding this value. */
  key: number;
  /** Offset of the value's first character (its quote or block indicator). */
  start: number;
  /** The decoded text of a scalar. */
  scalarText?: string;
  /** Where a scalar's content lies, to find positions inside it. */
  scalar?: { valueStart: number; valueEnd: number; style: number; fast: boolean; indent: number };
  entries?: Map<string, SourceNode>;
  items?: SourceNode[];
}

/** Positions in a parsed YAML file. Lookups of paths that do not exist fall back to the nearest existing ancestor. */
export interface YamlSourceMap {
  /** The position of a 0-based offset in the text. */
  positionOf(offset: number): Position;
  /** The position of the key of the entry at `path`; for list items and the root, of the value. */
  keyAt(path: YamlPath): Position;
  /** The position of the value at `path`; of its key when the value is empty. */
  valueAt(path: YamlPath): Position;
  /**
   * The position of character `index` of the text value at `path`, or of
   * the value itself when that cannot be known (blank lines inside it).
   */
  insideValueAt(path: YamlPath, index: number): Position;
  /** True when a value was written at `path`. */
  has(path: YamlPath): boolean;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Maps index `index` of a scalar's decoded text to an offset in the source:
 * skips indentation, folded line breaks, trailing spaces, `''` and escapes.
 * Undefined when the scalar has blank lines or escaped line breaks, whose
 * folding is not worth modelling for a diagnostic.
 */
function offsetInside(text: string, scalar: NonNullable<SourceNode['scalar']>, index: number): number | undefined {
  const { valueStart, valueEnd, style, fast, indent } = scalar;
  if (valueStart < 0) return undefined;
  if (fast) return valueStart + Math.min(index, valueEnd - valueStart);
  const block = style === SCALAR_STYLE.LITERAL_BLOCK || style === SCALAR_STYLE.FOLDED_BLOCK;
  let decoded = 0;
  let i = valueStart;
  let atLineStart = block;
  while (i < valueEnd) {
    if (atLineStart) {
      if (block) {
        for (let k = 0; k < indent && i < valueEnd; k++, i++) if (text[i] === '\n' || text[i] === '\r') return undefined;
      } else while (text[i] === ' ' || text[i] === '\t') i++;
      atLineStart = false;
      if (i >= valueEnd) break;
      if (text[i] === '\n' || text[i] === '\r') return undefined;
      continue;
    }
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      if (decoded === index) return i;
      decoded++;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      atLineStart = true;
      continue;
    }
    if (!block && (ch === ' ' || ch === '\t')) {
      let j = i;
      while (text[j] === ' ' || text[j] === '\t') j++;
      // Trailing spaces of a line are dropped when a flow scalar folds.
      if (j < valueEnd && (text[j] === '\n' || text[j] === '\r')) {
        i = j;
        continue;
      }
    }
    if (decoded === index) return i;
    if (style === SCALAR_STYLE.SINGLE_QUOTED && ch === "'") i += 2;
    else if (style === SCALAR_STYLE.DOUBLE_QUOTED && ch === '\\') {
      const kind = text[i + 1];
      if (kind === '\n' || kind === '\r') return undefined;
      if (kind === 'U' && parseInt(text.slice(i + 2, i + 10), 16) > 0xffff) decoded++;
      i += kind === 'x' ? 4 : kind === 'u' ? 6 : kind === 'U' ? 10 : 2;
    } else i++;
    decoded++;
  }
  // Past the end: just after the last character.
  return block ? Math.max(valueStart, valueEnd - 1) : valueEnd;
}

/** Creates the source map of `text` whose root value was written at `root`. */
export function createSourceMap(text: string, root: SourceNode): YamlSourceMap {
  let starts: number[] | undefined;
  const positionOf = (offset: number): Position => {
    starts ??= lineStarts(text);
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - starts[low]! + 1, offset: clamped };
  };

  /** The nodes along `path`, as far as they exist. */
  const trail = (path: YamlPath): SourceNode[] => {
    const nodes = [root];
    let node: SourceNode | undefined = root;
    for (const step of path) {
      node = typeof step === 'number' ? node.items?.[step] : node.entries?.get(step);
      if (!node) break;
      nodes.push(node);
    }
    return nodes;
  };

  const firstWritten = (nodes: SourceNode[], prefer: 'key' | 'start'): number => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      const first = prefer === 'key' ? node.key : node.start;
      const second = prefer === 'key' ? node.start : node.key;
      if (first >= 0) return first;
      if (second >= 0) return second;
    }
    return 0;
  };

  return {
    positionOf,
    keyAt: (path) => positionOf(firstWritten(trail(path), 'key')),
    valueAt: (path) => positionOf(firstWritten(trail(path), 'start')),
    insideValueAt: (path, index) => {
      const nodes = trail(path);
      const node = nodes[nodes.length - 1]!;
      const exact = nodes.length === path.length + 1 && node.scalar ? offsetInside(text, node.scalar, Math.max(0, index)) : undefined;
      return positionOf(exact ?? firstWritten(nodes, 'start'));
    },
    has: (path) => trail(path).length === path.length + 1,
  };
}
