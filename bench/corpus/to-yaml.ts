/**
 * Writes plain data as block YAML, the way a person writes our files: text
 * and ids plain where YAML reads them back as the same text, conditions and
 * patterns in single quotes, the rest in double quotes, short lists in
 * brackets. Enough for the generated corpus; not a general YAML writer (no
 * multi-line strings, no anchors).
 */

type Value = string | number | boolean | null | undefined | readonly Value[] | { readonly [key: string]: Value };

/** Plain scalars the core schema reads as something other than text (it ignores case). */
const RESERVED = new Set(['true', 'false', 'null']);

/**
 * Text that reads back as itself when written plain: it starts with a letter
 * and holds only letters, digits, spaces and sentence punctuation, never
 * ": " or " #"; in brackets (`inList`) no comma either.
 */
function isPlain(value: string, inList: boolean): boolean {
  if (RESERVED.has(value.toLowerCase()) || value !== value.trim()) return false;
  return inList ? /^\p{L}[\p{L}\p{N} .?!'-]*$/u.test(value) : /^\p{L}[\p{L}\p{N} .,?!'-]*$/u.test(value);
}

/** A string as a YAML scalar: plain when it is safe, single-quoted when it holds double quotes or backslashes. */
function scalar(value: string, inList = false): string {
  if (isPlain(value, inList)) return value;
  if (/["\\]/.test(value) && !/['\n]/.test(value)) return `'${value}'`;
  return JSON.stringify(value);
}

function isScalar(value: Value): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

function inline(value: string | number | boolean | null, inList = false): string {
  return typeof value === 'string' ? scalar(value, inList) : String(value);
}

/** A list of scalars in brackets, when it has only scalars and fits in `room` characters. */
function flowList(value: Value, room: number): string | undefined {
  if (!Array.isArray(value) || !value.every((v) => isScalar(v as Value))) return undefined;
  const text = `[${(value as Array<string | number | boolean | null>).map((v) => inline(v, true)).join(', ')}]`;
  return text.length <= room ? text : undefined;
}

/** The lines of a mapping or list at `indent` spaces. */
function lines(value: Value, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value as readonly Value[]) {
      const short = isScalar(item) ? inline(item) : flowList(item, 100 - indent);
      if (short !== undefined) {
        out.push(`${pad}- ${short}`);
        continue;
      }
      // A nested block starts after "- " and the rest of it lines up under its first key.
      const [first = '', ...rest] = lines(item, indent + 2);
      out.push(`${pad}- ${first.slice(indent + 2)}`, ...rest);
    }
    return out;
  }
  for (const [key, item] of Object.entries(value as Record<string, Value>)) {
    if (item === undefined) continue;
    const head = `${pad}${scalar(key)}:`;
    const short = isScalar(item) ? inline(item) : flowList(item, 100 - head.length);
    if (short !== undefined) out.push(`${head} ${short}`);
    else if (!Array.isArray(item) && Object.keys(item as object).length === 0) out.push(`${head} {}`);
    else out.push(head, ...lines(item, indent + 2));
  }
  return out;
}

/** `data` as a YAML document, after an optional first comment line; ends with a newline. */
export function toYaml(data: { readonly [key: string]: Value }, comment?: string): string {
  return `${comment ? `${comment}\n` : ''}${lines(data, 0).join('\n')}\n`;
}

/** What `toYaml` can write. */
export type YamlValue = Value;
