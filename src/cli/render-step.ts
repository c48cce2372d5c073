/** Renders one step of a walk as terminal text. Pure: returns a string. */
import type { HandoffConfig } from '../core/handoff/config-schema.ts';
import type { Locale } from '../core/locales.ts';
import type { StepView } from '../core/flows/walk.ts';

/** Who is walking: representatives also see scripts and internal notes. */
export type Audience = 'customer' | 'agent';

const KIND_LABEL: Record<string, string> = {
  question: 'Question',
  step: 'Try this',
  resolution: 'Solved',
  handoff: 'Handed over',
};

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : line))
    .join('\n');
}

/** The text of one step: heading, text, script and note (agent), options, and on a handoff the queue and case code. */
export function renderStep(
  view: StepView,
  context: { handoff: HandoffConfig | undefined; locale: Locale; caseCode?: string },
): string {
  const lines: string[] = [];
  lines.push(`── Step ${view.progress.step} · ${KIND_LABEL[view.kind] ?? view.kind} ──`);
  lines.push(view.text);
  if (view.script) lines.push('', 'Say:', indent(view.script, '  '));
  if (view.note) lines.push('', 'Internal note:', indent(view.note, '  '));
  if (view.articles.length) lines.push('', `Articles: ${view.articles.join(', ')}`);
  if (!view.terminal) {
    lines.push('');
    for (const option of view.options) lines.push(`  ${option.number}) ${option.label}`);
  }
  if (view.outcome === 'handoff' && view.queue) {
    const queue = context.handoff?.queues[view.queue];
    const name = queue?.name[context.locale] ?? queue?.name.en ?? view.queue;
    lines.push('', `Queue: ${name}`);
    if (queue?.phone) lines.push(`Phone: ${queue.phone}`);
    if (queue?.email) lines.push(`Email: ${queue.email}`);
    if (view.collect?.length) lines.push(`Collect: ${view.collect.join(', ')}`);
    if (context.caseCode) lines.push(`Case code: ${context.caseCode}`);
  }
  return lines.join('\n') + '\n\n';
}
