/**
 * What a troubleshooter step shows, decided once for both renderers: the
 * prerendered page (Astro) and the island (DOM). Which heading, which text is
 * an English fallback (and so gets lang="en"), the answers, the cited
 * articles and, at a handoff, the queue. Browser-safe.
 */
import type { StepView } from '../flows/walk.ts';
import { fill } from '../handoff/field-validation.ts';
import type { ArticleLink, PublicQueue, TroubleshooterData } from './troubleshooter-data.ts';

/** `lang` of a text shown in English on a page in another language. */
export type FallbackLang = 'en' | undefined;

/** One step, ready to render. */
export interface StepModel {
  kind: StepView['kind'];
  progress: string;
  heading: string;
  headingLang: FallbackLang;
  /** The node's text under a heading (steps, resolutions, handoffs); questions are their own heading. */
  text?: string;
  textLang: FallbackLang;
  /** True when part of this step is English in a translated flow: the page says so. */
  partlyEnglish: boolean;
  options: Array<{ index: number; number: number; label: string; lang: FallbackLang }>;
  articles: Array<ArticleLink & { id: string }>;
  queue?: PublicQueue & { id: string };
  collect: string[];
}

/** The model of the step `view` shows, with the page's data. */
export function stepModel(data: TroubleshooterData, view: StepView): StepModel {
  const s = data.strings;
  const parts = data.english[view.state];
  const lang = (english: boolean | undefined): FallbackLang => (data.flowInEnglish || english ? 'en' : undefined);
  const textLang = lang(parts?.text);
  const headings = { question: '', step: s.tryThis, resolution: s.resolved, handoff: s.handoff };
  const question = view.kind === 'question';
  const model: StepModel = {
    kind: view.kind,
    progress: fill(s.step, { n: view.progress.step }),
    heading: question ? view.text : headings[view.kind],
    headingLang: question ? textLang : undefined,
    textLang,
    partlyEnglish: !data.flowInEnglish && parts !== undefined,
    options: view.options.map((o) => ({ ...o, lang: lang(parts?.options?.includes(o.index)) })),
    articles: view.articles.flatMap((id) => {
      const link = data.articles[id];
      return link ? [{ id, ...link }] : [];
    }),
    collect: view.collect ?? [],
  };
  if (!question) model.text = view.text;
  const queue = view.queue === undefined ? undefined : data.queues[view.queue];
  if (view.queue !== undefined && queue) model.queue = { id: view.queue, ...queue };
  return model;
}

/** Splits a node's text into paragraphs at blank lines. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n/u).map((p) => p.trim()).filter((p) => p !== '');
}
