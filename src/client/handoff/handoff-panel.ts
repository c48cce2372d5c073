/**
 * The handoff panel: what the customer told us, the fields the queue needs
 * (checked as they type, kept in localStorage), the case code, and the ways
 * to send the case: the queue's webhook when it has one, a prefilled email,
 * and copying. Nothing typed is lost until the case is sent or copied.
 */
import { answersOf, transcriptOf, type Walk } from '../../core/flows/walk.ts';
import { encodeCaseCode } from '../../core/handoff/case-code.ts';
import { caseSubject, caseText, casePayload, mailtoUrl, type HandoffCase } from '../../core/handoff/case-message.ts';
import { fieldMessage, fill, validateField } from '../../core/handoff/field-validation.ts';
import type { StepModel } from '../../core/site/step-model.ts';
import type { TroubleshooterData } from '../../core/site/troubleshooter-data.ts';
import { byId, h } from '../troubleshooter/dom.ts';
import { clearCase, loadCase, saveCase } from './case-storage.ts';
import { sendCase } from './send-case.ts';

/** What the panel is built from. */
export interface HandoffContext {
  data: TroubleshooterData;
  model: StepModel;
  walk: Walk;
  /** Answers a deep link implied: in the case code, not in the transcript. */
  implied: number;
}

const AUTOCOMPLETE: Record<string, string> = { email: 'email', phone: 'tel', postcode: 'postal-code' };

/** Fills `container` with the handoff panel of the walk's handoff. */
export function mountHandoff(container: HTMLElement, { data, model, walk, implied }: HandoffContext): void {
  const { flow, locale, strings: s } = data;
  const queue = model.queue;
  if (!queue) return;
  const answers = answersOf(walk);
  const code = encodeCaseCode({ flowId: flow.id, flowVersion: flow.version, locale, answers });
  const transcript = transcriptOf(flow, walk, locale)
    .slice(implied)
    .map((e) => ({ state: e.state, question: e.text, answer: e.answer.label }));
  const stored = loadCase(flow.id)?.fields ?? {};
  const inputs = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
  const touched = new Set<string>();

  const theCase = (): HandoffCase => ({
    flow: flow.id,
    flowTitle: flow.title[locale] ?? flow.id,
    version: flow.version,
    locale,
    caseCode: code,
    answers,
    transcript,
    fields: [...inputs].map(([id, input]) => ({ id, label: data.fields[id]?.label ?? id, value: input.value })),
    queue: queue.id,
    queueName: queue.name,
  });
  const status = h('p', { role: 'status', class: 'ts-status' });
  const alert = h('p', { role: 'alert', class: 'ts-alert' });
  const mail = h('a', { class: 'button secondary', id: 'ts-mail-case' }, s.emailCase);
  const refresh = () => {
    const c = theCase();
    const href = queue.email === undefined ? '' : mailtoUrl(queue.email, caseSubject(c, s), caseText(c, s));
    mail.setAttribute('href', href);
    document.getElementById('ts-mail')?.setAttribute('href', href);
    saveCase(flow.id, { answers, fields: Object.fromEntries(c.fields.map((f) => [f.id, f.value])) });
  };
  /** Shows the field's problem; `required` only once the customer has left the field or tried to send. */
  const check = (id: string, all = false): boolean => {
    const input = inputs.get(id);
    const field = data.fields[id];
    if (!input || !field) return true;
    const problem = validateField(field, input.value);
    const shown = problem && (problem.code !== 'required' || all || touched.has(id)) ? problem : undefined;
    byId(`f-${id}-error`).textContent = shown ? fieldMessage(shown, field.label, s) : '';
    if (shown) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    return problem === undefined;
  };

  const fields = model.collect.flatMap((id) => {
    const field = data.fields[id];
    if (!field) return [];
    const multiline = field.kind === 'multiline';
    const input = h(multiline ? 'textarea' : 'input', {
      id: `f-${id}`,
      name: id,
      type: multiline ? undefined : field.kind === 'email' ? 'email' : field.kind === 'phone' ? 'tel' : 'text',
      rows: multiline ? 5 : undefined,
      autocomplete: AUTOCOMPLETE[field.kind],
      inputmode: field.kind === 'customer-number' ? 'numeric' : undefined,
      'aria-required': field.required ? 'true' : undefined,
      'aria-describedby': `${field.help === undefined ? '' : `f-${id}-help `}f-${id}-error`,
      lang: field.english && 'en',
      oninput: () => {
        check(id);
        refresh();
      },
      onblur: () => {
        touched.add(id);
        check(id);
      },
    }) as HTMLInputElement | HTMLTextAreaElement;
    input.value = stored[id] ?? '';
    inputs.set(id, input);
    return [
      h(
        'div',
        { class: 'ts-field' },
        h('label', { for: `f-${id}`, lang: field.english && 'en' }, field.label, !field.required && ` ${s.optional}`),
        input,
        field.help !== undefined && h('p', { id: `f-${id}-help`, class: 'ts-help', lang: field.english && 'en' }, field.help),
        h('p', { id: `f-${id}-error`, class: 'ts-error' }),
      ),
    ];
  });

  const copy = async (text: string, done: string): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = done;
      return true;
    } catch {
      status.textContent = s.copyFailed;
      return false;
    }
  };
  const send = async (button: HTMLButtonElement) => {
    alert.textContent = '';
    const bad = [...inputs.keys()].filter((id) => !check(id, true));
    if (bad.length > 0) {
      alert.textContent = s.fixFields;
      inputs.get(bad[0] ?? '')?.focus();
      return;
    }
    button.disabled = true;
    status.textContent = s.sending;
    const ok = await sendCase(queue.webhook ?? '', casePayload(theCase()));
    // A sent case is not sent twice.
    button.disabled = ok;
    status.textContent = ok ? fill(s.sent, { queue: queue.name }) : '';
    if (ok) clearCase(flow.id);
    else alert.textContent = s.sendFailed;
  };

  const groups = code.split('-');
  container.replaceChildren(
    h('h3', {}, s.transcript),
    transcript.length > 0
      ? h(
          'ol',
          { class: 'ts-transcript' },
          ...transcript.map((e, i) =>
            h('li', { lang: data.flowInEnglish || data.english[e.state] ? 'en' : undefined, 'data-index': i },
              h('span', { class: 'ts-q' }, e.question), ' ', h('strong', { class: 'ts-a' }, `→ ${e.answer}`)),
          ),
        )
      : h('p', {}, s.transcriptNone),
    ...(fields.length > 0 ? [h('h3', {}, s.details), h('p', {}, s.detailsHelp), ...fields, h('p', { class: 'ts-help' }, s.savedLocally)] : []),
    h('h3', {}, s.caseCode),
    h('p', {}, s.caseCodeHelp),
    h(
      'p',
      { class: 'ts-code', id: 'ts-code', 'data-code': code },
      ...groups.flatMap((g, i) => [i > 0 ? h('span', { 'aria-hidden': 'true' }, '-') : '', h('span', {}, g)]),
    ),
    h('button', { type: 'button', class: 'secondary', onclick: () => void copy(code, s.copied) }, s.copyCode),
    h('h3', {}, s.sendHeading),
    h(
      'div',
      { class: 'ts-send' },
      queue.webhook !== undefined &&
        h('button', { type: 'button', id: 'ts-send', onclick: (e: Event) => void send(e.currentTarget as HTMLButtonElement) },
          fill(s.send, { queue: queue.name })),
      queue.email !== undefined && mail,
      h('button', {
        type: 'button',
        class: 'secondary',
        onclick: async () => {
          if (await copy(caseText(theCase(), s), s.caseCopied)) clearCase(flow.id);
        },
      }, s.copyCase),
    ),
    status,
    alert,
  );
  for (const id of inputs.keys()) if (stored[id]) check(id);
  refresh();
}
