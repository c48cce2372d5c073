/**
 * The flow file format, as one zod schema. It validates flow files, gives the
 * TypeScript types (`FlowInput`, `Flow`) and generates `schema/flow.schema.json`
 * (see `flowJsonSchema`), so the checker, the compiler and writers' editors
 * all agree on one definition. See docs/flows.md for the format in prose.
 */
import { z } from 'zod';
import { LOCALES } from '../locales.ts';

/** Ids of flows, nodes, variables, queues, fields and articles: lower-case kebab-case. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = (what: string) =>
  z
    .string()
    .regex(ID_PATTERN, { message: `${what} must be lower-case kebab-case, like "check-router"` })
    .describe(`The id of a ${what}: lower-case letters, digits and single hyphens.`);

/** A locale code: one of en, da, de, fi, sv, lt. */
export const localeSchema = z.enum(LOCALES).describe('A locale code: en, da, de, fi, sv or lt.');

/**
 * Text in one or more locales, keyed by locale code. A locale the flow is
 * written in but that is missing here falls back to the default locale (en)
 * and is reported as a missing translation.
 */
export const localizedTextSchema = z
  .partialRecord(localeSchema, z.string().min(1).max(20_000))
  .describe('Text keyed by locale code, e.g. { en: "Restart your router", da: "Genstart din router" }.');

/** A condition in the small condition language, e.g. `customer == "business" and line in ["fibre", "dsl"]`. */
export const conditionSchema = z
  .string()
  .min(1)
  .max(2_000)
  .describe('A condition on variables: ==, !=, in [...], is set, is not set, and, or, not, parentheses.');

/** Variable assignments made when an option is chosen: variable name to one of its declared values. */
export const assignmentsSchema = z
  .record(id('variable'), z.string())
  .describe('Variables to store when this answer is chosen: { variable: value }.');

/** Fields every node may carry: representative-only text and article links. */
const nodeCommon = {
  /** Customer-facing text of the node. */
  text: localizedTextSchema.describe('What the customer sees at this node.'),
  /** What a representative says at this node. Never published on the public site. */
  script: localizedTextSchema.optional().describe('What a representative says here. Representatives only.'),
  /** An internal note for representatives. Never published on the public site. */
  note: localizedTextSchema.optional().describe('An internal note for representatives only.'),
  /** Articles this node cites, by article id (the article\'s translation key). */
  articles: z.array(id('article')).max(20).optional().describe('Articles this node links to, by article id.'),
};

/** One answer of a question. */
export const optionSchema = z
  .strictObject({
    label: localizedTextSchema.describe('The answer as the customer reads it.'),
    next: id('node').describe('The node this answer leads to.'),
    set: assignmentsSchema.optional(),
    when: conditionSchema.optional().describe('Show this answer only when the condition holds.'),
  })
  .describe('One answer to a question.');

/** A question: a prompt with 2..n answers, each leading to a node. */
export const questionNodeSchema = z
  .strictObject({
    type: z.literal('question'),
    ...nodeCommon,
    options: z.array(optionSchema).min(2).max(9).describe('The answers, 2 to 9, in the order shown.'),
  })
  .describe('A question with two or more answers.');

/** A step: an instruction to carry out, then "fixed" or "not fixed". */
export const stepNodeSchema = z
  .strictObject({
    type: z.literal('step'),
    ...nodeCommon,
    outcomes: z
      .strictObject({
        fixed: id('node').describe('Where to go when the step fixed the problem.'),
        'not-fixed': id('node').describe('Where to go when the problem remains.'),
      })
      .describe('Where each outcome of the step leads.'),
  })
  .describe('An instruction to carry out, with the outcomes fixed and not-fixed.');

/** A branch: picks the next node from variables; never shown to anyone. */
export const branchNodeSchema = z
  .strictObject({
    type: z.literal('branch'),
    cases: z
      .array(
        z.strictObject({
          when: conditionSchema,
          next: id('node').describe('The node to go to when the condition holds.'),
        }),
      )
      .min(1)
      .max(20)
      .describe('Conditions tried in order; the first that holds decides.'),
    otherwise: id('node').describe('The node to go to when no case holds.'),
    note: localizedTextSchema.optional().describe('An internal note for writers and representatives.'),
  })
  .describe('An automatic branch on stored answers.');

/** A sub-flow: continues in another flow. */
export const subflowNodeSchema = z
  .strictObject({
    type: z.literal('subflow'),
    flow: id('flow').describe('The id of the flow to go into.'),
    start: id('node').optional().describe('The node of that flow to start at (default: its start).'),
    then: id('node')
      .optional()
      .describe('Where to continue when the sub-flow reaches a resolution. Without it, the walk ends there.'),
    note: localizedTextSchema.optional().describe('An internal note for writers and representatives.'),
  })
  .describe('Goes into another flow, and either ends there or continues here when it resolves.');

/** A resolution: the problem is solved. */
export const resolutionNodeSchema = z
  .strictObject({ type: z.literal('resolution'), ...nodeCommon })
  .describe('The end of a walk with the problem solved.');

/** A handoff: the tree ends without a fix and a person takes over. */
export const handoffNodeSchema = z
  .strictObject({
    type: z.literal('handoff'),
    ...nodeCommon,
    queue: id('queue').describe('The queue or department that takes over, from content/handoff.yaml.'),
    reason: localizedTextSchema.optional().describe('Why the case is handed over, for the person who takes it.'),
    collect: z
      .array(id('field'))
      .max(20)
      .optional()
      .describe('Fields to collect from the customer, from content/handoff.yaml.'),
  })
  .describe('The end of a walk without a fix: a person takes over.');

/** Any node of a flow, told apart by `type`. */
export const nodeSchema = z.discriminatedUnion('type', [
  questionNodeSchema,
  stepNodeSchema,
  branchNodeSchema,
  subflowNodeSchema,
  resolutionNodeSchema,
  handoffNodeSchema,
]);

/** A variable that answers can set and branches can test. */
export const variableSchema = z
  .strictObject({
    values: z.array(z.string().min(1).max(100)).min(1).max(50).describe('The values the variable can take.'),
    description: z.string().max(500).optional().describe('What the variable means, for writers.'),
  })
  .describe('A variable set by answers and tested by conditions.');

/** One troubleshooting flow: a decision tree in one YAML file. */
export const flowSchema = z
  .strictObject({
    id: id('flow').describe('The flow id; must match the file name.'),
    version: z.int().min(1).max(65_535).describe('Raise it when the tree\'s structure changes.'),
    title: localizedTextSchema.describe('The problem, as a customer would say it.'),
    summary: localizedTextSchema.describe('One or two sentences on what this troubleshooter covers.'),
    locales: z
      .array(localeSchema)
      .min(1)
      .optional()
      .describe('Locales this flow is translated into (default: the locales of its title).'),
    tags: z.array(id('tag')).max(30).optional().describe('Categories, e.g. internet, billing.'),
    keywords: z
      .partialRecord(localeSchema, z.array(z.string().min(1).max(100)).max(50))
      .optional()
      .describe('Symptom words customers use, per locale, for search.'),
    variables: z.record(id('variable'), variableSchema).optional().describe('Variables answers can set.'),
    start: id('node').describe('The node the walk starts at.'),
    nodes: z.record(id('node'), nodeSchema).describe('The nodes of the tree, keyed by node id.'),
  })
  .describe('A troubleshooting flow.');

/** A flow as written in a file. */
export type FlowInput = z.input<typeof flowSchema>;
/** A flow after validation. */
export type Flow = z.output<typeof flowSchema>;
/** Any node after validation. */
export type FlowNode = z.output<typeof nodeSchema>;
/** The kinds of node. */
export type NodeKind = FlowNode['type'];
/** Localised text after validation. */
export type LocalizedText = z.output<typeof localizedTextSchema>;
/** A question's answer after validation. */
export type FlowOption = z.output<typeof optionSchema>;

/** The JSON Schema of the flow format, generated from `flowSchema`. */
export function flowJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(flowSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $id: 'https://helpdesk-kb.invalid/schema/flow.schema.json',
    title: 'Troubleshooting flow',
    ...schema,
  };
}
