/**
 * zod's answer for a valid value, without zod's work. `safeParse` checks a
 * value and builds a deep copy of it, which for a large flow costs more time
 * and memory than reading the YAML; the fast parser, derived from the same
 * schema, checks the value in place and returns it as it is, or, where zod's
 * copy would order an object's keys differently, a copy of just that part.
 * The result equals zod's, keys in the same order. It gives up (`REJECTED`)
 * on any value zod might reject and on schemas with parts it does not model
 * (defaults, transforms, refinements, …): zod then decides, and describes the
 * problems. Internal to validate-flow.ts.
 */
import type { z } from 'zod';

/** What a fast parser returns when zod must decide. */
export const REJECTED: unique symbol = Symbol('rejected');

/** Returns what zod would parse `value` into (often `value` itself), or REJECTED. */
export type FastParser = (value: unknown) => unknown;

/** The parts of a zod schema's definition the fast parser reads. */
interface Def {
  type: string;
  checks?: ReadonlyArray<{ _zod: { def: CheckDef } }>;
  coerce?: boolean;
  /** number: the format of z.int() and friends. */
  format?: string;
  check?: string;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  mode?: string;
  partial?: boolean;
  innerType?: Schema;
  values?: readonly unknown[];
  options?: readonly Schema[];
  discriminator?: string;
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}

interface Schema {
  _zod: { def: Def; values?: ReadonlySet<unknown>; optin?: string; optout?: string };
}

/** Thrown inside `build` for a schema the fast parser does not model; never escapes `fastParserFor`. */
const UNSUPPORTED = Symbol('unsupported');

const never: FastParser = () => REJECTED;
/** Marks a schema whose parser is being built, so a recursive schema is noticed. */
const PENDING: FastParser = () => REJECTED;

/** Length limits of strings and arrays, and a pattern for strings; UNSUPPORTED for any other check. */
function lengthChecks(def: Def, strings: boolean): { min: number; max: number; pattern: RegExp | undefined } {
  let min = 0;
  let max = Infinity;
  let pattern: RegExp | undefined;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length' && c.minimum !== undefined) min = Math.max(min, c.minimum);
    else if (c.check === 'max_length' && c.maximum !== undefined) max = Math.min(max, c.maximum);
    else if (strings && c.check === 'string_format' && c.format === 'regex' && c.pattern && pattern === undefined && !c.pattern.global && !c.pattern.sticky) pattern = c.pattern;
    else throw UNSUPPORTED;
  }
  return { min, max, pattern };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function build(schema: Schema, built: Map<Schema, FastParser>): FastParser {
  const known = built.get(schema);
  // A schema met again while it is being built (a recursive schema) is not modelled.
  if (known === PENDING) throw UNSUPPORTED;
  if (known) return known;
  built.set(schema, PENDING);
  const parser = buildNew(schema, built);
  built.set(schema, parser);
  return parser;
}

function buildNew(schema: Schema, built: Map<Schema, FastParser>): FastParser {
  const def = schema._zod.def;
  if (def.coerce) throw UNSUPPORTED;
  switch (def.type) {
    case 'string': {
      // A string whose definition is itself a format (z.email() and the like) is not modelled.
      if (def.check !== undefined || def.format !== undefined) throw UNSUPPORTED;
      const { min, max, pattern } = lengthChecks(def, true);
      return (value) => (typeof value === 'string' && value.length >= min && value.length <= max && (pattern === undefined || pattern.test(value)) ? value : REJECTED);
    }
    case 'number': {
      let low = -Infinity;
      let high = Infinity;
      for (const check of def.checks ?? []) {
        const c = check._zod.def;
        if (c.check === 'greater_than' && c.inclusive && c.value !== undefined) low = Math.max(low, c.value);
        else if (c.check === 'less_than' && c.inclusive && c.value !== undefined) high = Math.min(high, c.value);
        else throw UNSUPPORTED;
      }
      if (def.format === 'safeint' && def.check === 'number_format') return (value) => (Number.isSafeInteger(value) && (value as number) >= low && (value as number) <= high ? value : REJECTED);
      if (def.format !== undefined || def.check !== undefined) throw UNSUPPORTED;
      return (value) => (typeof value === 'number' && Number.isFinite(value) && value >= low && value <= high ? value : REJECTED);
    }
    case 'literal': {
      if (def.checks?.length) throw UNSUPPORTED;
      const values = def.values ?? [];
      return (value) => (values.includes(value) ? value : REJECTED);
    }
    case 'enum': {
      const values = schema._zod.values;
      if (!values || def.checks?.length) throw UNSUPPORTED;
      return (value) => (typeof value === 'string' && values.has(value) ? value : REJECTED);
    }
    case 'optional': {
      // Only an object's absent key may be left out; a value that is there must be valid.
      if (!def.innerType || def.checks?.length) throw UNSUPPORTED;
      return build(def.innerType, built);
    }
    case 'array':
      return arrayParser(def, built);
    case 'object':
      return objectParser(def, built);
    case 'record':
      return recordParser(def, built);
    case 'union':
      return discriminatedParser(def, built);
    default:
      throw UNSUPPORTED;
  }
}

function arrayParser(def: Def, built: Map<Schema, FastParser>): FastParser {
  if (!def.element) throw UNSUPPORTED;
  const { min, max } = lengthChecks(def, false);
  const item = build(def.element, built);
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return REJECTED;
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return REJECTED;
      const out = item(value[i]);
      if (out === REJECTED) return REJECTED;
      if (out !== value[i]) (copy ??= value.slice())[i] = out;
    }
    return copy ?? value;
  };
}

/**
 * A strict object: its keys are known and the required ones are there. zod's
 * copy has the keys in the order of the schema's shape, so an object written
 * in another order comes back as a copy in that order.
 */
function objectParser(def: Def, built: Map<Schema, FastParser>): FastParser {
  if (!def.shape || def.catchall?._zod.def.type !== 'never' || def.checks?.length) throw UNSUPPORTED;
  const names = Object.keys(def.shape);
  // zod never copies a key named __proto__.
  if (names.includes('__proto__')) throw UNSUPPORTED;
  const position = new Map<string, number>();
  const fields: FastParser[] = [];
  const optional: boolean[] = [];
  let required = 0;
  names.forEach((name, i) => {
    const field = def.shape![name]!;
    const { optin, optout } = field._zod;
    // A key zod would fill in or drop (defaults, optional in but not out) is not modelled.
    if ((optin !== undefined || optout !== undefined) && (optin !== 'optional' || optout !== 'optional')) throw UNSUPPORTED;
    optional.push(optin === 'optional');
    if (optin !== 'optional') required++;
    position.set(name, i);
    fields.push(build(field, built));
  });
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return REJECTED;
    const record = value as Record<string, unknown>;
    let next = 0;
    let seen = 0;
    let ordered = true;
    let changed: unknown[] | undefined;
    for (const key in record) {
      const at = position.get(key);
      if (at === undefined || !Object.hasOwn(record, key)) return REJECTED;
      if (at < next) ordered = false;
      next = at + 1;
      const field = record[key];
      const out = field === undefined ? REJECTED : fields[at]!(field);
      if (out === REJECTED) return REJECTED;
      if (out !== field) (changed ??= [])[at] = out;
      if (!optional[at]) seen++;
    }
    if (seen !== required) return REJECTED;
    if (ordered && !changed) return value;
    const copy: Record<string, unknown> = {};
    for (let at = 0; at < names.length; at++) {
      const name = names[at]!;
      if (Object.hasOwn(record, name)) copy[name] = changed?.[at] ?? record[name];
    }
    return copy;
  };
}

/** A record keyed by a pattern or by some of an enum's values; zod's copy keeps the keys in order. */
function recordParser(def: Def, built: Map<Schema, FastParser>): FastParser {
  if (!def.keyType || !def.valueType || def.checks?.length || (def.mode !== undefined && def.mode !== 'strict')) throw UNSUPPORTED;
  const keyDef = def.keyType._zod.def;
  // An enum key without partial makes every key required, and zod's copy then follows the enum's order.
  if (keyDef.type === 'enum' ? !def.partial : keyDef.type !== 'string') throw UNSUPPORTED;
  const key = build(def.keyType, built);
  const entry = build(def.valueType, built);
  return (value) => {
    if (!isPlainObject(value)) return REJECTED;
    let changed: Map<string, unknown> | undefined;
    for (const name in value) {
      // zod's copy leaves out a key named __proto__.
      if (name === '__proto__' || !Object.hasOwn(value, name) || key(name) === REJECTED) return REJECTED;
      const field = value[name];
      const out = field === undefined ? REJECTED : entry(field);
      if (out === REJECTED) return REJECTED;
      if (out !== field) (changed ??= new Map()).set(name, out);
    }
    if (!changed) return value;
    const copy: Record<string, unknown> = {};
    for (const name in value) copy[name] = changed.has(name) ? changed.get(name) : value[name];
    return copy;
  };
}

/** A discriminated union: the option whose literal matches the value's discriminator parses it. */
function discriminatedParser(def: Def, built: Map<Schema, FastParser>): FastParser {
  const discriminator = def.discriminator;
  if (discriminator === undefined || !def.options || def.checks?.length) throw UNSUPPORTED;
  const byValue = new Map<unknown, FastParser>();
  for (const option of def.options) {
    const tag = option._zod.def.shape?.[discriminator]?._zod.def;
    if (option._zod.def.type !== 'object' || tag?.type !== 'literal' || !tag.values) throw UNSUPPORTED;
    const parser = build(option, built);
    for (const value of tag.values) {
      if (byValue.has(value)) throw UNSUPPORTED;
      byValue.set(value, parser);
    }
  }
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return REJECTED;
    const parser = byValue.get((value as Record<string, unknown>)[discriminator]);
    return parser === undefined ? REJECTED : parser(value);
  };
}

const cache = new WeakMap<object, FastParser>();

/**
 * The fast parser of `schema`: returns what `schema.parse(value)` would, or
 * REJECTED when zod might not accept the value. For a schema with parts it
 * does not model, every value is REJECTED.
 */
export function fastParserFor(schema: z.ZodType): FastParser {
  const known = cache.get(schema);
  if (known) return known;
  let parser: FastParser;
  try {
    parser = build(schema as unknown as Schema, new Map());
  } catch (error) {
    if (error !== UNSUPPORTED) throw error;
    parser = never;
  }
  cache.set(schema, parser);
  return parser;
}
