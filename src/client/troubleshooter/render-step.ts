/**
 * Renders a step into the page, as src/core/site/step-html.ts does on the
 * prerendered pages, except that answers are buttons (they change the walk
 * in place) instead of links to other pages.
 */
import type { TroubleshooterStrings } from '../../core/i18n/troubleshooter-strings.ts';
import { fill } from '../../core/handoff/field-validation.ts';
import { paragraphsOf, type StepModel } from '../../core/site/step-model.ts';
import { h } from './dom.ts';

/** Replaces the step section's content with `model`; `onChoose` gets the answer index. */
export function renderStep(
  section: HTMLElement,
  model: StepModel,
  s: TroubleshooterStrings,
  onChoose: (index: number) => void,
): void {
  section.className = `ts-step ts-kind-${model.kind}`;
  const q = model.queue;
  const nodes = [
    model.partlyEnglish && h('p', { class: 'notice' }, s.nodeInEnglish),
    h('h2', { id: 'ts-heading', tabindex: -1, lang: model.headingLang }, model.heading),
    ...paragraphsOf(model.text ?? '').map((p) => h('p', { class: 'ts-text', lang: model.textLang }, p)),
    model.options.length > 0 &&
      h(
        'ol',
        { class: 'ts-options', 'aria-label': s.answers },
        ...model.options.map((o) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'ts-option', 'data-index': o.index, onclick: () => onChoose(o.index) },
              h('span', { class: 'ts-number', 'aria-hidden': 'true' }, String(o.number)),
              h('span', { lang: o.lang }, o.label),
            ),
          ),
        ),
      ),
    model.options.length > 0 && h('p', { class: 'ts-keys' }, s.keysHint),
    model.articles.length > 0 &&
      h(
        'nav',
        { class: 'ts-related', 'aria-labelledby': 'ts-related' },
        h('h3', { id: 'ts-related' }, s.related),
        h(
          'ul',
          {},
          ...model.articles.map((a) =>
            h(
              'li',
              {},
              h('a', { href: a.url, lang: a.english && 'en' }, a.title),
              a.english && h('span', { class: 'ts-lang' }, ` (${s.inEnglish})`),
            ),
          ),
        ),
      ),
    q &&
      h(
        'div',
        { class: 'ts-handoff', id: 'ts-handoff' },
        h('p', { class: 'ts-queue' }, fill(s.whoHelps, { queue: q.name })),
        h('h3', {}, s.contact),
        h(
          'dl',
          { class: 'ts-contacts' },
          q.phone !== undefined &&
            h(
              'div',
              {},
              h('dt', {}, s.phone),
              h(
                'dd',
                {},
                h('a', { href: `tel:${q.tel}` }, q.phone),
                q.hours.length > 0 && h('span', { class: 'ts-hours' }, `${s.hours}: ${q.hours.join('; ')}`),
              ),
            ),
          q.email !== undefined &&
            h('div', {}, h('dt', {}, s.email), h('dd', {}, h('a', { id: 'ts-mail', href: `mailto:${q.email}` }, q.email))),
          q.chat !== undefined && h('div', {}, h('dt', {}, s.chat), h('dd', {}, h('a', { href: q.chat }, s.openChat))),
        ),
        h('div', { id: 'ts-case' }),
      ),
  ];
  section.replaceChildren(...nodes.filter((n): n is HTMLElement => n !== false && n !== undefined));
}
