/** The JSON Schemas of the writers' file formats, generated from their zod schemas. */
import { z } from 'zod';
import { flowJsonSchema } from './schema.ts';
import { handoffConfigSchema } from '../handoff/config-schema.ts';

/** File name (under schema/) to JSON text, for every format writers edit. */
export function renderJsonSchemas(): Record<string, string> {
  const handoff = {
    $id: 'https://helpdesk-kb.invalid/schema/handoff.schema.json',
    title: 'Handoff queues and fields',
    ...(z.toJSONSchema(handoffConfigSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>),
  };
  return {
    'flow.schema.json': JSON.stringify(flowJsonSchema(), null, 2) + '\n',
    'handoff.schema.json': JSON.stringify(handoff, null, 2) + '\n',
  };
}
