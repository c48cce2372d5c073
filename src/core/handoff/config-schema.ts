/**
 * The handoff configuration (`content/handoff.yaml`): the queues a flow can
 * hand a customer to, how to reach each, and the fields a handoff can ask for.
 * Writers edit this one file.
 */
import { z } from 'zod';
import { ID_PATTERN, localizedTextSchema } from '../flows/schema.ts';

const id = z.string().regex(ID_PATTERN, { message: 'must be lower-case kebab-case, like "technical-support"' });

/** Opening hours, e.g. { days: "Mon-Fri", from: "08:00", to: "20:00" }. */
export const openingHoursSchema = z.strictObject({
  days: z.string().min(1).max(40).describe('Days, e.g. "Mon-Fri".'),
  from: z.string().regex(/^\d{2}:\d{2}$/).describe('Opening time, HH:MM.'),
  to: z.string().regex(/^\d{2}:\d{2}$/).describe('Closing time, HH:MM.'),
});

/** A queue or department that takes over a case. */
export const queueSchema = z.strictObject({
  name: localizedTextSchema.describe('The queue\'s name as customers see it.'),
  phone: z.string().max(40).optional().describe('Phone number, in international format.'),
  hours: z.array(openingHoursSchema).max(14).optional().describe('When the phone line is open.'),
  email: z.email().optional().describe('Email address for cases.'),
  chat: z.url().optional().describe('Link to a chat.'),
  webhook: z.url().optional().describe('URL the case is POSTed to as JSON, when set.'),
  transfer: localizedTextSchema.optional().describe('How a representative transfers a call here. Representatives only.'),
});

/** A field a handoff can ask the customer for. */
export const fieldSchema = z.strictObject({
  label: localizedTextSchema.describe('The field\'s label.'),
  kind: z.enum(['text', 'multiline', 'email', 'phone', 'customer-number', 'postcode']).default('text'),
  required: z.boolean().default(true),
  pattern: z.string().max(200).optional().describe('A regular expression the value must match.'),
  maxLength: z.int().min(1).max(10_000).optional(),
  help: localizedTextSchema.optional().describe('Help text shown under the field.'),
});

/** The whole handoff configuration file. */
export const handoffConfigSchema = z.strictObject({
  queues: z.record(id, queueSchema),
  fields: z.record(id, fieldSchema),
});

export type HandoffConfig = z.output<typeof handoffConfigSchema>;
export type Queue = z.output<typeof queueSchema>;
export type FieldSpec = z.output<typeof fieldSchema>;
