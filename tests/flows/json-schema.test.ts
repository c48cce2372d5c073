import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderJsonSchemas } from '../../src/core/flows/json-schemas.ts';

const root = join(import.meta.dirname, '../..');

describe('the JSON Schemas editors use', () => {
  it('are generated from the same zod schemas as the checker and committed up to date', () => {
    for (const [name, text] of Object.entries(renderJsonSchemas())) {
      expect(readFileSync(join(root, 'schema', name), 'utf8'), `schema/${name} is stale: run npx kb schema`).toBe(text);
    }
  });

  it('describe every node kind and reject unknown keys, so editors underline typos', () => {
    const schema = JSON.parse(renderJsonSchemas()['flow.schema.json']!);
    expect(schema.additionalProperties).toBe(false);
    const kinds = JSON.stringify(schema.properties.nodes);
    for (const kind of ['question', 'step', 'branch', 'subflow', 'resolution', 'handoff']) expect(kinds).toContain(`"const":"${kind}"`);
  });

  it('are referenced from the first line of every flow file and of the handoff file', () => {
    for (const file of readdirSync(join(root, 'flows'))) {
      expect(readFileSync(join(root, 'flows', file), 'utf8').split('\n')[0], file).toBe(
        '# yaml-language-server: $schema=../schema/flow.schema.json',
      );
    }
    expect(readFileSync(join(root, 'content/handoff.yaml'), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schema/handoff.schema.json',
    );
  });
});
