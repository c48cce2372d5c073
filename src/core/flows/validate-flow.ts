/**
 * Runs a zod schema on a parsed YAML file and turns every issue into a
 * diagnostic at the exact key or value to edit, in words a writer
 * understands: `unknown key "titel"` with `Did you mean "title"?`, never
 * zod's "Invalid input: expected string, received number".
 */
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics.ts';
import type { ParsedYaml } from './parse-yaml.ts';
import type { YamlPath } from './_yaml-source-map.ts';
import { flowSchema, nodeSchema, type Flow } from './schema.ts';
import { closestMatch, didYouMean, listWords } from './_did-you-mean.ts';
import { fastParserFor, REJECTED } from './_zod-fast-parse.ts';
import { describePath, describeValue, toKebabCase, valueAtPath } from './_yaml-paths.ts';

/** The result of validating one file: the typed value when it is valid, and every problem found. */
export interface Validated<T> {
  value?: T;
  diagnostics: Diagnostic[];
}

type Issue = z.core.$ZodIssue;
type Path = Array<string | number>;

const NODE_TYPES = nodeSchema.options.map((option) => option.shape.type.value);
const TEXT_KEYS = new Set(['title', 'summary', 'text', 'script', 'note', 'label', 'reason', 'name', 'transfer', 'help']);

/** What belongs at a key, for "must be …" messages. */
const EXPECTED: Record<string, string> = {
  version: 'a whole number',
  options: 'a list of answers',
  cases: 'a list of cases, each with when: and next:',
  nodes: 'a mapping of node ids to nodes',
  variables: 'a mapping of variable names to variables',
  outcomes: 'a mapping with fixed: and not-fixed:',
  set: 'a mapping of variable names to values',
  values: 'a list of values',
  tags: 'a list of tags',
  articles: 'a list of article ids',
  collect: 'a list of field ids',
  locales: 'a list of locale codes',
  keywords: 'keywords keyed by locale, like { en: [router, offline] }',
  queues: 'a mapping of queue ids to queues',
  fields: 'a mapping of field ids to fields',
  hours: 'a list of opening hours',
};

/** How to add a missing key. */
const ADD: Record<string, string> = {
  id: 'id: <the file name without .yaml>',
  version: 'version: 1',
  start: 'start: <node id>',
  nodes: 'nodes: with at least one node under it',
  type: `type: with one of ${listWords(NODE_TYPES)}`,
  options: 'options: with 2 to 9 answers, each with label: and next:',
  next: 'next: <node id>',
  outcomes: 'outcomes: { fixed: <node id>, not-fixed: <node id> }',
  fixed: 'fixed: <node id>',
  'not-fixed': 'not-fixed: <node id>',
  cases: "cases: [ { when: 'variable == \"value\"', next: <node id> } ]",
  when: "when: 'variable == \"value\"'",
  otherwise: 'otherwise: <node id>',
  flow: 'flow: <flow id>',
  queue: 'queue: <a queue id from content/handoff.yaml>',
  values: 'values: [first, second]',
};

const KINDS: Record<string, string> = {
  string: 'text',
  int: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

function expectedAt(path: Path, zodKind: string): string {
  const key = path[path.length - 1];
  const parent = path[path.length - 2];
  if (typeof key === 'string' && TEXT_KEYS.has(key)) return 'text keyed by locale, like { en: "..." }';
  if (typeof key === 'string' && EXPECTED[key]) return EXPECTED[key];
  if (path.length === 2 && path[0] === 'nodes') return 'a node: a mapping with type: and its other keys';
  if (path.length === 2 && path[0] === 'variables') return 'a variable: a mapping with values:';
  if (parent === 'options') return 'an answer: a mapping with label: and next:';
  if (parent === 'cases') return 'a case: a mapping with when: and next:';
  if (parent === 'keywords') return 'a list of keywords';
  return KINDS[zodKind] ?? zodKind;
}

/** The schema that applies at `path` of `value`, following the node `type` where there is one. */
function schemaAt(schema: z.ZodType, path: YamlPath, root: unknown): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (let i = 0; i <= path.length && current; i++) {
    while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    if (current instanceof z.ZodDiscriminatedUnion) {
      const type = (valueAtPath(root, path.slice(0, i)) as { type?: unknown } | undefined)?.type;
      current = (current.options as z.ZodObject[]).find((option) => option.shape.type instanceof z.ZodLiteral && option.shape.type.value === type);
    }
    if (i === path.length || !current) break;
    const step = path[i]!;
    if (current instanceof z.ZodObject) current = current.shape[String(step)] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else current = undefined;
  }
  return current;
}

function allowedKeys(schema: z.ZodType | undefined): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodRecord && schema.keyType instanceof z.ZodEnum) return schema.keyType.options.map(String);
  return [];
}

/** Turns zod issues on `parsed.value` into positioned diagnostics. */
function issueDiagnostics(issues: readonly Issue[], schema: z.ZodType, parsed: ParsedYaml, rootName: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const root = parsed.value;
  const push = (at: { line: number; column: number }, code: string, message: string, hint: string): void => {
    out.push({ file: parsed.file, line: at.line, column: at.column, severity: 'error', code, message, hint });
  };
  const where = (path: Path): string => describePath(path, rootName);

  for (const issue of issues) {
    const path = issue.path as Path;
    const value = valueAtPath(root, path);
    const key = path[path.length - 1];
    const parentPath = path.slice(0, -1);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const here = schemaAt(schema, path, root);
        const allowed = allowedKeys(here);
        const isLocales = here instanceof z.ZodRecord;
        for (const name of issue.keys) {
          const suggestion = closestMatch(name, allowed);
          const inOtherType = isLocales ? undefined : otherNodeTypeWith(name, path, root);
          const hint =
            suggestion !== undefined
              ? `Did you mean "${suggestion}"?`
              : inOtherType ?? `${isLocales ? 'Locales' : 'Keys'} allowed here: ${allowed.join(', ')}.`;
          const what = isLocales ? `unknown locale "${name}"` : `unknown key "${name}"`;
          push(parsed.map.keyAt([...path, name]), 'unknown-key', path.length ? `${what} in ${where(path)}` : what, hint);
        }
        break;
      }
      case 'invalid_union': {
        const discriminated = 'discriminator' in issue && issue.discriminator === 'type';
        if (discriminated && value === undefined) {
          push(parentPath.length ? parsed.map.keyAt(parentPath) : { line: 1, column: 1 }, 'missing-key', `${where(parentPath)} is missing "type"`, `Add ${ADD.type}.`);
        } else if (discriminated) {
          const found = typeof value === 'string' ? `"${value}"` : describeValue(value);
          push(parsed.map.valueAt(path), 'unknown-node-type', `unknown node type ${found} in ${where(parentPath)}`,
            didYouMean(String(value), NODE_TYPES, `Use one of ${listWords(NODE_TYPES)}.`));
        } else {
          push(parsed.map.valueAt(path), 'invalid-value', `${where(path)} is not valid here`, 'Compare it with the format in docs/flows.md.');
        }
        break;
      }
      case 'invalid_key': {
        const inner = issue.issues[0];
        const what = inner?.message.match(/^(\S+) must be lower-case/)?.[1] ?? String(path[0] ?? '').replace(/s$/, '');
        push(parsed.map.keyAt(path), 'invalid-id', `${what} id "${String(key)}" is not lower-case kebab-case`,
          `Use lower-case letters, digits and single hyphens, like "${toKebabCase(String(key))}".`);
        break;
      }
      case 'invalid_type': {
        if (value === undefined && typeof key === 'string' && valueAtPath(root, parentPath) !== undefined) {
          push(parentPath.length ? parsed.map.keyAt(parentPath) : { line: 1, column: 1 }, 'missing-key', `${where(parentPath)} is missing "${key}"`,
            `Add ${ADD[key] ?? (TEXT_KEYS.has(key) ? `${key}: { en: "..." }` : `${key}:`)}.`);
          break;
        }
        const expected = expectedAt(path, issue.expected);
        let hint = `Change it to ${expected}.`;
        if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) && /number/.test(expected)) hint = `Remove the quotes: ${value.trim()}.`;
        else if (expected === 'text' && (typeof value === 'number' || typeof value === 'boolean')) hint = `Put the value in quotes: "${String(value)}".`;
        else if (expected.startsWith('text keyed') && typeof value === 'string') hint = `Write it per locale: ${String(key)}: { en: ${JSON.stringify(value)} }.`;
        else if ((key === 'options' || key === 'cases') && value !== null && typeof value !== 'object') hint = `Write one item per line under ${key}:, each starting with "- " and holding ${key === 'options' ? 'label: and next:' : 'when: and next:'}.`;
        else if (expected.startsWith('a list') && (typeof value === 'string' || typeof value === 'number')) hint = `Write it as a list: [${String(value)}].`;
        else if (/^a (node|mapping|variable|case|answer)/.test(expected) && value !== null && typeof value !== 'object') hint = `Write the keys of ${where(path)} on the lines below it, indented.`;
        else if (value === null) hint = `Fill it in with ${expected}, or remove the key.`;
        push(parsed.map.valueAt(path), 'wrong-type', `${where(path)} must be ${expected}, found ${describeValue(value)}`, hint);
        break;
      }
      case 'invalid_format': {
        if (issue.format === 'regex' && /kebab-case/.test(issue.message)) {
          const what = issue.message.match(/^(\S+) must be/)?.[1] ?? 'id';
          const place = path.length === 1 && key === 'id' ? '' : ` in ${where(path)}`;
          push(parsed.map.valueAt(path), 'invalid-id', `${what} id "${String(value)}"${place} is not lower-case kebab-case`,
            `Use lower-case letters, digits and single hyphens, like "${toKebabCase(String(value))}".`);
        } else {
          const format = issue.format === 'regex' ? `text matching ${'pattern' in issue ? String(issue.pattern) : 'the pattern'}` : `a valid ${issue.format}`;
          push(parsed.map.valueAt(path), 'invalid-value', `${where(path)} must be ${format}, found ${describeValue(value)}`, `Correct the value to ${format}.`);
        }
        break;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const limit = small ? Number(issue.minimum) : Number(issue.maximum);
        if (small && issue.origin === 'array' && key === 'options' && path[0] === 'nodes') {
          const count = Array.isArray(value) ? value.length : 0;
          push(parsed.map.keyAt(path), 'too-few-options', `question "${String(path[1])}" has ${count} answer${count === 1 ? '' : 's'}, but a question needs at least ${limit}`,
            'Add another answer, or make the node a step if it is an instruction to carry out.');
        } else if (issue.origin === 'array' || issue.origin === 'set') {
          const count = Array.isArray(value) ? value.length : 0;
          push(parsed.map.keyAt(path), 'invalid-value', `${where(path)} has ${count} item${count === 1 ? '' : 's'}, but needs ${small ? 'at least' : 'at most'} ${limit}`,
            small ? `Add ${limit - count === 1 ? 'an item' : `${limit - count} items`}.` : `Remove ${count - limit === 1 ? 'an item' : `${count - limit} items`}, or split the node.`);
        } else if (issue.origin === 'string') {
          const length = typeof value === 'string' ? value.length : 0;
          if (small && length === 0) push(parsed.map.valueAt(path), 'invalid-value', `${where(path)} is empty`, 'Write the text, or remove the key.');
          else push(parsed.map.valueAt(path), 'invalid-value', `${where(path)} is ${length} characters long; the ${small ? 'minimum' : 'maximum'} is ${limit}`, small ? 'Write more.' : 'Shorten it.');
        } else {
          push(parsed.map.valueAt(path), 'invalid-value', `${where(path)} must be ${small ? 'at least' : 'at most'} ${limit}, found ${describeValue(value)}`, `Use ${limit} or ${small ? 'more' : 'less'}.`);
        }
        break;
      }
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        push(parsed.map.valueAt(path), 'invalid-value', `${where(path)} is ${describeValue(value)}, which is not one of ${listWords(allowed)}`,
          didYouMean(String(value), allowed, `Use one of ${listWords(allowed)}.`));
        break;
      }
      default:
        push(parsed.map.valueAt(path), 'invalid-value', `${where(path)} is not valid: ${issue.message.replace(/^Invalid input: /, '')}`, 'Compare it with the format in docs/flows.md.');
    }
  }
  return out;
}

/** `"options" belongs to question nodes …` when an unknown key of a node is a key of another node type. */
function otherNodeTypeWith(key: string, path: Path, root: unknown): string | undefined {
  if (path.length !== 2 || path[0] !== 'nodes') return undefined;
  const type = (valueAtPath(root, path) as { type?: unknown } | undefined)?.type;
  const owners = nodeSchema.options.filter((option) => Object.hasOwn(option.shape, key)).map((option) => option.shape.type.value);
  if (owners.length === 0) return undefined;
  return `"${key}" belongs to ${listWords(owners)} nodes, and this node is a ${String(type)}.`;
}

/**
 * Validates a parsed file against `schema`. Returns the parsed (typed) value
 * when it is valid; otherwise one diagnostic per problem, all at once.
 * `rootName` names the file's top level in messages ("the flow"). The value
 * equals what zod's `parse` returns, but may share objects with
 * `parsed.value` instead of copying them: change neither.
 */
export function validateWithSchema<T>(schema: z.ZodType<T>, parsed: ParsedYaml, rootName: string): Validated<T> {
  if (!parsed.ok) return { diagnostics: [] };
  // Most valid files need no zod copy (see _zod-fast-parse.ts). With aliases one object stands in
  // several places, where zod's copy has one object each: zod reads that file.
  const fast = parsed.aliased ? REJECTED : fastParserFor(schema)(parsed.value);
  if (fast !== REJECTED) return { value: fast as T, diagnostics: [] };
  const result = schema.safeParse(parsed.value);
  if (result.success) return { value: result.data, diagnostics: [] };
  const issues: Issue[] = [...result.error.issues];
  // zod skips the value of a record entry whose key is invalid; check it too, so every problem shows at once.
  for (const issue of result.error.issues) {
    if (issue.code !== 'invalid_key') continue;
    const entrySchema = schemaAt(schema, issue.path as Path, parsed.value);
    const entry = entrySchema?.safeParse(valueAtPath(parsed.value, issue.path as Path));
    for (const inner of entry?.error?.issues ?? []) issues.push({ ...inner, path: [...issue.path, ...inner.path] });
  }
  return { diagnostics: issueDiagnostics(issues, schema, parsed, rootName) };
}

/** Validates a parsed flow file against the flow schema. */
export function validateFlow(parsed: ParsedYaml): Validated<Flow> {
  return validateWithSchema(flowSchema, parsed, 'the flow');
}
