import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { generateFlowYaml, seededRandom } from '../../bench/generate-flow.ts';
import { handoffConfigSchema } from '../../src/core/handoff/config-schema.ts';
import { parseYaml } from '../../src/core/flows/parse-yaml.ts';
import { flowSchema } from '../../src/core/flows/schema.ts';
import { validateFlow, validateWithSchema } from '../../src/core/flows/validate-flow.ts';
import { fastParserFor, REJECTED } from '../../src/core/flows/_zod-fast-parse.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Every flow file of the repository: the sample flows and the fixtures, valid or not. */
function flowFiles(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yaml') && entry.name !== 'handoff.yaml') out.push({ file: path.slice(ROOT.length), text: readFileSync(path, 'utf8') });
    }
  };
  walk(join(ROOT, 'flows'));
  walk(join(ROOT, 'tests/fixtures/flows'));
  return out;
}

/**
 * The promise of the fast parser: when it gives an answer, zod accepts the
 * value and its copy is the same JSON as that answer, keys in the same order;
 * the value itself is left as it was.
 */
function expectAgreement(schema: z.ZodType, value: unknown): boolean {
  const before = JSON.stringify(value);
  const fast = fastParserFor(schema)(value);
  const zod = schema.safeParse(value);
  expect(JSON.stringify(value)).toBe(before);
  if (fast === REJECTED) return false;
  expect(zod.success).toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
  return true;
}

/** Changes one random place of a JSON-like value: drops, adds, retypes, reorders or stretches something. */
function mutate(value: unknown, random: () => number): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const places: Array<{ holder: Record<string | number, unknown>; key: string | number }> = [];
  const collect = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      places.push({ holder: node as Record<string, unknown>, key: Array.isArray(node) ? Number(key) : key });
      collect((node as Record<string, unknown>)[key]);
    }
  };
  collect(copy);
  const { holder, key } = places[Math.floor(random() * places.length)]!;
  const old = holder[key];
  const replacements: unknown[] = [
    null, 7, 1.5, -1, true, '', 'x', 'Not-Kebab', 'a'.repeat(20_001), [], {}, ['en'], { en: 'x' }, { fr: 'x' }, [old, old],
    typeof old === 'string' ? `${old}-2` : old,
  ];
  switch (Math.floor(random() * 4)) {
    case 0:
      if (Array.isArray(holder)) holder.splice(key as number, 1);
      else delete holder[key];
      break;
    case 1:
      holder[key] = replacements[Math.floor(random() * replacements.length)];
      break;
    case 2:
      if (!Array.isArray(holder)) holder[['extra', 'note', 'when', 'en', 'da', 'type', 'set'][Math.floor(random() * 7)]!] = old;
      break;
    default:
      // Move the key to the end: same content, another order.
      if (!Array.isArray(holder)) {
        delete holder[key];
        holder[key] = old;
      }
  }
  return copy;
}

describe('fastParserFor', () => {
  test('parses every sample and fixture flow zod accepts, into what zod returns', () => {
    for (const { file, text } of flowFiles()) {
      const parsed = parseYaml(text, file);
      if (!parsed.ok) continue;
      expect(expectAgreement(flowSchema, parsed.value)).toBe(flowSchema.safeParse(parsed.value).success);
    }
  });

  test('never accepts a value zod rejects or would copy differently, over 2,500 random changes', () => {
    const random = seededRandom(11);
    const bases = [
      ...flowFiles().map(({ file, text }) => parseYaml(text, file)).filter((p) => p.ok && flowSchema.safeParse(p.value).success).map((p) => p.value),
      parseYaml(generateFlowYaml('gen', 30, 3), 'flows/gen.yaml').value,
    ];
    let accepted = 0;
    for (let i = 0; i < 2500; i++) {
      let value = bases[i % bases.length];
      for (let k = 0, changes = 1 + Math.floor(random() * 3); k < changes; k++) value = mutate(value, random);
      if (expectAgreement(flowSchema, value)) accepted++;
    }
    // Some changes keep the flow valid (reordered keys, a new node text): those must still get an answer.
    expect(accepted).toBeGreaterThan(200);
  });

  test('returns a node whose keys are not in the schema order as a copy in that order, like zod', () => {
    const text = [
      'id: router', 'version: 1', 'title: { en: Router }', 'summary: { en: Router }', 'start: done', 'nodes:',
      '  done:', '    text: { en: Solved }', '    type: resolution', '',
    ].join('\n');
    const parsed = parseYaml(text, 'flows/router.yaml');
    const flow = validateFlow(parsed).value!;
    expect(Object.keys(flow.nodes.done!)).toEqual(['type', 'text']);
    expect(Object.keys((parsed.value as typeof flow).nodes.done!)).toEqual(['text', 'type']);
    expect(flow.title).toBe((parsed.value as typeof flow).title);
  });

  test('returns the parsed value itself for a valid flow without aliases, and a copy for one with aliases', () => {
    const head = 'id: router\nversion: 1\ntitle: &t { en: Router }\nsummary: { en: Router }\nstart: done\nnodes:\n  done:\n    type: resolution\n';
    const plain = parseYaml(`${head}    text: { en: Solved }\n`, 'flows/router.yaml');
    expect(validateFlow(plain).value).toBe(plain.value);
    const aliased = parseYaml(`${head}    text: *t\n`, 'flows/router.yaml');
    const value = validateFlow(aliased).value!;
    expect(value).not.toBe(aliased.value);
    const done = value.nodes.done!;
    expect(done.type === 'resolution' && done.text).not.toBe(value.title);
  });

  test('leaves every value to zod for schemas with parts it does not model', () => {
    const schemas: z.ZodType[] = [
      z.object({ a: z.string().default('x') }).strict(),
      z.strictObject({ a: z.string().transform((s) => s.length) }),
      z.strictObject({ a: z.string().refine((s) => s !== 'b') }),
      z.object({ a: z.string() }),
      z.email(),
      z.coerce.number(),
      z.record(z.enum(['a', 'b']), z.string()),
    ];
    for (const schema of schemas) expect(fastParserFor(schema)({ a: 'x' })).toBe(REJECTED);
    expect(fastParserFor(z.coerce.number())(1)).toBe(REJECTED);
  });

  test('leaves the handoff file to zod, whose schema fills in defaults', () => {
    const parsed = parseYaml(readFileSync(join(ROOT, 'content/handoff.yaml'), 'utf8'), 'content/handoff.yaml');
    expect(fastParserFor(handoffConfigSchema)(parsed.value)).toBe(REJECTED);
    const fields = Object.values(validateWithSchema(handoffConfigSchema, parsed, 'the handoff file').value!.fields);
    expect(fields.every((field) => field.kind !== undefined && field.required !== undefined)).toBe(true);
  });
});
