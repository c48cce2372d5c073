/**
 * The HTML of one troubleshooter step as a prerendered page shows it: the
 * progress, the question or step, the answers as plain links to their step
 * pages, the articles it cites, at a handoff who helps and how to reach
 * them, and the back and start-over controls. Step pages are filled from one
 * shell per flow and locale (step-shell.ts), so this is a string renderer,
 * not a component; the island (src/client/troubleshooter) renders the same
 * markup with the DOM. Every text is escaped here.
 */
import { escapeHtml } from '../search/snippet.ts';
import { fill } from '../handoff/field-validation.ts';
import type { TroubleshooterStrings } from '../i18n/troubleshooter-strings.ts';
import { paragraphsOf, type FallbackLang, type StepModel } from './step-model.ts';
import type { PublicQueue } from './troubleshooter-data.ts';

/** What a step body links to. */
export interface StepLinks {
  /** The step page each answer leads to, by answer index. */
  hrefs: Readonly<Record<number, string>>;
  /** The email link of a handoff without JavaScript: subject = the troubleshooter's title. */
  mailto?: string;
  /** The flow's first step; the link is hidden there. */
  restart: string;
  atStart: boolean;
}

const lang = (value: FallbackLang): string => (value ? ` lang="${value}"` : '');

/** The handoff's contacts: phone with opening hours, email, chat. */
export function handoffContactsHtml(queue: PublicQueue, s: TroubleshooterStrings, mailto?: string): string {
  const rows: string[] = [];
  if (queue.phone) {
    const hours = queue.hours.length > 0 ? `<span class="ts-hours">${escapeHtml(`${s.hours}: ${queue.hours.join('; ')}`)}</span>` : '';
    rows.push(
      `<div><dt>${escapeHtml(s.phone)}</dt><dd><a href="${escapeHtml(`tel:${queue.tel ?? ''}`)}">${escapeHtml(queue.phone)}</a>${hours}</dd></div>`,
    );
  }
  if (queue.email) {
    const href = mailto ?? `mailto:${queue.email}`;
    rows.push(`<div><dt>${escapeHtml(s.email)}</dt><dd><a id="ts-mail" href="${escapeHtml(href)}">${escapeHtml(queue.email)}</a></dd></div>`);
  }
  if (queue.chat) {
    rows.push(`<div><dt>${escapeHtml(s.chat)}</dt><dd><a href="${escapeHtml(queue.chat)}">${escapeHtml(s.openChat)}</a></dd></div>`);
  }
  return (
    `<div class="ts-handoff" id="ts-handoff"><p class="ts-queue">${escapeHtml(fill(s.whoHelps, { queue: queue.name }))}</p>` +
    `<h3>${escapeHtml(s.contact)}</h3><dl class="ts-contacts">${rows.join('')}</dl><div id="ts-case"></div></div>`
  );
}

/** The step section: heading, text, answers as links, cited articles, handoff contacts. */
export function stepSectionHtml(model: StepModel, s: TroubleshooterStrings, links: StepLinks): string {
  const parts: string[] = [];
  if (model.partlyEnglish) parts.push(`<p class="notice">${escapeHtml(s.nodeInEnglish)}</p>`);
  parts.push(`<h2 id="ts-heading" tabindex="-1"${lang(model.headingLang)}>${escapeHtml(model.heading)}</h2>`);
  if (model.text !== undefined) {
    for (const p of paragraphsOf(model.text)) parts.push(`<p class="ts-text"${lang(model.textLang)}>${escapeHtml(p)}</p>`);
  }
  if (model.options.length > 0) {
    const items = model.options.map(
      (o) =>
        `<li><a class="ts-option" href="${escapeHtml(links.hrefs[o.index] ?? '')}" data-index="${o.index}">` +
        `<span class="ts-number" aria-hidden="true">${o.number}</span><span${lang(o.lang)}>${escapeHtml(o.label)}</span></a></li>`,
    );
    parts.push(`<ol class="ts-options" aria-label="${escapeHtml(s.answers)}">${items.join('')}</ol>`);
  }
  if (model.articles.length > 0) {
    const items = model.articles.map(
      (a) =>
        `<li><a href="${escapeHtml(a.url)}"${a.english ? ' lang="en"' : ''}>${escapeHtml(a.title)}</a>` +
        (a.english ? `<span class="ts-lang"> (${escapeHtml(s.inEnglish)})</span>` : '') +
        '</li>',
    );
    parts.push(
      `<nav class="ts-related" aria-labelledby="ts-related"><h3 id="ts-related">${escapeHtml(s.related)}</h3><ul>${items.join('')}</ul></nav>`,
    );
  }
  if (model.queue) parts.push(handoffContactsHtml(model.queue, s, links.mailto));
  return `<section class="ts-step ts-kind-${model.kind}" id="ts-step" aria-labelledby="ts-heading">${parts.join('')}</section>`;
}

/** Everything inside the troubleshooter's frame: progress, status line, the step, back and start over. */
export function stepBodyHtml(model: StepModel, s: TroubleshooterStrings, links: StepLinks): string {
  return (
    `<p class="ts-progress" id="ts-progress">${escapeHtml(model.progress)}</p>` +
    '<p class="notice" id="ts-notice" role="status"></p>' +
    stepSectionHtml(model, s, links) +
    `<div class="ts-controls"><button type="button" class="secondary" id="ts-back" hidden>${escapeHtml(s.back)}</button>` +
    `<a class="button secondary" id="ts-restart" href="${escapeHtml(links.restart)}"${links.atStart ? ' hidden' : ''}>${escapeHtml(s.startOver)}</a></div>`
  );
}
