/**
 * Renders a call into the console: the step with what the customer sees,
 * the script and the internal note side by side, the answers, the handoff
 * with its transfer instructions and checklist, the controls, the transcript
 * and the case notes. Text always goes in as text, never as HTML.
 */
import { fill } from '../../core/handoff/field-validation.ts';
import type { ConsoleStrings } from '../../core/i18n/console-strings.ts';
import type { ConsoleView, ShownText } from '../../core/site/console-view.ts';
import { paragraphsOf } from '../../core/site/step-model.ts';
import { h } from '../troubleshooter/dom.ts';

/** What the rendered controls do. */
export interface CallHandlers {
  choose(number: number): void;
  back(): void;
  restart(): void;
  newCall(): void;
  copy(): void;
  download(): void;
  wording(): void;
  check(id: string, checked: boolean): void;
}

/** Parts the console makes itself and renderCall only places. */
export interface CallParts {
  /** "Flag this step": the prefilled issue link of the current step. */
  flag?: { href: string; label: string };
  /** The diagram panel, kept across renders (see diagram-panel.ts). */
  diagram?: HTMLElement;
}

/** What the view does not say: the toggles the representative set. */
export interface CallUi {
  customerWording: boolean;
  /** Collect fields ticked off at this handoff. */
  checked: ReadonlySet<string>;
}

const paragraphs = (t: ShownText, cls?: string) =>
  paragraphsOf(t.text).map((p) => h('p', { class: cls, lang: t.lang }, p));

function pane(id: string, cls: string, title: string, body: Array<HTMLElement | false | undefined>): HTMLElement {
  return h('section', { class: `console-pane ${cls}`, 'aria-labelledby': id }, h('h4', { id }, title), ...body);
}

function wording(label: string, t: ShownText | undefined): HTMLElement | false {
  if (!t) return false;
  return h('div', { class: 'console-wording' }, h('p', { class: 'console-muted' }, label), ...paragraphs(t));
}

function handoffSection(view: ConsoleView, strings: ConsoleStrings, ui: CallUi, on: CallHandlers): HTMLElement | false {
  const handoff = view.handoff;
  if (!handoff) return false;
  return h(
    'section',
    { class: 'console-handoff', id: 'console-handoff', 'aria-labelledby': 'console-handoff-title' },
    h('h3', { id: 'console-handoff-title' }, handoff.heading),
    view.step.reason !== undefined && h('p', {}, h('strong', {}, `${strings.reason}: `), h('span', { lang: view.step.reason.lang }, view.step.reason.text)),
    h('h4', {}, strings.howToTransfer),
    handoff.transfer
      ? h('p', { class: 'console-transfer', lang: handoff.transfer.lang }, handoff.transfer.text)
      : h('p', { class: 'console-transfer' }, strings.noTransfer),
    handoff.phone !== undefined &&
      h(
        'p',
        {},
        `${strings.phone}: `,
        h('a', { href: `tel:${handoff.tel ?? ''}` }, handoff.phone),
        handoff.hours.length > 0 && ` · ${strings.hours}: ${handoff.hours.join('; ')}`,
      ),
    handoff.collect.length > 0
      ? h(
          'fieldset',
          { class: 'console-collect' },
          h('legend', {}, strings.collectHeading),
          ...handoff.collect.map(({ id, label }) =>
            h(
              'div',
              {},
              h('input', {
                type: 'checkbox',
                id: `console-collect-${id}`,
                'data-field': id,
                checked: ui.checked.has(id),
                onchange: (e: Event) => on.check(id, (e.currentTarget as HTMLInputElement).checked),
              }),
              h('label', { for: `console-collect-${id}` }, label),
            ),
          ),
        )
      : h('p', {}, strings.collectNone),
  );
}

/** Replaces the call section's content with `view`. */
export function renderCall(
  section: HTMLElement,
  view: ConsoleView,
  strings: ConsoleStrings,
  ui: CallUi,
  on: CallHandlers,
  parts: CallParts = {},
): void {
  const { step } = view;
  const showWording = ui.customerWording && view.otherLanguage;
  const button = (id: string, label: string, key: string | undefined, onclick: () => void, extra: Record<string, string | boolean | undefined> = {}) =>
    h('button', { type: 'button', class: 'secondary', id, onclick, 'aria-keyshortcuts': key, ...extra }, label, key ? h('kbd', { 'aria-hidden': 'true' }, key) : '');

  const nodes: Array<HTMLElement | false | undefined> = [
    h(
      'div',
      { class: 'console-call-head' },
      h('h2', { id: 'console-flow-title', lang: view.title.lang }, view.title.text),
      h('p', { class: 'console-meta' }, view.meta, ' · ', view.customerLanguage, ' · ', h('span', { id: 'console-code', 'data-code': view.caseCode }, fill(strings.caseCode, { code: view.caseCode }))),
      ...view.notices.map((n) => h('p', { class: n.tone === 'warning' ? 'notice console-notice' : 'console-info console-notice' }, n.text)),
    ),
    h('h3', { id: 'console-step-heading', tabindex: -1, 'data-state': step.state }, `${step.progress}: ${step.kindLabel}`),
    h(
      'div',
      { class: 'console-panes' },
      pane('console-pane-customer', 'console-pane-customer', strings.customerSees, [
        ...paragraphs(step.text, 'console-text'),
        showWording && wording(view.wordingLabel, step.customerText),
        step.articles.length > 0 &&
          h(
            'div',
            { class: 'console-articles' },
            h('p', { class: 'console-muted' }, strings.related),
            h('ul', {}, ...step.articles.map((a) => h('li', {}, h('a', { href: a.url, lang: a.english && 'en', target: '_blank' }, a.title)))),
          ),
      ]),
      pane('console-pane-script', 'console-pane-script', strings.say, step.script ? paragraphs(step.script, 'console-script') : [h('p', { class: 'console-muted' }, strings.noScript)]),
      pane('console-pane-note', 'console-pane-note', strings.note, step.note ? paragraphs(step.note, 'console-note') : [h('p', { class: 'console-muted' }, strings.noNote)]),
    ),
    step.options.length > 0 &&
      h(
        'ol',
        { class: 'ts-options console-options', 'aria-label': strings.answers },
        ...step.options.map((o) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'ts-option', 'data-number': o.number, 'aria-keyshortcuts': o.number <= 9 ? String(o.number) : undefined, onclick: () => on.choose(o.number) },
              h('span', { class: 'ts-number', 'aria-hidden': 'true' }, String(o.number)),
              h(
                'span',
                {},
                h('span', { lang: o.label.lang }, o.label.text),
                showWording && o.customerLabel !== undefined && h('span', { class: 'console-wording-inline', lang: o.customerLabel.lang }, o.customerLabel.text),
              ),
            ),
          ),
        ),
      ),
    handoffSection(view, strings, ui, on),
    parts.flag &&
      h('p', { class: 'flag-this console-flag' }, h('a', { id: 'console-flag', href: parts.flag.href, target: '_blank', rel: 'nofollow noopener' }, parts.flag.label)),
    h(
      'div',
      { class: 'console-controls' },
      button('console-back', strings.back, 'Backspace', on.back, { disabled: !view.canGoBack }),
      button('console-restart', strings.startOver, undefined, on.restart, { disabled: !view.canGoBack }),
      button('console-copy', strings.copyNotes, 'C', on.copy),
      button('console-download', strings.downloadNotes, 'D', on.download),
      view.otherLanguage && button('console-wording', strings.customerWording, 'W', on.wording, { 'aria-pressed': String(ui.customerWording) }),
      button('console-new', strings.newCall, 'N', on.newCall),
    ),
    parts.diagram,
    h(
      'section',
      { class: 'console-transcript', 'aria-labelledby': 'console-transcript-title' },
      h('h3', { id: 'console-transcript-title' }, strings.transcript),
      view.transcript.length === 0
        ? h('p', { class: 'console-muted' }, strings.transcriptNone)
        : h(
            'ol',
            { id: 'console-transcript' },
            ...view.transcript.map((line) =>
              h(
                'li',
                { 'data-from-customer': line.fromCustomer ? 'true' : undefined },
                h('span', { class: 'console-q' }, line.text),
                ' ',
                h('strong', { class: 'console-a' }, `→ ${line.answer}`),
                line.fromCustomer && h('span', { class: 'console-badge' }, strings.fromCustomer),
                showWording && line.customer !== undefined &&
                  h('span', { class: 'console-wording-inline', lang: line.customer.lang }, `${line.customer.text} → ${line.customer.answer}`),
              ),
            ),
          ),
    ),
    h(
      'section',
      { class: 'console-notes', 'aria-labelledby': 'console-notes-title' },
      h('h3', { id: 'console-notes-title' }, strings.notes),
      h('pre', { id: 'console-notes' }, view.notesText),
    ),
  ];
  section.replaceChildren(...nodes.filter((n): n is HTMLElement => n instanceof HTMLElement));
}
