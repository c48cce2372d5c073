/**
 * The values the fast scanner (_yaml-fast-scanner.ts) reads on the line of
 * their key or `- `: plain and quoted scalars, one-line `{ }` and `[ ]`
 * collections, and `|` and `>` block scalars on the lines below their
 * header. Each tells the builder the events js-yaml's parser would, moves
 * the cursor past what it read, and throws GIVE_UP at anything it does not
 * model. Internal to the fast scanner.
 */
import { CHOMPING_MODE, EVENT_ID, SCALAR_STYLE, type ScalarEvent } from 'js-yaml';
import type { YamlBuilder } from './_yaml-builder.ts';

/** Thrown where the scanner gives up; caught by `scanPlainYaml`. */
export const GIVE_UP = Symbol('give up');
/** Deeper than this is left to js-yaml, which reports its depth limit. */
const MAX_DEPTH = 32;

export const SPACE = 32;
export const NEWLINE = 10;
export const HASH = 35;
export const DASH = 45;
const TAB = 9;
const COLON = 58;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const PIPE = 124;
const GREATER = 62;
const PLUS = 43;
const DOT = 46;

/** Where the scanner is in the text, and whom it tells. */
export interface YamlCursor {
  readonly text: string;
  readonly length: number;
  readonly builder: YamlBuilder;
  /** The offset of the next character to read. */
  pos: number;
  /** Collections open. */
  depth: number;
  /** The indent of the first line after the last value read that is not blank, comment lines included. */
  firstIndent: number;
  /** The first backslash at or after the last double-quoted scalar read (`length` when there is none): found once, not per scalar. */
  backslash: number;
  /** js-yaml decodes scalars with escapes and block scalars from an event; this one is reused for each. */
  readonly scratch: ScalarEvent;
}

/** A cursor at the start of `text`. */
export function createCursor(text: string, builder: YamlBuilder): YamlCursor {
  return {
    text, length: text.length, builder, pos: 0, depth: 0, firstIndent: -1, backslash: -1,
    scratch: {
      type: EVENT_ID.SCALAR, valueStart: -1, valueEnd: -1, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1,
      style: SCALAR_STYLE.PLAIN, chomping: CHOMPING_MODE.CLIP, indent: -1, fast: false,
    },
  };
}

/** Characters of keys read here: letters, digits, `_` and `-`. */
function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === DASH;
}

/** Characters that give a plain scalar a special meaning when they start it (YAML's indicators). */
function isIndicator(c: number): boolean {
  // - ? : , [ ] { } # & * ! | > ' " % @ `
  return c === 45 || c === 63 || c === 58 || c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 35
    || c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96;
}

/** Escapes js-yaml reads in double quotes without more characters after them (no \x, \u, \U; no tab). */
function isSimpleEscape(c: number): boolean {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101
    || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}

/** Tells the builder of a scalar; one that is not `fast` is decoded by js-yaml from the cursor's scratch event. */
export function emitScalar(
  cursor: YamlCursor, token: number, start: number, end: number, style: number, fast: boolean, indent = -1, chomping: number = CHOMPING_MODE.CLIP,
): void {
  let event: ScalarEvent | undefined;
  if (!fast) {
    event = cursor.scratch;
    event.valueStart = start;
    event.valueEnd = end;
    event.style = style as ScalarEvent['style'];
    event.indent = indent;
    event.chomping = chomping as ScalarEvent['chomping'];
  }
  cursor.builder.scalar(token, start, end, style, fast, indent, -1, -1, -1, -1, event);
}

export function openCollection(cursor: YamlCursor, isMap: boolean, start: number): void {
  if (++cursor.depth > MAX_DEPTH) throw GIVE_UP;
  cursor.builder.open(isMap, start, -1, -1, -1, -1);
}

export function closeCollection(cursor: YamlCursor): void {
  cursor.depth--;
  cursor.builder.pop();
}

export function skipSpaces(cursor: YamlCursor): void {
  const { text } = cursor;
  while (text.charCodeAt(cursor.pos) === SPACE) cursor.pos++;
}

/** The end of a key (word characters then `: ` or `:` at the line end) starting at `at`, or -1. */
export function keyEnd(cursor: YamlCursor, at: number): number {
  const { text } = cursor;
  const first = text.charCodeAt(at);
  if (!isKeyChar(first) || first === DASH) return -1;
  let end = at + 1;
  while (isKeyChar(text.charCodeAt(end))) end++;
  if (text.charCodeAt(end) !== COLON) return -1;
  const after = text.charCodeAt(end + 1);
  return after === SPACE || after === NEWLINE || end + 1 >= cursor.length ? end : -1;
}

function doubleQuoted(cursor: YamlCursor): void {
  const { text, length } = cursor;
  const token = cursor.pos;
  const start = token + 1;
  const close = text.indexOf('"', start);
  const lineEnd = text.indexOf('\n', start);
  if (close < 0 || (lineEnd >= 0 && lineEnd < close)) throw GIVE_UP;
  if (cursor.backslash < start) {
    const found = text.indexOf('\\', start);
    cursor.backslash = found < 0 ? length : found;
  }
  if (cursor.backslash > close) {
    // Nearly every quoted text: no escapes, so the text between the quotes is the value.
    emitScalar(cursor, token, start, close, SCALAR_STYLE.DOUBLE_QUOTED, true);
    cursor.pos = close + 1;
    return;
  }
  for (let i = start; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === DOUBLE_QUOTE) {
      emitScalar(cursor, token, start, i, SCALAR_STYLE.DOUBLE_QUOTED, false);
      cursor.pos = i + 1;
      return;
    }
    if (c === BACKSLASH) {
      if (!isSimpleEscape(text.charCodeAt(i + 1))) throw GIVE_UP;
      i++;
    } else if (c === NEWLINE) throw GIVE_UP;
  }
  throw GIVE_UP;
}

function singleQuoted(cursor: YamlCursor): void {
  const { text, length } = cursor;
  const token = cursor.pos;
  let simple = true;
  for (let i = token + 1; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === SINGLE_QUOTE) {
      if (text.charCodeAt(i + 1) === SINGLE_QUOTE) {
        simple = false;
        i++;
        continue;
      }
      emitScalar(cursor, token, token + 1, i, SCALAR_STYLE.SINGLE_QUOTED, simple);
      cursor.pos = i + 1;
      return;
    }
    if (c === NEWLINE) throw GIVE_UP;
  }
  throw GIVE_UP;
}

/** A plain scalar in a block: to the line end or a comment; `: ` inside it is left to js-yaml. */
function blockPlain(cursor: YamlCursor): void {
  const { text, length } = cursor;
  const start = cursor.pos;
  let end = start;
  for (let i = start; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) break;
    if (c === SPACE) continue;
    if (c < SPACE) throw GIVE_UP;
    if (c === HASH && text.charCodeAt(i - 1) === SPACE) break;
    if (c === COLON) {
      const after = text.charCodeAt(i + 1);
      if (after === SPACE || after === NEWLINE || i + 1 >= length) throw GIVE_UP;
    }
    end = i + 1;
  }
  emitScalar(cursor, start, start, end, SCALAR_STYLE.PLAIN, true);
  cursor.pos = end;
}

/** A plain scalar in `{ }` or `[ ]`: up to a comma or the closing bracket. */
function flowPlain(cursor: YamlCursor): void {
  const { text, length } = cursor;
  const start = cursor.pos;
  let end = start;
  for (let i = start; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET) break;
    if (c === SPACE) continue;
    if (c < SPACE || c === HASH || c === COLON || c === OPEN_BRACE || c === OPEN_BRACKET) throw GIVE_UP;
    end = i + 1;
  }
  emitScalar(cursor, start, start, end, SCALAR_STYLE.PLAIN, true);
  cursor.pos = end;
}

/** A `{ }` or `[ ]` collection that ends on its line; the cursor is at its bracket. */
function flowCollection(cursor: YamlCursor): void {
  const { text, length } = cursor;
  const isMap = text.charCodeAt(cursor.pos) === OPEN_BRACE;
  const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
  openCollection(cursor, isMap, cursor.pos);
  cursor.pos++;
  skipSpaces(cursor);
  if (text.charCodeAt(cursor.pos) === close) {
    cursor.pos++;
    closeCollection(cursor);
    return;
  }
  for (;;) {
    if (isMap) {
      const start = cursor.pos;
      const end = keyEnd(cursor, start);
      if (end < 0 || text.charCodeAt(end + 1) !== SPACE) throw GIVE_UP;
      emitScalar(cursor, start, start, end, SCALAR_STYLE.PLAIN, true);
      cursor.pos = end + 1;
      skipSpaces(cursor);
    }
    const c = text.charCodeAt(cursor.pos);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) flowCollection(cursor);
    else if (c === DOUBLE_QUOTE) doubleQuoted(cursor);
    else if (c === SINGLE_QUOTE) singleQuoted(cursor);
    else if (cursor.pos >= length || isIndicator(c) || c <= SPACE) throw GIVE_UP;
    else flowPlain(cursor);
    skipSpaces(cursor);
    const after = text.charCodeAt(cursor.pos);
    if (after === close) {
      cursor.pos++;
      closeCollection(cursor);
      return;
    }
    if (after !== COMMA) throw GIVE_UP;
    cursor.pos++;
    skipSpaces(cursor);
    const next = text.charCodeAt(cursor.pos);
    // A comma before the bracket, or a collection over several lines, is left to js-yaml.
    if (next === close || next === NEWLINE || cursor.pos >= length) throw GIVE_UP;
  }
}

/**
 * A `|` or `>` block scalar whose header (the cursor is at its indicator)
 * has at most a chomping indicator and a comment, in a collection indented
 * by `owner`: the lines below, as js-yaml's readBlockScalar finds them. The
 * cursor moves to the start of the first line after it.
 */
function blockScalar(cursor: YamlCursor, owner: number): void {
  const { text, length } = cursor;
  const token = cursor.pos;
  const style = text.charCodeAt(token) === PIPE ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  let chomping: number = CHOMPING_MODE.CLIP;
  let pos = token + 1;
  let c = text.charCodeAt(pos);
  if (c === PLUS || c === DASH) {
    chomping = c === PLUS ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
    c = text.charCodeAt(++pos);
  }
  // An explicit indentation, or a second indicator, is js-yaml's.
  if (c === PLUS || c === DASH || (c >= 48 && c <= 57)) throw GIVE_UP;
  const afterIndicator = pos;
  while (text.charCodeAt(pos) === SPACE) pos++;
  if (text.charCodeAt(pos) === HASH && pos > afterIndicator) {
    const end = text.indexOf('\n', pos);
    pos = end < 0 ? length : end;
  }
  if (text.charCodeAt(pos) !== NEWLINE) throw GIVE_UP;
  pos++;
  const parentIndent = owner + 1;
  let contentIndent = -1;
  let maxLeadingIndent = 0;
  const valueStart = pos;
  let valueEnd = pos;
  while (pos < length) {
    const lineStart = pos;
    while (text.charCodeAt(pos) === SPACE) pos++;
    const column = pos - lineStart;
    const first = text.charCodeAt(pos);
    // A last line of spaces is excluded up front; a document marker ends the block in js-yaml.
    if (pos >= length || (column === 0 && (first === DASH || first === DOT) && text.startsWith(first === DASH ? '---' : '...', pos))) throw GIVE_UP;
    if (first === NEWLINE) {
      if (contentIndent === -1) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    } else {
      if (first === TAB) throw GIVE_UP;
      if (contentIndent === -1) {
        if (column >= parentIndent && column < maxLeadingIndent) throw GIVE_UP;
        if (column < parentIndent) {
          pos = lineStart;
          break;
        }
        contentIndent = column;
      }
      if (column < contentIndent) {
        pos = lineStart;
        break;
      }
    }
    const end = text.indexOf('\n', pos);
    if (end < 0) {
      pos = length;
      valueEnd = length;
      break;
    }
    pos = end + 1;
    valueEnd = pos;
  }
  emitScalar(cursor, token, valueStart, valueEnd, style, false, contentIndent, chomping);
  cursor.pos = pos;
}

/** After a value on its line: spaces, maybe a comment, the line end; the cursor moves to the next line. */
function endOfLine(cursor: YamlCursor): void {
  const { text } = cursor;
  const start = cursor.pos;
  skipSpaces(cursor);
  let c = text.charCodeAt(cursor.pos);
  if (c === HASH && cursor.pos > start) {
    const end = text.indexOf('\n', cursor.pos);
    cursor.pos = end < 0 ? cursor.length : end;
    c = text.charCodeAt(cursor.pos);
  }
  if (c === NEWLINE) cursor.pos++;
  else if (cursor.pos < cursor.length) throw GIVE_UP;
}

/**
 * A value written on the line of its key or `- ` (the cursor is at its
 * first character), in a collection whose entries are indented by `owner`.
 * The cursor moves to the start of the line after the value.
 */
export function readValueOnLine(cursor: YamlCursor, owner: number): void {
  const c = cursor.text.charCodeAt(cursor.pos);
  if (c === PIPE || c === GREATER) {
    blockScalar(cursor, owner);
    return;
  }
  if (c === OPEN_BRACE || c === OPEN_BRACKET) flowCollection(cursor);
  else if (c === DOUBLE_QUOTE) doubleQuoted(cursor);
  else if (c === SINGLE_QUOTE) singleQuoted(cursor);
  else if (isIndicator(c) || c < SPACE) throw GIVE_UP;
  else blockPlain(cursor);
  endOfLine(cursor);
}
