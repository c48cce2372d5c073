/**
 * Case notes: what a representative pastes into the ticket system — problem,
 * steps tried with their results, outcome, queue, what to collect and what the
 * customer typed, flow and version — in the representative's language, as a
 * record (for JSON) and as plain text. Pure: the console and `kb case` share it.
 */
import type { CompiledFlow } from '../flows/compiled-flow.ts';
import { transcriptOf, viewOf, type Walk } from '../flows/walk.ts';
import { CASE_NOTES_STRINGS } from '../i18n/case-notes-strings.ts';
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import type { HandoffConfig } from './config-schema.ts';
import type { PickupStatus } from './pick-up-case.ts';

/** One answered step of the case. */
export interface CaseStep {
  state: string;
  kind: 'question' | 'step' | 'resolution' | 'handoff';
  /** The question or instruction, in the representative's language. */
  text: string;
  answer: string;
  /** For steps: whether trying it fixed the problem. */
  result?: 'fixed' | 'not-fixed';
  /** The same in the customer's language, when asked for and different. */
  customerText?: string;
  customerAnswer?: string;
}

/** Everything the notes say, as data. */
export interface CaseNotes {
  caseCode: string;
  flow: { id: string; version: number; title: string };
  locale: Locale;
  customerLocale: Locale;
  steps: CaseStep[];
  outcome: 'resolved' | 'handoff' | 'open';
  /** The step the case stopped at when it is still open. */
  stoppedAt?: string;
  /** The final text (resolution or handoff). */
  finalText?: string;
  queue?: { id: string; name: string };
  reason?: string;
  /** What to collect before transferring; `collected` is set when the representative's checklist is known (the console). */
  collect: Array<{ id: string; label: string; collected?: boolean }>;
  fields: Record<string, string>;
  notice?: string;
}

/** What the notes are made from. */
export interface CaseNotesInput {
  flow: CompiledFlow;
  walk: Walk;
  caseCode: string;
  customerLocale: Locale;
  /** The representative's language. */
  locale: Locale;
  handoff?: HandoffConfig;
  /** Values the customer typed, by field id. */
  fields?: Record<string, string>;
  /** The fields the representative has ticked as collected; without it, the notes only list what to collect. */
  collected?: readonly string[];
  /** Also give the customer's wording of each step. */
  customerWording?: boolean;
  pickup?: { status: PickupStatus; codeVersion: number; recovered: number; total: number };
}

const pickText = (table: Partial<Record<Locale, string>> | undefined, locale: Locale): string =>
  table?.[locale] ?? table?.[DEFAULT_LOCALE] ?? Object.values(table ?? {})[0] ?? '';

/** Builds the notes of a case as data. */
export function caseNotesOf(input: CaseNotesInput): CaseNotes {
  const { flow, walk, locale, customerLocale, handoff } = input;
  const t = CASE_NOTES_STRINGS[locale];
  const ours = transcriptOf(flow, walk, locale);
  const theirs = input.customerWording && customerLocale !== locale ? transcriptOf(flow, walk, customerLocale) : undefined;
  const steps: CaseStep[] = ours.map((entry, i) => {
    const step: CaseStep = { state: entry.state, kind: entry.kind, text: entry.text, answer: entry.answer.label };
    if (entry.kind === 'step') step.result = entry.answer.index === 0 ? 'fixed' : 'not-fixed';
    const other = theirs?.[i];
    if (other) {
      step.customerText = other.text;
      step.customerAnswer = other.answer.label;
    }
    return step;
  });
  const view = viewOf(flow, walk, locale, { audience: 'agent' });
  const notes: CaseNotes = {
    caseCode: input.caseCode,
    flow: { id: flow.id, version: flow.version, title: pickText(flow.title, locale) },
    locale,
    customerLocale,
    steps,
    outcome: view.outcome ?? 'open',
    collect: [],
    fields: { ...(input.fields ?? {}) },
  };
  if (view.terminal) notes.finalText = view.text;
  else notes.stoppedAt = view.text;
  if (view.queue) {
    notes.queue = { id: view.queue, name: pickText(handoff?.queues[view.queue]?.name, locale) || view.queue };
  }
  if (view.reason) notes.reason = view.reason;
  const collected = input.collected && new Set(input.collected);
  notes.collect = (view.collect ?? []).map((id) => ({
    id,
    label: pickText(handoff?.fields[id]?.label, locale) || id,
    ...(collected ? { collected: collected.has(id) } : {}),
  }));
  const pickup = input.pickup;
  if (pickup?.status === 'replayed') notes.notice = t.replayedNotice(pickup.codeVersion, flow.version);
  if (pickup?.status === 'partial') notes.notice = t.partialNotice(pickup.recovered, pickup.total, pickup.codeVersion, flow.version);
  return notes;
}

/** The notes as plain text, ready to paste into a ticket. */
export function renderCaseNotes(notes: CaseNotes): string {
  const t = CASE_NOTES_STRINGS[notes.locale];
  const fieldLabel = new Map(notes.collect.map((c) => [c.id, c.label]));
  const lines: string[] = [
    `${t.caseCode}: ${notes.caseCode}`,
    `${t.problem}: ${notes.flow.title}`,
    `${t.flow}: ${notes.flow.id}, ${t.version} ${notes.flow.version}`,
    `${t.customerLanguage}: ${t.languages[notes.customerLocale]}`,
  ];
  if (notes.notice) lines.push('', `! ${notes.notice}`);
  lines.push('', `${t.stepsTried}:`);
  if (notes.steps.length === 0) lines.push(`  ${t.noSteps}`);
  notes.steps.forEach((step, i) => {
    lines.push(`  ${i + 1}. ${oneLine(step.text)}`, `     → ${step.answer}`);
    if (step.customerText) lines.push(`     (${t.customerWording}: ${oneLine(step.customerText)} → ${step.customerAnswer})`);
  });
  lines.push('');
  const outcome =
    notes.outcome === 'resolved'
      ? t.resolved
      : notes.outcome === 'handoff'
        ? t.handedOver(notes.queue?.name ?? '')
        : t.notFinished(oneLine(notes.stoppedAt ?? ''));
  lines.push(`${t.outcome}: ${outcome}`);
  if (notes.reason) lines.push(`${t.reason}: ${oneLine(notes.reason)}`);
  if (notes.collect.some((c) => c.collected !== undefined)) {
    // The representative's checklist, as they ticked it: pasted into a ticket, it reads as one.
    lines.push(`${t.collect}:`, ...notes.collect.map((c) => `  [${c.collected ? 'x' : ' '}] ${c.label}`));
  } else if (notes.collect.length) lines.push(`${t.collect}: ${notes.collect.map((c) => c.label).join(', ')}`);
  const typed = Object.entries(notes.fields).filter(([, v]) => v.trim() !== '');
  if (typed.length) {
    lines.push(`${t.fields}:`);
    for (const [id, value] of typed) lines.push(`  ${fieldLabel.get(id) ?? id}: ${oneLine(value)}`);
  }
  return lines.join('\n') + '\n';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

