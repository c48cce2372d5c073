/**
 * Reads the plain YAML flow files are written in, and tells the same events
 * js-yaml's parser would to a builder, with no object per event: the events
 * of js-yaml (one object each) cost more time and memory than the rest of
 * reading a large flow. The subset: block mappings with plain word keys,
 * block lists of `- ` items (compact mappings included), and the values of
 * _yaml-fast-values.ts, with comments and blank lines anywhere. Anything
 * else (anchors, tags, document markers, tabs, CR line ends, plain or quoted
 * text over several lines, unusual indentation, anything js-yaml might
 * reject) makes the scanner give up, and the caller reads the file with
 * js-yaml instead. Internal to parse-yaml.ts.
 */
import { SCALAR_STYLE } from 'js-yaml';
import type { YamlBuilder } from './_yaml-builder.ts';
import {
  closeCollection, createCursor, emitScalar, keyEnd, openCollection, readValueOnLine, skipSpaces,
  DASH, GIVE_UP, HASH, NEWLINE, SPACE, type YamlCursor,
} from './_yaml-fast-values.ts';

/**
 * Moves the cursor from a line start to the first character of the next
 * line with content (not blank, not only a comment), and returns its indent,
 * or -1 at the end of the text. Sets the cursor's `firstIndent`.
 */
function nextContentLine(cursor: YamlCursor): number {
  const { text, length } = cursor;
  let firstIndent = -1;
  let pos = cursor.pos;
  let indent = -1;
  while (pos < length) {
    const lineStart = pos;
    while (text.charCodeAt(pos) === SPACE) pos++;
    const c = text.charCodeAt(pos);
    if (c === NEWLINE) {
      pos++;
      continue;
    }
    if (pos >= length) break;
    if (firstIndent < 0) firstIndent = pos - lineStart;
    if (c !== HASH) {
      indent = pos - lineStart;
      break;
    }
    const end = text.indexOf('\n', pos);
    pos = end < 0 ? length : end + 1;
  }
  cursor.pos = Math.min(pos, length);
  cursor.firstIndent = firstIndent;
  return indent;
}

/**
 * A value written on the line of its key or `- `, in a collection whose
 * entries are indented by `owner`. A line indented deeper after it would
 * continue a plain scalar, or be an error: both are js-yaml's. Returns the
 * indent of the next content line, where the cursor now is (-1 at the end).
 */
function valueOnLine(cursor: YamlCursor, owner: number): number {
  readValueOnLine(cursor, owner);
  const indent = nextContentLine(cursor);
  if (indent > owner || cursor.firstIndent > owner) throw GIVE_UP;
  return indent;
}

/**
 * The value of a key with nothing after it on its line (the cursor is at
 * the start of the next line): a mapping or a list on the lines below,
 * indented deeper than `owner`, or nothing. Returns the indent of the next
 * content line after it, where the cursor now is (-1 at the end).
 */
function valueBelow(cursor: YamlCursor, owner: number): number {
  const indent = nextContentLine(cursor);
  const { text, pos } = cursor;
  if (indent > owner) {
    if (text.charCodeAt(pos) === DASH && text.charCodeAt(pos + 1) === SPACE) return blockSequence(cursor, indent);
    if (keyEnd(cursor, pos) >= 0) return blockMapping(cursor, indent);
    throw GIVE_UP;
  }
  // A list at the key's own indent belongs to the key; js-yaml reads that form.
  if (indent === owner && text.charCodeAt(pos) === DASH) throw GIVE_UP;
  cursor.builder.scalar(-1, -1, -1, SCALAR_STYLE.PLAIN, false, -1, -1, -1, -1, -1, undefined);
  return indent;
}

/**
 * A block mapping whose keys are indented by `indent`; the cursor is at its
 * first key. Ends before the next line indented less, and returns that
 * line's indent (-1 at the end).
 */
function blockMapping(cursor: YamlCursor, indent: number): number {
  const { text, length } = cursor;
  openCollection(cursor, true, cursor.pos);
  let next: number;
  do {
    const start = cursor.pos;
    const end = keyEnd(cursor, start);
    if (end < 0) throw GIVE_UP;
    emitScalar(cursor, start, start, end, SCALAR_STYLE.PLAIN, true);
    cursor.pos = end + 1;
    skipSpaces(cursor);
    let c = text.charCodeAt(cursor.pos);
    if (c === HASH && text.charCodeAt(cursor.pos - 1) === SPACE) {
      const lineEnd = text.indexOf('\n', cursor.pos);
      cursor.pos = lineEnd < 0 ? length : lineEnd;
      c = text.charCodeAt(cursor.pos);
    }
    if (c === NEWLINE) {
      cursor.pos++;
      next = valueBelow(cursor, indent);
    } else if (cursor.pos >= length) {
      next = valueBelow(cursor, indent);
    } else {
      next = valueOnLine(cursor, indent);
    }
    if (next > indent) throw GIVE_UP;
  } while (next === indent);
  closeCollection(cursor);
  return next;
}

/**
 * A block list whose `- ` are indented by `indent`; the cursor is at its
 * first dash. Ends before the next line indented less, and returns that
 * line's indent (-1 at the end).
 */
function blockSequence(cursor: YamlCursor, indent: number): number {
  const { text, length } = cursor;
  openCollection(cursor, false, cursor.pos);
  let next: number;
  for (;;) {
    // `- ` then the item on the same line.
    const lineStart = cursor.pos - indent;
    cursor.pos += 2;
    skipSpaces(cursor);
    const c = text.charCodeAt(cursor.pos);
    if (c === NEWLINE || c === HASH || cursor.pos >= length) throw GIVE_UP;
    // An item that starts with a key is a mapping whose keys line up with that first key.
    next = keyEnd(cursor, cursor.pos) >= 0 ? blockMapping(cursor, cursor.pos - lineStart) : valueOnLine(cursor, indent);
    if (next !== indent) break;
    if (text.charCodeAt(cursor.pos) !== DASH || text.charCodeAt(cursor.pos + 1) !== SPACE) throw GIVE_UP;
  }
  if (next > indent) throw GIVE_UP;
  closeCollection(cursor);
  return next;
}

/**
 * Tells `builder` the events of `text` when it is written in the subset
 * above, and returns true; returns false as soon as it meets anything else,
 * having told part of the events (the caller then starts again). `text` must
 * hold no character YAML forbids (see `findInvalidCharacter`): inside quotes
 * only line ends and escapes are looked at.
 */
export function scanPlainYaml(text: string, builder: YamlBuilder): boolean {
  const length = text.length;
  // js-yaml ends lines at CR too, and handles byte-order marks inside the text; a last line of spaces makes its last plain scalar "multi-line".
  if (text.indexOf('\r') !== -1 || text.indexOf('\uFEFF') !== -1) return false;
  const tail = text.lastIndexOf('\n') + 1;
  if (tail < length && text.charCodeAt(length - 1) === SPACE && text.slice(tail).trim() === '') return false;

  const cursor = createCursor(text, builder);
  try {
    if (nextContentLine(cursor) !== 0 || keyEnd(cursor, cursor.pos) < 0) return false;
    // About one value per 24 characters in flows with short texts; the tape grows if there are more.
    builder.reserve(Math.floor(length / 24) + 64);
    builder.document(false);
    if (blockMapping(cursor, 0) !== -1) return false;
    builder.pop();
    return true;
  } catch (error) {
    if (error === GIVE_UP) return false;
    throw error;
  }
}
