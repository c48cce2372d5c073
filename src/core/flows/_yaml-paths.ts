/**
 * Words for places in a parsed file ("\"next\" of answer 2 of node \"lights\"")
 * and for the values found there, so messages read as sentences instead of
 * dotted paths. Internal to the flow checker.
 */
import type { YamlPath } from './_yaml-source-map.ts';

/** Top-level keys whose entries are named things: `nodes: { lights: ... }`. */
const OWNERS: Record<string, string> = { nodes: 'node', variables: 'variable', queues: 'queue', fields: 'field' };
/** Lists whose items writers think of by number. */
const ITEMS: Record<string, string> = { options: 'answer', cases: 'case', hours: 'opening hours' };

/** The value at `path` in `root`, or undefined. */
export function valueAtPath(root: unknown, path: YamlPath): unknown {
  let value = root;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.hasOwn(value, step) ? (value as Record<string | number, unknown>)[step] : undefined;
  }
  return value;
}

/**
 * Names the place `path` points at, e.g. `"next" of answer 2 of node "lights"`,
 * `node "lights"`, `"title.en"`; `rootName` for the empty path.
 */
export function describePath(path: YamlPath, rootName: string): string {
  const parts: string[] = [];
  let rest = [...path];
  const owner = typeof rest[0] === 'string' ? OWNERS[rest[0]] : undefined;
  if (owner !== undefined && rest.length >= 2) {
    parts.unshift(`${owner} "${String(rest[1])}"`);
    rest = rest.slice(2);
  }
  const list = typeof rest[0] === 'string' ? ITEMS[rest[0]] : undefined;
  if (list !== undefined && typeof rest[1] === 'number') {
    parts.unshift(`${list} ${rest[1] + 1}`);
    rest = rest.slice(2);
  }
  if (rest.length > 0) {
    const last = rest[rest.length - 1];
    if (typeof last === 'number' && rest.length > 1) {
      parts.unshift(`item ${last + 1} of "${rest.slice(0, -1).join('.')}"`);
    } else {
      parts.unshift(`"${rest.map((step) => (typeof step === 'number' ? step + 1 : step)).join('.')}"`);
    }
  }
  return parts.length ? parts.join(' of ') : rootName;
}

/** Describes a value as found in a file: `the number 1.5`, `the text "abc"`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? value.slice(0, 37) + '...' : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  return String(value);
}

/** A lower-case kebab-case version of `value`, to suggest in hints. */
export function toKebabCase(value: string): string {
  const kebab = value
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return kebab || 'check-router';
}
