/**
 * How one search result looks, in the box's list and on the search page:
 * its title with the matched words marked, its type, and a snippet. Text
 * from the index only ever becomes text nodes and <mark> elements built
 * here; nothing is parsed as HTML.
 */
import type { SearchStrings } from '../../core/i18n/search-strings.ts';
import type { SearchHit, Searcher } from '../../core/search/searcher.ts';
import { snippetParts, type SnippetPart } from '../../core/search/snippet.ts';
import { h } from './dom.ts';

/** Snippet length in the box under the field and on the search page. */
export const SNIPPET_LENGTH = { popup: 120, page: 220 } as const;

/** Text runs as nodes: matched runs in <mark>. */
export function markedText(parts: readonly SnippetPart[]): Node[] {
  return parts.map((p) => (p.match ? h('mark', {}, p.text) : document.createTextNode(p.text)));
}

/** The hit's title with the words that matched it marked. */
export function markedTitle(hit: SearchHit): Node[] {
  return markedText(snippetParts(hit.title, hit.matches, Number.MAX_SAFE_INTEGER));
}

/** "Article" or "Guided troubleshooting". */
export function typeLabel(hit: SearchHit, strings: SearchStrings): HTMLElement {
  return h('span', { class: `search-type search-type-${hit.type}` }, hit.type === 'flow' ? strings.troubleshooter : strings.article);
}

/** An empty snippet element, filled by `fillSnippet` when the hit's text arrives. */
export function snippetSlot(tag: 'span' | 'p'): HTMLElement {
  return h(tag, { class: 'search-snippet' });
}

/**
 * Fetches the hit's snippet and puts it into `slot`, unless `stillWanted`
 * says the results were replaced meanwhile. Never rejects.
 */
export async function fillSnippet(
  searcher: Searcher,
  hit: SearchHit,
  slot: HTMLElement,
  length: number,
  stillWanted: () => boolean,
): Promise<void> {
  const parts = await searcher.snippetParts(hit, length).catch(() => []);
  if (stillWanted()) slot.replaceChildren(...markedText(parts));
}

/** A copy of the contact options the page rendered into `<template>` (empty when it has none). */
export function contactsFrom(template: HTMLTemplateElement | null): Node[] {
  return template ? [template.content.cloneNode(true)] : [];
}
