/**
 * Generates troubleshooting flows for benchmarks: trees of 10–60 nodes with
 * every kind of node, variables set by answers and read by branches and
 * `when`, article links, handoffs to the queues of the generated handoff
 * file (see generate-handoff.ts), and sub-flows (about one flow in five goes
 * into another, never in a loop). Text is in the made-up vocabularies of
 * generate-corpus.ts, English always and each other locale for ~80% of
 * flows. Deterministic for a seed; every flow passes `kb check` without
 * errors (some texts lack a translation on purpose: warnings).
 */
import { ARTICLE_CATEGORIES, type ArticleCategory } from '../../src/core/content/article-schema.ts';
import { SCHEMA_REF_LINE } from '../../src/core/flows/check-flows.ts';
import { ID_PATTERN } from '../../src/core/flows/schema.ts';
import { flowKeyOf } from '../../src/core/handoff/case-code.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/core/locales.ts';
import { seededRandom } from '../seeded-random.ts';
import { buildFlow, type SubflowTarget } from './build-flow.ts';
import { buildVocabulary, drawTopic, textWriter, type Vocabulary } from './generate-corpus.ts';
import { toYaml, type YamlValue } from './to-yaml.ts';

/** Options of `generateFlows` and `generateFlowIds`. */
export interface GenerateFlowsOptions {
  count: number;
  seed?: number;
  /** Keys of public articles that nodes may cite (none when empty). */
  articleKeys?: readonly string[];
  /** Locales flows may be written in; English is always one. Default: all six. */
  locales?: readonly Locale[];
}

/** A generated flow: its id, the text of flows/<id>.yaml and its number of nodes. */
export interface GeneratedFlow {
  id: string;
  yaml: string;
  nodes: number;
}

interface FlowPlan {
  id: string;
  category: ArticleCategory;
}

/** The seed of flow `index`'s own random stream, so a flow does not change when an earlier one does. */
function flowSeed(seed: number, index: number): number {
  return (Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
}

function localesOf(options: GenerateFlowsOptions): Locale[] {
  const locales = options.locales ?? LOCALES;
  return [DEFAULT_LOCALE, ...locales.filter((l) => l !== DEFAULT_LOCALE)];
}

let lastVocabularies: { key: string; value: Map<Locale, Vocabulary> } | undefined;

/**
 * The vocabularies generate-corpus.ts builds for the same seed and locales,
 * so flows and articles share words. The last ones are kept: `generateFlowIds`
 * and `generateFlows` ask for the same.
 */
function vocabularies(seed: number, locales: readonly Locale[]): Map<Locale, Vocabulary> {
  const key = `${seed}:${locales.join(',')}`;
  if (lastVocabularies?.key !== key) {
    const next = seededRandom(seed);
    lastVocabularies = { key, value: new Map(locales.map((l) => [l, buildVocabulary(l, next)])) };
  }
  return lastVocabularies.value;
}

/** Distinct flow ids from English lemmas, with distinct case-code keys (see `flowKeyOf`). */
function planFlows(count: number, seed: number, en: Vocabulary): FlowPlan[] {
  const next = seededRandom(flowSeed(seed, -2));
  const plans: FlowPlan[] = [];
  const ids = new Set<string>();
  const keys = new Set<number>();
  while (plans.length < count) {
    const category = ARTICLE_CATEGORIES[Math.floor(next() * ARTICLE_CATEGORIES.length)]!;
    const [a, b] = drawTopic(en, next);
    const id = (next() < 0.5 ? [category, a, b] : [a, b]).join('-');
    if (!ID_PATTERN.test(id) || id.length > 60 || ids.has(id) || keys.has(flowKeyOf(id))) continue;
    ids.add(id);
    keys.add(flowKeyOf(id));
    plans.push({ id, category });
  }
  return plans;
}

/** The ids `generateFlows` gives its flows for the same count and seed, without building them. */
export function generateFlowIds(options: GenerateFlowsOptions): string[] {
  const seed = options.seed ?? 1;
  const en = vocabularies(seed, localesOf(options)).get(DEFAULT_LOCALE)!;
  return planFlows(options.count, seed, en).map((p) => p.id);
}

/**
 * Generates `count` flows. The last tenth are shared procedures (such as
 * signing in) of 10–25 nodes that go into no other flow; about one other
 * flow in five goes into one or two of them, so sub-flows never loop and
 * never nest.
 */
export function generateFlows(options: GenerateFlowsOptions): GeneratedFlow[] {
  const seed = options.seed ?? 1;
  const locales = localesOf(options);
  const vocab = vocabularies(seed, locales);
  const plans = planFlows(options.count, seed, vocab.get(DEFAULT_LOCALE)!);
  const library = Math.min(Math.max(2, Math.ceil(plans.length / 10)), Math.max(plans.length - 1, 0));
  const targets: SubflowTarget[] = new Array(plans.length);
  const out: GeneratedFlow[] = new Array(plans.length);
  // Built last to first, so the shared procedures exist when the flows that go into them are built.
  for (let i = plans.length - 1; i >= 0; i--) {
    const plan = plans[i]!;
    const next = seededRandom(flowSeed(seed, i));
    const flowLocales = [DEFAULT_LOCALE, ...locales.slice(1).filter(() => next() < 0.8)];
    const writers = new Map(flowLocales.map((l) => [l, textWriter(l, vocab.get(l)!, next)]));
    const shared = i >= plans.length - library;
    // The first flow always goes into one, so even a small corpus has a sub-flow.
    const into = !shared && (i === 0 || next() < 0.22) ? targets.slice(plans.length - library) : [];
    const { flow, entries } = buildFlow({
      id: plan.id,
      category: plan.category,
      next,
      locales: flowLocales,
      writers,
      articleKeys: options.articleKeys ?? [],
      subflowTargets: into,
      shared,
    });
    targets[i] = { id: plan.id, entries };
    out[i] = {
      id: plan.id,
      yaml: toYaml(flow as unknown as Record<string, YamlValue>, SCHEMA_REF_LINE),
      nodes: Object.keys(flow.nodes).length,
    };
  }
  return out;
}
