/**
 * Reads a YAML file into a plain value plus a source map that knows the line
 * and column of every key and value, so later checks can point at the exact
 * token a writer must edit. Built on js-yaml's event parser (offsets into the
 * text); the value is constructed here so duplicate keys, aliases and tags are
 * reported as diagnostics instead of exceptions.
 */
import { CORE_SCHEMA, EVENT_ID, SCALAR_STYLE, YAMLException, getScalarValue, parseEvents } from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';
import type { Diagnostic } from '../diagnostics.ts';
import {
  addNode, addScalarNode, closeNode, createSourceMap, createTape, openEntryKeyOffset, repeatNode, reserveNodes, setEntry, startOf,
  NODE_MAP, NODE_OTHER, NODE_SEQ, type YamlSourceMap,
} from './_yaml-source-map.ts';
import { findInvalidCharacter, syntaxHint } from './_yaml-problems.ts';

export type { YamlPath, YamlSourceMap } from './_yaml-source-map.ts';

/** A YAML file read by `parseYaml`. */
export interface ParsedYaml {
  file: string;
  /** The value of the (first) document; `undefined` when the file could not be read as a mapping. */
  value: unknown;
  /** Positions of every key and value in `value`. */
  map: YamlSourceMap;
  /** Problems found while reading, in source order. */
  diagnostics: Diagnostic[];
  /** False when the text is not one readable YAML mapping; `value` is then undefined. */
  ok: boolean;
}

/** How many nodes aliases may add in total, so a "billion laughs" file cannot blow up later passes. */
const MAX_ALIAS_EXPANSION = 50_000;
/** How deep collections may nest; flows need fewer than ten levels. */
const MAX_DEPTH = 64;

interface Frame {
  kind: 'map' | 'seq';
  value: Record<string, unknown> | unknown[];
  /** The collection's node in the tape. */
  node: number;
  anchor?: string;
  /** Number of nodes under this collection, aliases expanded. */
  size: number;
  /** True between reading a key and reading its value. */
  hasKey: boolean;
  /** The key read: its text (undefined for a list or mapping used as a key), offset and value. */
  keyText?: string;
  keyOffset: number;
  keyValue?: unknown;
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

const MAP_TAGS: readonly string[] = ['!!map', '!'];
const SEQ_TAGS: readonly string[] = ['!!seq', '!'];
const STR_TAGS: readonly string[] = ['!!str', '!'];

/** Slots of the key cache of `createKeyReader`; a power of two. */
const KEY_CACHE_SIZE = 256;

/**
 * Reads keys written as-is (no quotes or escapes) from `text`. The same few
 * keys repeat thousands of times in a large flow; a key read before is
 * returned without cutting it out of the text again, and, being the string
 * already used as a property name, it needs no new lookup when it is set.
 */
function createKeyReader(text: string): { read(start: number, end: number): string } {
  const cache: Array<string | undefined> = new Array(KEY_CACHE_SIZE).fill(undefined);
  return {
    read(start, end) {
      const length = end - start;
      const slot = (length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1)) & (KEY_CACHE_SIZE - 1);
      const known = cache[slot];
      if (known !== undefined && known.length === length && text.startsWith(known, start)) return known;
      const key = text.slice(start, end);
      cache[slot] = key;
      return key;
    },
  };
}

function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  // A plain assignment to "__proto__" would replace the prototype instead of adding a key.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'object') return 'a mapping';
  return 'text';
}

/**
 * False when a plain scalar is certainly text: YAML 1.2 core numbers and
 * `.inf`/`.nan` start with a digit, a sign or a dot, null is empty, `~` or
 * null/Null/NULL, and booleans are true/false in three spellings. Skipping
 * the resolver for the rest halves the cost of reading large flows.
 */
function mayBeNonString(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (Number.isNaN(c)) return true;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
    return (raw.length === 4 || raw.length === 5) && (c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70);
  }
  return c < 128;
}

/** The offset of a scalar's first character as written: its opening quote or block indicator. */
function scalarTokenStart(text: string, event: ScalarEvent): number {
  if (event.valueStart < 0) return -1;
  if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) return event.valueStart - 1;
  if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) {
    const headerEnd = text.lastIndexOf('\n', event.valueStart - 1);
    const headerStart = text.lastIndexOf('\n', headerEnd - 1) + 1;
    const match = /[|>][0-9+-]*[ \t]*(?:#.*)?\r?$/.exec(text.slice(headerStart, headerEnd));
    return match ? headerStart + match.index : event.valueStart;
  }
  return event.valueStart;
}

/**
 * Parses YAML `text` (the content of `file`) into a plain value and a source
 * map. Never throws: syntax errors, duplicate keys (`duplicate-node` under
 * `nodes:`), empty files, several documents, documents that are not a
 * mapping, control characters, unknown tags and runaway aliases come back as
 * diagnostics.
 */
export function parseYaml(input: string, file: string): ParsedYaml {
  // Editors do not count a byte-order mark as a column.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const diagnostics: Diagnostic[] = [];
  const tape = createTape();
  const map = createSourceMap(text, tape);
  const report = (offset: number, code: string, message: string, hint: string): void => {
    const { line, column } = map.positionOf(Math.max(0, offset));
    diagnostics.push({ file, line, column, severity: 'error', code, message, hint });
  };
  const fail = (): ParsedYaml => {
    tape.root = -1;
    return { file, value: undefined, map, diagnostics, ok: false };
  };

  const invalid = findInvalidCharacter(text);
  if (invalid) {
    report(invalid.offset, 'invalid-character', invalid.message, invalid.hint);
    return fail();
  }

  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch (error) {
    if (error instanceof YAMLException) {
      const reason = error.reason.replace(/maxDepth \((\d+)\)/, 'the limit of $1 levels');
      report(error.mark?.position ?? 0, 'yaml-syntax', `invalid YAML: ${reason}`, syntaxHint(error.reason));
    } else {
      report(0, 'yaml-syntax', 'invalid YAML: the file could not be read', 'Check the indentation and the quotes.');
    }
    return fail();
  }
  // Every node comes from one event, and about half the events (keys, ends of collections) make none.
  reserveNodes(tape, (events.length >> 1) + 16);

  const anchors = new Map<string, Anchored>();
  const keys = createKeyReader(text);
  const stack: Frame[] = [];
  let documents = 0;
  let firstExplicit = false;
  let expanded = 0;
  let result: { value: unknown; node: number } | undefined;
  let aborted = false;

  const anchorName = (start: number, end: number): string | undefined => (start >= 0 ? text.slice(start, end) : undefined);

  /** Hands a finished value to the collection being read; `scalarText` is its raw text when it is a scalar. */
  const deliver = (value: unknown, node: number, size: number, scalarText: string | undefined): void => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      result ??= { value, node };
      return;
    }
    parent.size += size;
    if (parent.kind === 'seq') {
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

  for (const event of events) {
    if (aborted) break;
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        documents++;
        if (documents === 1) firstExplicit = event.explicitStart;
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
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const isMap = event.type === EVENT_ID.MAPPING;
        if (event.tagStart >= 0) checkTag(event.tagStart, event.tagEnd, isMap ? MAP_TAGS : SEQ_TAGS);
        const first = stack[0];
        stack.push({
          kind: isMap ? 'map' : 'seq',
          value: isMap ? {} : [],
          node: addNode(tape, event.start, isMap ? NODE_MAP : NODE_SEQ),
          anchor: anchorName(event.anchorStart, event.anchorEnd),
          size: 1,
          isNodes: stack.length === 1 && first!.kind === 'map' && first!.keyText === 'nodes',
          hasKey: false,
          // Every field is set here, so all frames share one shape.
          keyText: undefined,
          keyOffset: -1,
          keyValue: undefined,
        });
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (!frame) break;
        closeNode(tape, frame.node);
        if (frame.anchor !== undefined) anchors.set(frame.anchor, { value: frame.value, node: frame.node, size: frame.size, scalarText: undefined });
        deliver(frame.value, frame.node, frame.size, undefined);
        break;
      }
      case EVENT_ID.SCALAR: {
        const parent = stack[stack.length - 1];
        const isKey = parent !== undefined && parent.kind === 'map' && !parent.hasKey;
        const raw =
          event.valueStart < 0 ? '' : isKey && event.fast ? keys.read(event.valueStart, event.valueEnd) : getScalarValue(text, event);
        const anchor = event.anchorStart >= 0 ? anchorName(event.anchorStart, event.anchorEnd) : undefined;
        const plainTag = event.tagStart < 0 || checkTag(event.tagStart, event.tagEnd, STR_TAGS);
        if (isKey && anchor === undefined) {
          // Keys stay text, and need no node of their own: the value's node records the key's offset.
          parent.hasKey = true;
          parent.keyText = raw;
          parent.keyOffset = scalarTokenStart(text, event);
          parent.size++;
          break;
        }
        let value: unknown = raw;
        // Plain values resolve like YAML 1.2: numbers, true/false, null.
        if (plainTag && event.tagStart < 0 && event.style === SCALAR_STYLE.PLAIN && mayBeNonString(raw)) {
          value = CORE_SCHEMA.resolveImplicitScalarTag(raw).value;
        }
        const node = addScalarNode(tape, scalarTokenStart(text, event), event);
        if (anchor !== undefined) anchors.set(anchor, { value, node, size: 1, scalarText: raw });
        deliver(value, node, 1, raw);
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = text.slice(event.anchorStart, event.anchorEnd);
        const offset = event.anchorStart - 1;
        const target = anchors.get(name);
        if (!target) {
          const open = stack.some((frame) => frame.anchor === name);
          report(
            offset,
            'yaml-alias',
            open ? `the alias *${name} is used inside the node it names` : `the alias *${name} refers to no anchor`,
            open ? 'An alias cannot contain itself; write the value out.' : `Define &${name} before this line, or write the value out.`,
          );
          deliver(null, addNode(tape, offset, NODE_OTHER), 1, undefined);
          break;
        }
        expanded += target.size;
        if (expanded > MAX_ALIAS_EXPANSION) {
          report(offset, 'yaml-alias', `aliases expand to more than ${MAX_ALIAS_EXPANSION} values`, 'Write the repeated values out instead of nesting aliases of aliases.');
          aborted = true;
          break;
        }
        // The alias has its own position, and the anchored node's content.
        const node = addNode(tape, offset, NODE_OTHER);
        repeatNode(tape, node, target.node);
        deliver(target.value, node, target.size, target.scalarText);
        break;
      }
    }
  }

  if (aborted && documents < 2) return fail();
  if (!result || result.value === null || result.value === undefined) {
    report(0, 'empty-file', 'the file is empty', 'Write the content, or delete the file.');
    return fail();
  }
  if (typeof result.value !== 'object' || Array.isArray(result.value)) {
    report(
      startOf(tape, result.node),
      'not-a-mapping',
      `the file holds ${typeName(result.value)}, but it must be a mapping of keys to values`,
      'Start the file with keys such as id: and title:, each at the start of a line.',
    );
    return fail();
  }
  tape.root = result.node;
  return { file, value: result.value, map, diagnostics, ok: true };
}
