/**
 * The source map of a parsed YAML file: where each key and value of the
 * parsed value was written. Internal to parse-yaml.ts.
 */
import { SCALAR_STYLE } from 'js-yaml';
import type { Position } from '../diagnostics.ts';

/** A path into a parsed value: mapping keys and list indexes. */
export type YamlPath = ReadonlyArray<string | number>;

/**
 * Where every value of a file was written, as flat numbers: node `i` (values
 * in document order; plain keys are not nodes) owns the slots
 * `data[i * STRIDE + FIELD]`. Nothing of js-yaml's events is kept, and no
 * object is made per value: a file is read far more often than a diagnostic
 * needs a position, so lookups walk these numbers only when asked.
 */
export interface SourceTape {
  data: Int32Array;
  /** The key under which node `i` is an entry of its parent mapping; empty for list items, keys and rejected entries. */
  names: Array<string | undefined>;
  /** Number of nodes. */
  count: number;
  /** The node of the document's value, or -1 (lookups then fall back to offset 0). */
  root: number;
}

// The fields of a node.
/** Offset of the key of the entry holding the node; -1 when it is not an entry. */
const KEY = 0;
/** Offset of the value's first character (its quote or block indicator); -1 when not written. */
const START = 1;
/** The node after the last node inside this one. */
const END = 2;
/** The node whose content this one has: itself, or the anchored node an alias repeats. */
const TARGET = 3;
/** NODE_MAP, NODE_SEQ, NODE_SCALAR or NODE_OTHER. */
const KIND = 4;
/** For scalars: where the content lies, to find positions inside it. */
const VALUE_START = 5;
const VALUE_END = 6;
/** For scalars: the style, plus FAST_FLAG when the source text is the value, plus the block indent (+1) times INDENT_UNIT. */
const STYLE = 7;
const STRIDE = 8;
const FAST_FLAG = 8;
const INDENT_UNIT = 16;

/** Kinds of node. */
export const NODE_OTHER = 0;
export const NODE_MAP = 1;
export const NODE_SEQ = 2;
export const NODE_SCALAR = 3;

/** An empty tape, filled by parse-yaml.ts. */
export function createTape(): SourceTape {
  return { data: new Int32Array(0), names: [], count: 0, root: -1 };
}

/** Empties `tape`, to read the file again. */
export function clearTape(tape: SourceTape): void {
  tape.count = 0;
  tape.root = -1;
  tape.names.fill(undefined);
}

/** Makes room for about `nodes` nodes (more are added as needed). */
export function reserveNodes(tape: SourceTape, nodes: number): void {
  tape.data = new Int32Array(nodes * STRIDE);
  tape.names = new Array(nodes);
}

/** Adds a node written at `start` and returns its number; `closeNode` ends it when it has nodes inside. */
export function addNode(tape: SourceTape, start: number, kind: number): number {
  const node = tape.count++;
  const at = node * STRIDE;
  if (at + STRIDE > tape.data.length) {
    const grown = new Int32Array(tape.data.length * 2 + STRIDE * 64);
    grown.set(tape.data);
    tape.data = grown;
  }
  const { data } = tape;
  data[at + KEY] = -1;
  data[at + START] = start;
  data[at + END] = node + 1;
  data[at + TARGET] = node;
  data[at + KIND] = kind;
  return node;
}

/** Where a scalar's content lies, as `offsetInside` reads it. */
interface ScalarRange {
  valueStart: number;
  valueEnd: number;
  style: number;
  fast: boolean;
  indent: number;
}

/**
 * Adds a scalar node written at `start`, whose content lies between
 * `valueStart` and `valueEnd` in `style` (`fast` when the text there is the
 * value as it is; `indent` for block scalars).
 */
export function addScalarNode(tape: SourceTape, start: number, valueStart: number, valueEnd: number, style: number, fast: boolean, indent: number): number {
  const node = addNode(tape, start, NODE_SCALAR);
  const at = node * STRIDE;
  const { data } = tape;
  data[at + VALUE_START] = valueStart;
  data[at + VALUE_END] = valueEnd;
  data[at + STYLE] = style | (fast ? FAST_FLAG : 0) | ((indent + 1) * INDENT_UNIT);
  return node;
}

/** Ends collection `node`: the nodes added since are inside it. */
export function closeNode(tape: SourceTape, node: number): void {
  tape.data[node * STRIDE + END] = tape.count;
}

/** Makes alias `node` repeat the content of the anchored node `anchored`. */
export function repeatNode(tape: SourceTape, node: number, anchored: number): void {
  tape.data[node * STRIDE + TARGET] = tape.data[anchored * STRIDE + TARGET]!;
}

/** Records `node` as the entry `name` of its mapping, with its key at `keyOffset`. */
export function setEntry(tape: SourceTape, node: number, name: string, keyOffset: number): void {
  tape.data[node * STRIDE + KEY] = keyOffset;
  tape.names[node] = name;
}

/** The offset where `node` was written. */
export function startOf(tape: SourceTape, node: number): number {
  return tape.data[node * STRIDE + START]!;
}

/** The key offset of entry `name` of the mapping `owner` while it is being read (its nodes run to the last one added). */
export function openEntryKeyOffset(tape: SourceTape, owner: number, name: string): number {
  for (let at = owner + 1; at < tape.count; at = tape.data[at * STRIDE + END]!) if (tape.names[at] === name) return tape.data[at * STRIDE + KEY]!;
  return 0;
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

/** The offset where each line starts; counted first, so the offsets go into one typed array. */
function lineStarts(text: string): Int32Array {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  const starts = new Int32Array(lines);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  return starts;
}

/**
 * Maps index `index` of a scalar's decoded text to an offset in the source:
 * skips indentation, folded line breaks, trailing spaces, `''` and escapes.
 * Undefined when the scalar has blank lines or escaped line breaks, whose
 * folding is not worth modelling for a diagnostic.
 */
function offsetInside(text: string, scalar: ScalarRange, index: number): number | undefined {
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

/** Collections with more nodes than this inside get an index on their first lookup. */
const INDEX_FROM = 32;

/** Creates the source map of `text`, whose nodes parse-yaml.ts writes into `tape` (lookups read it when called). */
export function createSourceMap(text: string, tape: SourceTape): YamlSourceMap {
  let starts: Int32Array | undefined;
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

  const indexes = new Map<number, Map<string, number>>();
  const itemIndexes = new Map<number, number[]>();
  /** The node at `step` inside node `node`, or -1. */
  const child = (node: number, step: string | number): number => {
    const { data, names } = tape;
    const owner = data[node * STRIDE + TARGET]!;
    const kind = data[owner * STRIDE + KIND];
    const end = data[owner * STRIDE + END]!;
    // A collection with few nodes inside is searched; a large one (like nodes:) gets an index on its first lookup.
    const large = end - owner - 1 > INDEX_FROM;
    if (typeof step === 'number') {
      if (kind !== NODE_SEQ) return -1;
      if (!large) {
        for (let at = owner + 1, i = 0; at < end; at = data[at * STRIDE + END]!, i++) if (i === step) return at;
        return -1;
      }
      let items = itemIndexes.get(owner);
      if (!items) {
        items = [];
        for (let at = owner + 1; at < end; at = data[at * STRIDE + END]!) items.push(at);
        itemIndexes.set(owner, items);
      }
      return Number.isInteger(step) && step >= 0 && step < items.length ? items[step]! : -1;
    }
    if (kind !== NODE_MAP) return -1;
    if (!large) {
      for (let at = owner + 1; at < end; at = data[at * STRIDE + END]!) if (names[at] === step) return at;
      return -1;
    }
    let index = indexes.get(owner);
    if (!index) {
      index = new Map();
      for (let at = owner + 1; at < end; at = data[at * STRIDE + END]!) {
        const name = names[at];
        if (name !== undefined) index.set(name, at);
      }
      indexes.set(owner, index);
    }
    return index.get(step) ?? -1;
  };

  /** The nodes along `path`, as far as they exist; -1 stands for the root when the file has no value. */
  const trail = (path: YamlPath): number[] => {
    const nodes = [tape.root];
    if (tape.root < 0) return nodes;
    let node = tape.root;
    for (const step of path) {
      node = child(node, step);
      if (node < 0) break;
      nodes.push(node);
    }
    return nodes;
  };

  const firstWritten = (nodes: number[], prefer: typeof KEY | typeof START): number => {
    const other = prefer === KEY ? START : KEY;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      if (node < 0) return 0;
      const first = tape.data[node * STRIDE + prefer]!;
      const second = tape.data[node * STRIDE + other]!;
      if (first >= 0) return first;
      if (second >= 0) return second;
    }
    return 0;
  };

  /** Where the scalar of `node` lies, when it is one. */
  const scalarOf = (node: number): ScalarRange | undefined => {
    if (node < 0) return undefined;
    const at = tape.data[node * STRIDE + TARGET]! * STRIDE;
    const { data } = tape;
    if (data[at + KIND] !== NODE_SCALAR) return undefined;
    const flags = data[at + STYLE]!;
    return {
      valueStart: data[at + VALUE_START]!,
      valueEnd: data[at + VALUE_END]!,
      style: flags & (FAST_FLAG - 1),
      fast: (flags & FAST_FLAG) !== 0,
      indent: Math.floor(flags / INDENT_UNIT) - 1,
    };
  };

  return {
    positionOf,
    keyAt: (path) => positionOf(firstWritten(trail(path), KEY)),
    valueAt: (path) => positionOf(firstWritten(trail(path), START)),
    insideValueAt: (path, index) => {
      const nodes = trail(path);
      const scalar = nodes.length === path.length + 1 ? scalarOf(nodes[nodes.length - 1]!) : undefined;
      const exact = scalar ? offsetInside(text, scalar, Math.max(0, index)) : undefined;
      return positionOf(exact ?? firstWritten(nodes, START));
    },
    has: (path) => trail(path).length === path.length + 1,
  };
}
