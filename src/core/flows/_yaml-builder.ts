/**
 * Builds a parsed YAML file's value and source map from parse events, told
 * one at a time as method calls: by js-yaml's event list, or by the scanner
 * of plain flow files (_yaml-fast-scanner.ts) without making an object per
 * event. Duplicate keys, aliases and tags become diagnostics here. Internal
 * to parse-yaml.ts.
 */
import { CORE_SCHEMA, SCALAR_STYLE, getScalarValue } from 'js-yaml';
import type { ScalarEvent } from 'js-yaml';
import type { Diagnostic } from '../diagnostics.ts';
import {
  addNode, addScalarNode, closeNode, openEntryKeyOffset, repeatNode, reserveNodes, setEntry, startOf,
  NODE_MAP, NODE_OTHER, NODE_SEQ, type SourceTape, type YamlSourceMap,
} from './_yaml-source-map.ts';

/** How many nodes aliases may add in total, so a "billion laughs" file cannot blow up later passes. */
const MAX_ALIAS_EXPANSION = 50_000;

/** The mapping or list being read. Frames are reused as the reader goes in and out, so they all share one shape. */
interface Frame {
  isMap: boolean;
  value: Record<string, unknown> | unknown[];
  /** The collection's node in the tape. */
  node: number;
  anchor: string | undefined;
  /** Number of nodes under this collection, aliases expanded. */
  size: number;
  /** True between reading a key and reading its value. */
  hasKey: boolean;
  /** The key read: its text (undefined for a list or mapping used as a key), offset and value. */
  keyText: string | undefined;
  keyOffset: number;
  keyValue: unknown;
  /** True for the mapping under the top-level `nodes:` key, whose duplicate keys are duplicate nodes. */
  isNodes: boolean;
}

interface Anchored {
  value: unknown;
  node: number;
  size: number;
  /** The raw text of an anchored scalar, so an alias of it can be a key. */
  scalarText: string | undefined;
}

/** Receives parse events in document order; `stopped` turns true when the rest of the events need not be told. */
export interface YamlBuilder {
  /** Makes room for about `nodes` values; more are added as needed. */
  reserve(nodes: number): void;
  document(explicitStart: boolean): void;
  open(isMap: boolean, start: number, anchorStart: number, anchorEnd: number, tagStart: number, tagEnd: number): void;
  pop(): void;
  /**
   * A scalar: `tokenStart` is its first character as written (a quote, say),
   * the value lies between `valueStart` and `valueEnd` (-1 when empty), and
   * `fast` says the text there is the value as it is; otherwise `event`
   * decodes it.
   */
  scalar(
    tokenStart: number, valueStart: number, valueEnd: number, style: number, fast: boolean, indent: number,
    anchorStart: number, anchorEnd: number, tagStart: number, tagEnd: number, event: ScalarEvent | undefined,
  ): void;
  alias(nameStart: number, nameEnd: number): void;
  readonly stopped: boolean;
  /** Ends the reading: whether the file holds one mapping, and where the file's value is in the tape. */
  finish(): { ok: true; value: Record<string, unknown>; aliased: boolean } | { ok: false };
}

const MAP_TAGS: readonly string[] = ['!!map', '!'];
const SEQ_TAGS: readonly string[] = ['!!seq', '!'];
const STR_TAGS: readonly string[] = ['!!str', '!'];

/** What a frame holds while it is not in use. */
const RELEASED: unknown[] = [];

/** Slots of the key cache; a power of two. */
const KEY_CACHE_SIZE = 256;

function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  // A plain assignment to "__proto__" would replace the prototype instead of adding a key.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** How a value is named in messages about keys and files. */
function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'object') return 'a mapping';
  return 'text';
}

/** The YAML 1.2 core words that are not text: null and the booleans, in their three spellings each. */
const NON_STRING_WORDS: ReadonlySet<string> = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/**
 * False when a plain scalar is certainly text: YAML 1.2 core numbers and
 * `.inf`/`.nan` start with a digit, a sign or a dot, null is empty, `~` or
 * null/Null/NULL, and booleans are true/false in three spellings. Skipping
 * the resolver for the rest halves the cost of reading large flows.
 */
function mayBeNonString(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (Number.isNaN(c)) return true;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return (raw.length === 4 || raw.length === 5) && NON_STRING_WORDS.has(raw);
  return c < 128;
}

/**
 * A builder for `text` (of `file`) that writes nodes into `tape`, looks up
 * positions in `map` and reports problems into `diagnostics`.
 */
export function createYamlBuilder(text: string, file: string, tape: SourceTape, map: YamlSourceMap, diagnostics: Diagnostic[]): YamlBuilder {
  const report = (offset: number, code: string, message: string, hint: string): void => {
    const { line, column } = map.positionOf(Math.max(0, offset));
    diagnostics.push({ file, line, column, severity: 'error', code, message, hint });
  };

  // The same few keys repeat thousands of times in a large flow: a key read
  // before is returned without cutting it out of the text again, and, being
  // the string already used as a property name, needs no new lookup when set.
  const keyCache: Array<string | undefined> = new Array(KEY_CACHE_SIZE).fill(undefined);
  const readKey = (start: number, end: number): string => {
    const length = end - start;
    const slot = (length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1)) & (KEY_CACHE_SIZE - 1);
    const known = keyCache[slot];
    if (known !== undefined && known.length === length && text.startsWith(known, start)) return known;
    const key = text.slice(start, end);
    keyCache[slot] = key;
    return key;
  };

  const anchors = new Map<string, Anchored>();
  const stack: Frame[] = [];
  let depth = 0;
  let documents = 0;
  let firstExplicit = false;
  let expanded = 0;
  let result: { value: unknown; node: number } | undefined;
  let aborted = false;
  let aliased = false;

  /** Hands a finished value to the collection being read; `scalarText` is its raw text when it is a scalar. */
  const deliver = (value: unknown, node: number, size: number, scalarText: string | undefined): void => {
    if (depth === 0) {
      result ??= { value, node };
      return;
    }
    const parent = stack[depth - 1]!;
    parent.size += size;
    if (!parent.isMap) {
      (parent.value as unknown[]).push(value);
      return;
    }
    if (!parent.hasKey) {
      parent.hasKey = true;
      parent.keyText = scalarText;
      parent.keyOffset = startOf(tape, node);
      parent.keyValue = value;
      return;
    }
    parent.hasKey = false;
    const keyText = parent.keyText;
    const keyOffset = parent.keyOffset;
    if (keyText === undefined) {
      report(keyOffset, 'unsupported-yaml', `a key must be plain text, found ${typeName(parent.keyValue)}`, 'Write the key as a single word, like title or next.');
      return;
    }
    const target = parent.value as Record<string, unknown>;
    // Every accepted entry is a key of the value, so the value tells duplicates apart.
    if (Object.hasOwn(target, keyText)) {
      const firstLine = map.positionOf(openEntryKeyOffset(tape, parent.node, keyText)).line;
      if (parent.isNodes) {
        report(keyOffset, 'duplicate-node', `node id "${keyText}" is defined twice (first at line ${firstLine})`, 'Rename one of the nodes, or merge them into one.');
      } else {
        report(keyOffset, 'duplicate-key', `key "${keyText}" appears twice in the same mapping`, `It is first set at line ${firstLine}; remove one of the two.`);
      }
      return;
    }
    setEntry(tape, node, keyText, keyOffset);
    setKey(target, keyText, value);
  };

  const checkTag = (start: number, end: number, allowed: readonly string[]): boolean => {
    if (start < 0) return true;
    const tag = text.slice(start, end);
    if (allowed.includes(tag)) return true;
    report(start, 'unsupported-yaml', `the YAML tag ${tag} is not supported here`, 'Remove the tag; write the value as plain text, a list or a mapping.');
    return false;
  };

  return {
    reserve(nodes) {
      reserveNodes(tape, nodes);
    },

    get stopped() {
      return aborted;
    },

    document(explicitStart) {
      documents++;
      if (documents === 1) firstExplicit = explicitStart;
      if (documents === 2) {
        // The second document starts at the second --- when the first document opened with one.
        const marker = /^---(?=[ \t\r\n]|$)/gm;
        let offset = 0;
        for (let m = marker.exec(text), seen = 1; m; m = marker.exec(text), seen++) {
          offset = m.index;
          if (seen === (firstExplicit ? 2 : 1)) break;
        }
        report(offset, 'multiple-documents', 'the file holds more than one YAML document', 'A file holds one document: remove this --- line and move what follows into its own file.');
      }
      if (documents > 1) aborted = true;
    },

    open(isMap, start, anchorStart, anchorEnd, tagStart, tagEnd) {
      if (tagStart >= 0) checkTag(tagStart, tagEnd, isMap ? MAP_TAGS : SEQ_TAGS);
      const first = stack[0];
      const isNodes = depth === 1 && first!.isMap && first!.keyText === 'nodes';
      let frame = stack[depth];
      if (!frame) {
        frame = { isMap, value: RELEASED, node: 0, anchor: undefined, size: 1, hasKey: false, keyText: undefined, keyOffset: -1, keyValue: undefined, isNodes };
        stack.push(frame);
      }
      frame.isMap = isMap;
      frame.value = isMap ? {} : [];
      frame.node = addNode(tape, start, isMap ? NODE_MAP : NODE_SEQ);
      frame.anchor = anchorStart >= 0 ? text.slice(anchorStart, anchorEnd) : undefined;
      frame.size = 1;
      frame.hasKey = false;
      frame.keyText = undefined;
      frame.keyOffset = -1;
      frame.keyValue = undefined;
      frame.isNodes = isNodes;
      depth++;
    },

    pop() {
      if (depth === 0) return;
      const frame = stack[--depth]!;
      const { value, node, size, anchor } = frame;
      // The frame is reused: let go of what it held.
      frame.value = RELEASED;
      frame.keyValue = undefined;
      closeNode(tape, node);
      if (anchor !== undefined) anchors.set(anchor, { value, node, size, scalarText: undefined });
      deliver(value, node, size, undefined);
    },

    scalar(tokenStart, valueStart, valueEnd, style, fast, indent, anchorStart, anchorEnd, tagStart, tagEnd, event) {
      const parent = depth > 0 ? stack[depth - 1] : undefined;
      const isKey = parent !== undefined && parent.isMap && !parent.hasKey;
      const raw =
        valueStart < 0 ? '' : fast ? (isKey ? readKey(valueStart, valueEnd) : text.slice(valueStart, valueEnd)) : getScalarValue(text, event!);
      const anchor = anchorStart >= 0 ? text.slice(anchorStart, anchorEnd) : undefined;
      const plainTag = tagStart < 0 || checkTag(tagStart, tagEnd, STR_TAGS);
      if (isKey && anchor === undefined) {
        // Keys stay text, and need no node of their own: the value's node records the key's offset.
        parent.hasKey = true;
        parent.keyText = raw;
        parent.keyOffset = tokenStart;
        parent.size++;
        return;
      }
      let value: unknown = raw;
      // Plain values resolve like YAML 1.2: numbers, true/false, null.
      if (plainTag && tagStart < 0 && style === SCALAR_STYLE.PLAIN && mayBeNonString(raw)) {
        value = CORE_SCHEMA.resolveImplicitScalarTag(raw).value;
      }
      const node = addScalarNode(tape, tokenStart, valueStart, valueEnd, style, fast, indent);
      if (anchor !== undefined) anchors.set(anchor, { value, node, size: 1, scalarText: raw });
      deliver(value, node, 1, raw);
    },

    alias(nameStart, nameEnd) {
      const name = text.slice(nameStart, nameEnd);
      const offset = nameStart - 1;
      const target = anchors.get(name);
      if (!target) {
        let open = false;
        for (let i = 0; i < depth; i++) if (stack[i]!.anchor === name) open = true;
        report(
          offset,
          'yaml-alias',
          open ? `the alias *${name} is used inside the node it names` : `the alias *${name} refers to no anchor`,
          open ? 'An alias cannot contain itself; write the value out.' : `Define &${name} before this line, or write the value out.`,
        );
        deliver(null, addNode(tape, offset, NODE_OTHER), 1, undefined);
        return;
      }
      expanded += target.size;
      if (expanded > MAX_ALIAS_EXPANSION) {
        report(offset, 'yaml-alias', `aliases expand to more than ${MAX_ALIAS_EXPANSION} values`, 'Write the repeated values out instead of nesting aliases of aliases.');
        aborted = true;
        return;
      }
      // The alias has its own position, and the anchored node's content.
      const node = addNode(tape, offset, NODE_OTHER);
      repeatNode(tape, node, target.node);
      if (target.scalarText === undefined) aliased = true;
      deliver(target.value, node, target.size, target.scalarText);
    },

    finish() {
      if (aborted && documents < 2) return { ok: false };
      if (!result || result.value === null || result.value === undefined) {
        report(0, 'empty-file', 'the file is empty', 'Write the content, or delete the file.');
        return { ok: false };
      }
      if (typeof result.value !== 'object' || Array.isArray(result.value)) {
        report(
          startOf(tape, result.node),
          'not-a-mapping',
          `the file holds ${typeName(result.value)}, but it must be a mapping of keys to values`,
          'Start the file with keys such as id: and title:, each at the start of a line.',
        );
        return { ok: false };
      }
      tape.root = result.node;
      return { ok: true, value: result.value as Record<string, unknown>, aliased };
    },
  };
}
