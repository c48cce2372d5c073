/**
 * The compiled form of a flow: an xstate machine config without any text,
 * a description of each resting state, and the text in separate per-locale
 * tables so a page can ship only the locale it shows. All plain JSON.
 */
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import type { ConditionAst, FlowMachineConfig } from './machine-runtime.ts';

/** The kinds of state a walk can rest in. */
export type RestingKind = 'question' | 'step' | 'resolution' | 'handoff';

/** One answer of a resting state: the state it leads to and when it is shown. */
export interface CompiledOption {
  next: string;
  when?: ConditionAst;
}

/** A resting state of a compiled flow, without its text. */
export interface CompiledState {
  kind: RestingKind;
  /** The flow the node is written in (a sub-flow's id for inlined states). */
  flow: string;
  /** The node id in that flow. */
  node: string;
  /** Answers (questions) or outcomes [fixed, not-fixed] (steps); empty for terminal states. */
  options: CompiledOption[];
  articles: string[];
  queue?: string;
  collect?: string[];
}

/** The text of one state in one locale. */
export interface StateText {
  text: string;
  /** Answer labels, in answer order. */
  options: string[];
  /** What a representative says. Representatives only. */
  script?: string;
  /** Internal note. Representatives only. */
  note?: string;
  /** Why a handoff happens. */
  reason?: string;
  /** True when some of this text is missing in the locale and shown in English. */
  fallback?: boolean;
}

/** A flow compiled for the walker, the site and the CLI. */
export interface CompiledFlow {
  id: string;
  version: number;
  /** The state the walk starts in (a branch when the flow starts with one). */
  start: string;
  locales: Locale[];
  machine: FlowMachineConfig;
  /** Every resting state by state id (`node`, or `subflow-node/node` for inlined sub-flows). */
  states: Record<string, CompiledState>;
  text: Partial<Record<Locale, Record<string, StateText>>>;
  title: Partial<Record<Locale, string>>;
  summary: Partial<Record<Locale, string>>;
  tags: string[];
  keywords: Partial<Record<Locale, string[]>>;
}

/**
 * The text table of one locale: the locale's own table, else the default
 * locale's, else the first there is.
 */
export function textFor(compiled: CompiledFlow, locale: Locale): Record<string, StateText> {
  return compiled.text[locale] ?? compiled.text[DEFAULT_LOCALE] ?? Object.values(compiled.text)[0] ?? {};
}

/**
 * The compiled flow with only one locale's text, title, summary and keywords,
 * for a page that shows that locale alone.
 */
export function onlyLocale(compiled: CompiledFlow, locale: Locale): CompiledFlow {
  const pick = <T>(table: Partial<Record<Locale, T>>): Partial<Record<Locale, T>> => {
    const value = table[locale] ?? table[DEFAULT_LOCALE];
    return value === undefined ? {} : { [locale]: value };
  };
  return {
    ...compiled,
    locales: [locale],
    text: { [locale]: textFor(compiled, locale) },
    title: pick(compiled.title),
    summary: pick(compiled.summary),
    keywords: pick(compiled.keywords),
  };
}

/**
 * The compiled flow without representatives' text: every `script` and
 * `note` removed. The public site ships this.
 */
export function stripAgentText(compiled: CompiledFlow): CompiledFlow {
  const text: CompiledFlow['text'] = {};
  for (const [locale, table] of Object.entries(compiled.text) as Array<[Locale, Record<string, StateText>]>) {
    const stripped: Record<string, StateText> = {};
    for (const [state, entry] of Object.entries(table)) {
      const { script: _script, note: _note, ...rest } = entry;
      stripped[state] = rest;
    }
    text[locale] = stripped;
  }
  return { ...compiled, text };
}
