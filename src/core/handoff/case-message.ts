/**
 * A customer's case as it leaves the browser: the JSON a queue's webhook
 * receives, the plain text the customer copies, and the prefilled email
 * that always works. Browser-safe: the handoff island imports this file.
 */
import type { Locale } from '../locales.ts';
import { fill } from './field-validation.ts';

/** One answered step, in the customer's language. */
export interface CaseTranscriptEntry {
  state: string;
  question: string;
  answer: string;
}

/** One collected field, with its label in the customer's language. */
export interface CaseField {
  id: string;
  label: string;
  value: string;
}

/** Everything a case holds. */
export interface HandoffCase {
  flow: string;
  flowTitle: string;
  version: number;
  locale: Locale;
  caseCode: string;
  /** Answer indexes from the flow's start, as the case code holds them. */
  answers: number[];
  transcript: CaseTranscriptEntry[];
  fields: CaseField[];
  queue: string;
  queueName: string;
}

/** The JSON body a webhook receives. */
export interface CasePayload {
  flow: string;
  version: number;
  locale: Locale;
  caseCode: string;
  answers: number[];
  transcript: CaseTranscriptEntry[];
  fields: Record<string, string>;
  queue: string;
}

/** Headings the plain-text case uses, in the customer's language. */
export interface CaseTextStrings {
  mailSubject: string;
  mailCode: string;
  mailFlow: string;
  mailAnswers: string;
  mailDetails: string;
}

/** The case as the webhook's JSON body: `{flow, version, locale, caseCode, answers, transcript, fields, queue}`. */
export function casePayload(c: HandoffCase): CasePayload {
  const fields: Record<string, string> = {};
  for (const field of c.fields) fields[field.id] = field.value.trim();
  return {
    flow: c.flow,
    version: c.version,
    locale: c.locale,
    caseCode: c.caseCode,
    answers: [...c.answers],
    transcript: c.transcript.map((entry) => ({ ...entry })),
    fields,
    queue: c.queue,
  };
}

/** The subject line of the case email: the troubleshooter and the case code. */
export function caseSubject(c: HandoffCase, strings: CaseTextStrings): string {
  return fill(strings.mailSubject, { flow: c.flowTitle, code: c.caseCode });
}

/** The case as plain text, for the email body and the clipboard. Empty fields are left out. */
export function caseText(c: HandoffCase, strings: CaseTextStrings): string {
  const lines = [
    `${strings.mailCode}: ${c.caseCode}`,
    `${strings.mailFlow}: ${c.flowTitle} (${c.flow}, v${c.version})`,
  ];
  if (c.transcript.length > 0) {
    lines.push('', `${strings.mailAnswers}:`);
    c.transcript.forEach((entry, i) => lines.push(`${i + 1}. ${entry.question}`, `   → ${entry.answer}`));
  }
  const filled = c.fields.filter((field) => field.value.trim() !== '');
  if (filled.length > 0) {
    lines.push('', `${strings.mailDetails}:`);
    for (const field of filled) lines.push(`${field.label}: ${field.value.trim()}`);
  }
  return lines.join('\n');
}

/**
 * A `mailto:` URL with subject and body (RFC 6068: percent-encoded UTF-8,
 * line breaks as CRLF), so the customer's mail program opens a ready message.
 */
export function mailtoUrl(to: string, subject: string, body?: string): string {
  const enc = (text: string) => encodeURIComponent(text.replace(/\r?\n/gu, '\r\n'));
  const query = [`subject=${enc(subject)}`];
  if (body !== undefined && body !== '') query.push(`body=${enc(body)}`);
  const address = to.split('@').map(encodeURIComponent).join('@');
  return `mailto:${address}?${query.join('&')}`;
}
