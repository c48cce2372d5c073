/**
 * Which texts of a flow are translated into each locale, and which
 * translations are stale: a locale's text is stale when a line of its
 * English text was committed after every line of the translation (dated per
 * line, from git blame).
 */
import type { YamlPath } from '../flows/parse-yaml.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locales.ts';
import type { LocaleLines, LocalizedTextPlace } from './_localized-texts.ts';
import { compareRevisions, newerRevision, type Revision } from './revision.ts';
import type { TranslationState } from './translation-state.ts';

/** What git blame says of the lines of a flow file. */
export type LineHistory =
  /** Every line comes from one commit: nothing can be stale. */
  | { kind: 'uniform' }
  /** The commit of each line (index = line - 1); undefined for a line not committed yet. */
  | { kind: 'lines'; revisions: ReadonlyArray<Revision | undefined> }
  /** The file has uncommitted changes. */
  | { kind: 'uncommitted' }
  /** No git, or no history for the file. */
  | { kind: 'unknown' };

/** A flow, as the matrix needs it. */
export interface FlowForTranslation {
  id: string;
  file: string;
  texts: readonly LocalizedTextPlace[];
  /** The locales the flow is offered in: its `locales:`, else those of its title. */
  locales: readonly Locale[];
  lines: LineHistory;
}

/** One text of a flow, for messages. */
export interface FlowTextRef {
  /** The path of the text, dotted: `nodes.restart.text`. */
  path: string;
  /** What a writer calls it: `"text" of node "restart"`. */
  label: string;
  /** The node the text belongs to, if any. */
  node?: string;
  /** Where to edit: the locale's key when stale, the text's key when missing. */
  line: number;
  column: number;
}

/** A stale text, with the English change it has not followed. */
export interface StaleFlowText extends FlowTextRef {
  sourceRevision: Revision;
  translationRevision: Revision;
}

/** One flow in one locale. */
export interface FlowTranslationCell {
  state: TranslationState;
  missing: FlowTextRef[];
  stale: StaleFlowText[];
}

/** One flow in every locale. */
export interface FlowTranslationRow {
  id: string;
  file: string;
  /** How many translatable texts the flow has. */
  texts: number;
  /** The locales the flow is offered in. */
  locales: Locale[];
  cells: Record<Locale, FlowTranslationCell>;
}

/** `"text" of node "restart"`, `"label" of answer 2 of node "where"`, `"title"`. */
export function describeTextPath(path: YamlPath): string {
  const field = `"${String(path[path.length - 1])}"`;
  if (path[0] === 'nodes' && typeof path[1] === 'string') {
    if (path[2] === 'options' && typeof path[3] === 'number') return `${field} of answer ${path[3] + 1} of node "${path[1]}"`;
    return `${field} of node "${path[1]}"`;
  }
  return path.length === 1 ? field : `${field} at ${path.join('.')}`;
}

type Dated = Revision | 'uncommitted' | undefined;

/** The newest commit of a range of lines; `source` leaves out commits that say translations are unaffected. */
function newestOf(revisions: ReadonlyArray<Revision | undefined>, range: LocaleLines, source: boolean): Dated {
  let newest: Revision | undefined;
  for (let line = range.first; line <= range.last; line++) {
    const revision = revisions[line - 1];
    if (!revision) return 'uncommitted';
    if (source && revision.quiet) continue;
    newest = newest ? newerRevision(newest, revision) : revision;
  }
  return newest;
}

const overlaps = (a: LocaleLines, b: LocaleLines) => a.first <= b.last && b.first <= a.last;

type Staleness = { state: 'current' | 'unknown' } | { state: 'stale'; source: Revision; translation: Revision };

function stalenessOf(en: LocaleLines, own: LocaleLines, lines: LineHistory): Staleness {
  if (lines.kind === 'uniform') return { state: 'current' };
  if (lines.kind !== 'lines') return { state: 'unknown' };
  // Written on one line ({ en: ..., da: ... }), a change to either looks like a change to both.
  if (overlaps(en, own)) return { state: 'current' };
  const source = newestOf(lines.revisions, en, true);
  const translation = newestOf(lines.revisions, own, false);
  if (source === 'uncommitted' || translation === 'uncommitted') return { state: 'unknown' };
  if (source && translation && compareRevisions(source, translation) > 0) return { state: 'stale', source, translation };
  return { state: 'current' };
}

function refOf(place: LocalizedTextPlace, at: { line: number; column: number }): FlowTextRef {
  const node = place.path[0] === 'nodes' && typeof place.path[1] === 'string' ? place.path[1] : undefined;
  return {
    path: place.path.join('.'),
    label: describeTextPath(place.path),
    ...(node ? { node } : {}),
    line: at.line,
    column: at.column,
  };
}

/** The translation state of every text of a flow in every locale. */
export function flowTranslations(flow: FlowForTranslation): FlowTranslationRow {
  const cells = {} as Record<Locale, FlowTranslationCell>;
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) {
      cells[locale] = { state: 'source', missing: [], stale: [] };
      continue;
    }
    const missing: FlowTextRef[] = [];
    const stale: StaleFlowText[] = [];
    let unknown = 0;
    for (const place of flow.texts) {
      const own = place.locales.get(locale);
      if (!own) {
        missing.push(refOf(place, place));
        continue;
      }
      const en = place.locales.get(DEFAULT_LOCALE);
      if (!en) continue;
      const result = stalenessOf(en, own, flow.lines);
      if (result.state === 'stale') {
        stale.push({ ...refOf(place, own), sourceRevision: result.source, translationRevision: result.translation });
      } else if (result.state === 'unknown') {
        unknown++;
      }
    }
    const state: TranslationState =
      stale.length > 0 ? 'stale' : missing.length > 0 ? 'missing' : unknown > 0 ? 'unknown' : 'current';
    cells[locale] = { state, missing, stale };
  }
  return { id: flow.id, file: flow.file, texts: flow.texts.length, locales: [...flow.locales], cells };
}
