/**
 * The starting text of a new flow file: the schema reference for editors,
 * every required key, and the smallest tree the checker accepts that shows
 * each kind of ending: a question, a resolution and a handoff.
 */
import { SCHEMA_REF_LINE } from '../flows/check-flows.ts';
import { titleFromId, yamlScalar } from './_yaml-scalar.ts';

/** What a new flow needs. */
export interface FlowTemplateInput {
  id: string;
  /** The title; default: the id in words. */
  title?: string;
  /** The queue of the handoff, from content/handoff.yaml. */
  queue: string;
}

/** The text of flows/<id>.yaml for a new flow. */
export function flowTemplate(input: FlowTemplateInput): string {
  const title = yamlScalar(input.title ?? titleFromId(input.id));
  return `${SCHEMA_REF_LINE}
# How to write a flow: docs/writing-flows.md. Every key: docs/flows.md.
id: ${input.id}
version: 1
title:
  en: ${title}
summary:
  en: Answer a few questions to fix the problem, or reach the people who can.
tags: []
start: first-question

nodes:
  first-question:
    type: question
    text:
      en: Restart the device and wait a minute. Does it work now?
    options:
      - label:
          en: Yes, it works now
        next: solved
      - label:
          en: No, it still does not work
        next: contact-us

  solved:
    type: resolution
    text:
      en: Good, the problem is solved.

  contact-us:
    type: handoff
    queue: ${input.queue}
    reason:
      en: The troubleshooter did not solve the problem.
    text:
      en: We could not fix this together. Leave your details and we will contact you.
`;
}
