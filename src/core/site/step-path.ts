/**
 * How a troubleshooter step is named in a URL. A static step page is keyed by
 * the state and the variables stored so far, because branches depend on them:
 * /en/troubleshoot/internet-down/restart-router/line-type=fibre/. The answers
 * a walk gave travel in the query (`?a=0.2.1`), so a reload can replay them.
 * Browser-safe: the troubleshooter island imports this file.
 */
import type { Locale } from '../locales.ts';
import { flowUrl } from './urls.ts';

/** A step page: a resting state and the variables stored when it is reached. */
export interface StepKey {
  state: string;
  vars: Record<string, string>;
}

/** The walk a URL's query describes. */
export interface AnswerQuery {
  /** Answer indexes from the flow's start. */
  answers: number[];
  /** How many leading answers a deep link implied: the customer did not give them. */
  implied: number;
}

/**
 * The variables as path segments, sorted by name: `line-type=fibre`.
 * Sub-flow variables (`sign-in/method`) are written with a dot (`sign-in.method`)
 * because ids never contain dots and a slash would start a new segment.
 */
export function varSegments(vars: Readonly<Record<string, string>>): string[] {
  return Object.keys(vars)
    .sort()
    .map((name) => `${name.replaceAll('/', '.')}=${encodeURIComponent(vars[name] ?? '')}`);
}

/** The part of a step URL after the flow id: `restart-router/line-type=fibre`. */
export function stepPathOf(key: StepKey): string {
  return [key.state, ...varSegments(key.vars)].join('/');
}

/** A stable identity of a step page, for maps and sets. */
export function stepKeyId(key: StepKey): string {
  return stepPathOf(key);
}

/** True when both keys name the same state with the same variables. */
export function sameStep(a: StepKey, b: StepKey): boolean {
  return stepKeyId(a) === stepKeyId(b);
}

/**
 * The URL of a step page. The step a walk starts at, before any answer,
 * is the troubleshooter's own URL: /en/troubleshoot/internet-down/.
 */
export function stepUrl(locale: Locale, flowId: string, key: StepKey, initial: StepKey): string {
  return sameStep(key, initial) ? flowUrl(locale, flowId) : flowUrl(locale, flowId, stepPathOf(key));
}

/**
 * Reads the segments after the flow id back into a step key: segments without
 * `=` name the state (nested for sub-flows), the segments after them are
 * variables. `undefined` for no state, a variable before the state ends, or a
 * malformed variable.
 */
export function parseStepPath(segments: readonly string[]): StepKey | undefined {
  const parts = segments.filter((s) => s !== '');
  const firstVar = parts.findIndex((s) => s.includes('='));
  const stateParts = firstVar === -1 ? parts : parts.slice(0, firstVar);
  if (stateParts.length === 0) return undefined;
  const vars: Record<string, string> = {};
  for (const segment of firstVar === -1 ? [] : parts.slice(firstVar)) {
    const eq = segment.indexOf('=');
    if (eq <= 0) return undefined;
    let value: string;
    try {
      value = decodeURIComponent(segment.slice(eq + 1));
    } catch {
      return undefined;
    }
    vars[segment.slice(0, eq).replaceAll('.', '/')] = value;
  }
  return { state: stateParts.join('/'), vars };
}

/** The query of a walk: `a=0.2.1`, plus `o=2` when a deep link implied the first two answers. */
export function formatAnswerQuery({ answers, implied }: AnswerQuery): string {
  if (answers.length === 0) return '';
  return implied > 0 ? `?a=${answers.join('.')}&o=${implied}` : `?a=${answers.join('.')}`;
}

/**
 * Reads `a` and `o` from a URL query. `undefined` when there is no `a`;
 * `null` when it is there but malformed (not dot-separated answer numbers 0..8,
 * or an `o` that is not a count within them).
 */
export function parseAnswerQuery(search: string): AnswerQuery | null | undefined {
  const params = new URLSearchParams(search);
  const raw = params.get('a');
  if (raw === null) return undefined;
  if (raw === '') return { answers: [], implied: 0 };
  if (!/^[0-8](?:\.[0-8]){0,249}$/.test(raw)) return null;
  const answers = raw.split('.').map(Number);
  const rawImplied = params.get('o') ?? '0';
  const implied = /^\d{1,3}$/.test(rawImplied) ? Number(rawImplied) : -1;
  if (implied < 0 || implied > answers.length) return null;
  return { answers, implied };
}

/** The JSON the troubleshooter island loads for a flow in a locale: /en/troubleshoot/internet-down.json */
export function flowDataUrl(locale: Locale, flowId: string): string {
  return `/${locale}/troubleshoot/${flowId}.json`;
}
