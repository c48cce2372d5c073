/** `kb schema`: writes the JSON Schemas generated from the zod schemas the checker uses. */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderJsonSchemas } from '../core/flows/json-schemas.ts';
import { EXIT, type CliIo } from './cli-io.ts';
import { parseOptions } from './parse-options.ts';

/** Writes schema/*.schema.json, or with --check verifies they are current. */
export function schemaCommand(args: string[], io: CliIo): number {
  const { values } = parseOptions(args, { check: { type: 'boolean' }, root: { type: 'string' } }, 0);
  const dir = join(resolve(io.cwd, values.root ?? '.'), 'schema');
  const stale: string[] = [];
  for (const [name, text] of Object.entries(renderJsonSchemas())) {
    const path = join(dir, name);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === text) continue;
    if (values.check) {
      stale.push(`schema/${name}`);
    } else {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, text);
      io.stdout.write(`wrote schema/${name}\n`);
    }
  }
  if (stale.length) {
    io.stderr.write(`${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} out of date.\nhint: run \`npx kb schema\` and commit the result.\n`);
    return EXIT.failure;
  }
  return EXIT.ok;
}
