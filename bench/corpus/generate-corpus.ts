/**
 * Generates a knowledge base of synthetic articles for benchmarks: Markdown
 * files with our frontmatter in <outDir>/content/<locale>/<category>/<key>.md,
 * so <outDir> reads like a project root. Deterministic for a seed.
 *
 * The text is not real language, but it has the statistics search cares
 * about: each locale's letters (æøå, äöüß, ąčęėįšųūž…), word lengths and
 * inflection endings (so stemmers have work to do); a Zipf-distributed
 * vocabulary of 20,000 lemmas per locale; real function words (~40% of
 * tokens); and bursty topic words, as real articles repeat their subject.
 * Articles have 150–600 words, headings, lists and internal links.
 *
 * By default every article has a key of its own, dealt out over the locales
 * (what the search benchmark measures). With `translated`, keys are written
 * in English and translated, as a real help centre's are.
 *
 *   node bench/corpus/generate-corpus.ts --out /tmp/corpus [--articles 10000] [--seed 1] [--translated]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_CATEGORIES } from '../../src/core/content/article-schema.ts';
import { ID_PATTERN } from '../../src/core/flows/schema.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/core/locales.ts';
import { seededRandom } from '../seeded-random.ts';
import { benchArgs } from '../bench-args.ts';

export { seededRandom };

interface LanguageModel {
  onsets: string[];
  vowels: string[];
  codas: string[];
  /** Inflection endings with their relative frequency. */
  endings: Array<[string, number]>;
  /** Common function words, most frequent first. */
  functionWords: string[];
  /** Syllables per lemma, min and max. */
  syllables: [number, number];
  /** Share of lemmas that are compounds of two others (German, Finnish, Nordic). */
  compounds: number;
}

const w = (s: string) => s.split(' ');

const MODELS: Record<Locale, LanguageModel> = {
  en: {
    onsets: w('b c d f g h l m n p r s t w st pr tr ch sh th cl bl gr sp'),
    vowels: w('a e i o u ea ou io ee ai'),
    codas: ['', ...w('n r s t l nd st ct ng rt ck m')],
    endings: [['', 50], ['s', 18], ['ed', 8], ['ing', 8], ['er', 4], ['ion', 3], ['ly', 2], ['ment', 2], ['ers', 2]],
    functionWords: w('the to and a of you your in is for it on with that this if or can be are we not from at as by have will when our'),
    syllables: [1, 3],
    compounds: 0,
  },
  da: {
    onsets: w('b d f g h k l m n p r s t v sk st tr fl kl gr br sp bl'),
    vowels: w('a e i o u y æ ø å ie'),
    codas: ['', ...w('n r s t l nd ld rt k g ng st')],
    endings: [['', 40], ['en', 12], ['er', 10], ['et', 8], ['erne', 5], ['ene', 4], ['e', 8], ['ing', 4], ['ingen', 3], ['s', 3]],
    functionWords: w('og i at er det du en til på de med for ikke der som har den af kan vi din eller hvis når et så fra om dit skal'),
    syllables: [1, 3],
    compounds: 0.12,
  },
  de: {
    onsets: w('b d f g h k l m n p r s t w z sch st sp tr gr br kl pf fr'),
    vowels: w('a e i o u ä ö ü ei au ie eu'),
    codas: ['', ...w('n r s t l nd ng ch cht rt st tz ß')],
    endings: [['', 35], ['en', 14], ['e', 10], ['er', 8], ['es', 5], ['ung', 5], ['ungen', 4], ['n', 5], ['s', 4], ['em', 3]],
    functionWords: w('und die der sie das zu ist ein in nicht mit den es auf für ihr ihre wir oder wenn eine dem auch an kann wird bei von im uns'),
    syllables: [1, 3],
    compounds: 0.2,
  },
  fi: {
    onsets: ['', ...w('k t p s h l m n r v j')],
    vowels: w('a e i o u y ä ö aa ii uu ää ai ei ie uo'),
    codas: ['', '', ...w('n s t l r k')],
    endings: [['', 30], ['n', 14], ['a', 8], ['ä', 4], ['ssa', 6], ['sta', 5], ['lla', 5], ['lle', 4], ['ksi', 3], ['t', 6], ['ni', 3], ['si', 3], ['mme', 2], ['ja', 3], ['ssä', 3]],
    functionWords: w('ja on ei se että kun tai jos voit sinun mutta myös niin kuin vain sitä ovat oli ole tämä sen jotta joka mitä nyt vielä sekä kanssa kaikki jo'),
    syllables: [2, 4],
    compounds: 0.15,
  },
  sv: {
    onsets: w('b d f g h k l m n p r s t v sk st tr fl kl gr br sp sj kv'),
    vowels: w('a e i o u y å ä ö'),
    codas: ['', ...w('n r s t l nd ng rt k g st ck')],
    endings: [['', 40], ['en', 12], ['et', 8], ['er', 8], ['ar', 6], ['or', 5], ['na', 5], ['erna', 4], ['arna', 3], ['ade', 3], ['s', 3]],
    functionWords: w('och att det i en du som är på för med inte har till den av om kan vi ett eller när din så från de ditt ska man sin'),
    syllables: [1, 3],
    compounds: 0.12,
  },
  lt: {
    onsets: w('b d g k l m n p r s t v ž š č j pr tr kr st sk gr br'),
    vowels: w('a e i o u ą ę ė į ų ū y ie uo ai au'),
    codas: ['', '', ...w('n r s l k t m')],
    endings: [['as', 14], ['o', 10], ['ui', 5], ['ą', 6], ['e', 6], ['ai', 6], ['ų', 7], ['ams', 3], ['uose', 3], ['is', 8], ['io', 5], ['į', 4], ['iu', 3], ['a', 10], ['os', 6], ['oje', 4], ['ti', 5], ['ia', 4], ['ė', 4]],
    functionWords: w('ir kad į su iš jei kai jūsų tai yra ar bet per nuo prie po dėl kaip ne o jūs mes tik jau dar kur kas arba nes taip'),
    syllables: [2, 3],
    compounds: 0,
  },
};

const LEMMAS = 20_000;
/** Article and flow tags. */
export const TAGS = w('router wifi invoice payment roaming sim password delivery return moving fibre mobile-data account refund speed');

/** Picks from `[item, weight]` pairs. */
function weighted<T>(pairs: ReadonlyArray<readonly [T, number]>, next: () => number): T {
  const total = pairs.reduce((s, [, wt]) => s + wt, 0);
  let r = next() * total;
  for (const [item, wt] of pairs) if ((r -= wt) < 0) return item;
  return pairs[pairs.length - 1]![0];
}

const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)]!;

/** A locale's vocabulary: lemmas in frequency order and a Zipf sampler over their ranks. */
export interface Vocabulary {
  lemmas: string[];
  /** A lemma rank drawn from `next`, Zipf-distributed: low ranks are the common words. */
  zipf: (next: () => number) => number;
}

function vocabulary(model: LanguageModel, next: () => number): Vocabulary {
  const seen = new Set<string>();
  const lemmas: string[] = [];
  while (lemmas.length < LEMMAS) {
    const n = model.syllables[0] + Math.floor(next() * (model.syllables[1] - model.syllables[0] + 1));
    let lemma = '';
    for (let i = 0; i < n; i++) lemma += pick(model.onsets, next) + pick(model.vowels, next) + (i === n - 1 || next() < 0.3 ? pick(model.codas, next) : '');
    if (lemmas.length > 500 && next() < model.compounds) lemma = lemmas[Math.floor(next() * 500)]! + lemma;
    if (lemma.length < 2 || lemma.length > 24 || seen.has(lemma)) continue;
    seen.add(lemma);
    lemmas.push(lemma);
  }
  const cumulative = new Float64Array(LEMMAS);
  let sum = 0;
  for (let r = 0; r < LEMMAS; r++) cumulative[r] = sum += 1 / (r + 2);
  const zipf = (random: () => number) => {
    const target = random() * sum;
    let lo = 0;
    let hi = LEMMAS - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { lemmas, zipf };
}

/** `locale`'s vocabulary of 20,000 made-up lemmas with its letters and word lengths, drawn from `next`. */
export function buildVocabulary(locale: Locale, next: () => number): Vocabulary {
  return vocabulary(MODELS[locale], next);
}

/** Writes text in one locale's style about one topic, and counts the words it writes. */
export interface TextWriter {
  /** The topic's lemmas: the words this text keeps coming back to. */
  readonly topic: readonly string[];
  /** Tokens written by `sentence` since it was last set to 0. */
  words: number;
  /** An inflected word: a topic word with probability `topical`, else any word by frequency. */
  word(topical: number): string;
  /** A capitalised sentence of `min` to `max` tokens (~40% function words), without a full stop. */
  sentence(min: number, max: number, topical?: number): string;
}

/** Draws a topic: 8 lemmas of middling frequency (ranks 31 to ~3,000), as subjects of support articles are. */
export function drawTopic(vocab: Vocabulary, next: () => number): string[] {
  return Array.from({ length: 8 }, () => vocab.lemmas[30 + Math.floor(Math.exp(next() * Math.log(3000)))]!);
}

/** A writer of `locale` text on `topic` (drawn from `next` when not given). */
export function textWriter(locale: Locale, vocab: Vocabulary, next: () => number, topic: readonly string[] = drawTopic(vocab, next)): TextWriter {
  const model = MODELS[locale];
  const writer: TextWriter = {
    topic,
    words: 0,
    word(topical) {
      const lemma = next() < topical ? pick(topic, next) : vocab.lemmas[vocab.zipf(next)]!;
      return lemma + weighted(model.endings, next);
    },
    sentence(min, max, topical = 0.2) {
      const length = min + Math.floor(next() * (max - min + 1));
      const tokens: string[] = [];
      for (let i = 0; i < length; i++) {
        tokens.push(next() < 0.4 ? model.functionWords[Math.floor(next() ** 2 * model.functionWords.length)]! : writer.word(topical));
      }
      writer.words += length;
      const text = tokens.join(' ');
      return text.charAt(0).toUpperCase() + text.slice(1);
    },
  };
  return writer;
}

/**
 * The Markdown blocks of an article body of 150–600 words. `links` is either
 * a picker called for each of 1–3 links (placed at random), or the exact
 * keys to link to, all of which end up in the text.
 */
function articleBody(writer: TextWriter, next: () => number, links: (() => string) | readonly string[]): string[] {
  writer.words = 0;
  const target = 150 + Math.floor(next() * 451);
  const blocks: string[] = [];
  const fixed = typeof links !== 'function';
  let remaining = fixed ? links.length : 1 + Math.floor(next() * 3);
  const take = fixed ? () => links[links.length - remaining]! : links;
  while (writer.words < target) {
    const roll = next();
    if (roll < 0.15 && blocks.length > 0) blocks.push(`## ${writer.sentence(2, 5, 0.6)}`);
    else if (roll < 0.25) blocks.push(Array.from({ length: 2 + Math.floor(next() * 3) }, () => `- ${writer.sentence(3, 9)}.`).join('\n'));
    else {
      const sentences = Array.from({ length: 2 + Math.floor(next() * 4) }, () => `${writer.sentence(6, 16)}.`);
      if (remaining > 0 && next() < 0.5) {
        const other = take();
        sentences.push(`[${writer.sentence(2, 3)}](article:${other}).`);
        remaining--;
      }
      blocks.push(sentences.join(' '));
    }
  }
  if (fixed && remaining > 0) {
    blocks.push(links.slice(links.length - remaining).map((key) => `[${writer.sentence(2, 3)}](article:${key}).`).join(' '));
  }
  return blocks;
}

/** Options of `generateCorpus`. */
export interface GenerateCorpusOptions {
  /** The folder to write; it is emptied first. */
  outDir: string;
  /** Article files over all locales (default 10,000). */
  articles?: number;
  seed?: number;
  locales?: readonly Locale[];
  /**
   * Off (the default): `articles` distinct keys, dealt out over the locales in
   * turn. On: keys written in English and translated into each other locale
   * with ~90% probability, translations sharing key, category, tags and
   * links, until there are `articles` files; ~5% of keys are for
   * representatives only, and some list related articles and flows.
   */
  translated?: boolean;
  /** Flow ids articles may offer in `flows:` (translated layout only). */
  flowIds?: readonly string[];
}

/** An article written by `generateCorpus`. */
export interface GeneratedArticle {
  locale: Locale;
  key: string;
  category: string;
  audience: 'public' | 'agent';
  title: string;
  file: string;
  words: number;
}

/** What one key of the translated layout shares across its translations. */
interface PlannedKey {
  key: string;
  category: string;
  tags: string[];
  audience: 'public' | 'agent';
  locales: Locale[];
  topic: string[];
  links: string[];
  related: string[];
  flows: string[];
}

function writeArticle(outDir: string, locale: Locale, category: string, key: string, frontmatter: string[], blocks: string[]): string {
  const file = join(outDir, 'content', locale, category, `${key}.md`);
  mkdirSync(join(outDir, 'content', locale, category), { recursive: true });
  writeFileSync(file, `${['---', ...frontmatter, '---'].join('\n')}\n\n${blocks.join('\n\n')}\n`);
  return file;
}

/** Writes the corpus and returns what it wrote. */
export function generateCorpus(options: GenerateCorpusOptions): GeneratedArticle[] {
  const next = seededRandom(options.seed ?? 1);
  const locales = options.locales ?? LOCALES;
  const total = options.articles ?? 10_000;
  rmSync(options.outDir, { recursive: true, force: true });
  const vocabularies = new Map(locales.map((l) => [l, vocabulary(MODELS[l], next)]));
  if (options.translated) return generateTranslated(options, next, vocabularies, locales, total);
  const keys = Array.from({ length: total }, (_, i) => `kb-${String(i).padStart(5, '0')}`);
  const written: GeneratedArticle[] = [];

  for (let n = 0; n < total; n++) {
    const locale = locales[n % locales.length]!;
    const writer = textWriter(locale, vocabularies.get(locale)!, next);
    const title = writer.sentence(3, 7, 0.7).slice(0, 120);
    const summary = `${writer.sentence(10, 22, 0.4)}.`.slice(0, 300);
    const blocks = articleBody(writer, next, () => keys[(n + locales.length * (1 + Math.floor(next() * 50))) % total]!);
    const category = pick(ARTICLE_CATEGORIES, next);
    const key = keys[n]!;
    const tags = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(TAGS, next)))];
    const frontmatter = [
      `title: ${JSON.stringify(title)}`,
      `summary: ${JSON.stringify(summary)}`,
      `key: ${key}`,
      `category: ${category}`,
      `tags: [${tags.join(', ')}]`,
    ];
    const file = writeArticle(options.outDir, locale, category, key, frontmatter, blocks);
    written.push({ locale, key, category, audience: 'public', title, file, words: writer.words });
  }
  return written;
}

/** A kebab-case key from the first lemmas of an English topic, or undefined when they are not plain a–z. */
function keyFromTopic(topic: readonly string[], words: number): string | undefined {
  const key = topic.slice(0, words).join('-');
  return ID_PATTERN.test(key) ? key : undefined;
}

/** Up to `count` distinct keys from `candidates` (tried in order) that `accept` lets through. */
function distinctKeys(count: number, candidates: () => string, accept: (key: string) => boolean, tries = count * 4): string[] {
  const out = new Set<string>();
  for (let i = 0; i < tries && out.size < count; i++) {
    const key = candidates();
    if (accept(key)) out.add(key);
  }
  return [...out];
}

/** The translated layout of `generateCorpus`: plans every key first, so links can point at any of them. */
function generateTranslated(
  options: GenerateCorpusOptions,
  next: () => number,
  vocabularies: ReadonlyMap<Locale, Vocabulary>,
  locales: readonly Locale[],
  total: number,
): GeneratedArticle[] {
  const original = locales.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : locales[0]!;
  const others = locales.filter((l) => l !== original);
  const plans: PlannedKey[] = [];
  const used = new Set<string>();
  for (let files = 0; files < total; ) {
    const inLocales = [original, ...others.filter(() => next() < 0.9)].slice(0, total - files);
    files += inLocales.length;
    const topic = drawTopic(vocabularies.get(original)!, next);
    const base = keyFromTopic(topic, 2 + Math.floor(next() * 2)) ?? `kb-${String(plans.length).padStart(5, '0')}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    plans.push({
      key,
      category: pick(ARTICLE_CATEGORIES, next),
      tags: [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(TAGS, next)))],
      audience: next() < 0.05 ? 'agent' : 'public',
      locales: inLocales,
      topic,
      links: [],
      related: [],
      flows: [],
    });
  }
  // Links, related articles and flows, now that every key is known. Public articles name only public ones.
  const isPublic = new Set(plans.filter((p) => p.audience === 'public').map((p) => p.key));
  const flowIds = options.flowIds ?? [];
  plans.forEach((plan, i) => {
    const nearby = () => plans[(i + 1 + Math.floor(next() * 50)) % plans.length]!.key;
    const allowed = (key: string) => key !== plan.key && (plan.audience === 'agent' || isPublic.has(key));
    plan.links = distinctKeys(1 + Math.floor(next() * 3), nearby, allowed);
    if (next() < 0.3) plan.related = distinctKeys(1 + Math.floor(next() * 3), nearby, (key) => key !== plan.key && isPublic.has(key));
    if (flowIds.length > 0 && next() < 0.15) plan.flows = [pick(flowIds, next)];
  });

  const written: GeneratedArticle[] = [];
  for (const plan of plans) {
    for (const locale of plan.locales) {
      const writer = textWriter(locale, vocabularies.get(locale)!, next, locale === original ? plan.topic : undefined);
      const title = writer.sentence(3, 7, 0.7).slice(0, 120).trim();
      const summary = `${writer.sentence(10, 22, 0.4)}.`.slice(0, 300);
      const blocks = articleBody(writer, next, plan.links);
      const frontmatter = [
        `title: ${JSON.stringify(title)}`,
        `summary: ${JSON.stringify(summary)}`,
        `key: ${plan.key}`,
        `category: ${plan.category}`,
        `tags: [${plan.tags.join(', ')}]`,
        ...(plan.audience === 'agent' ? ['audience: agent'] : []),
        ...(plan.related.length > 0 ? [`related: [${plan.related.join(', ')}]`] : []),
        ...(plan.flows.length > 0 ? [`flows: [${plan.flows.join(', ')}]`] : []),
      ];
      const file = writeArticle(options.outDir, locale, plan.category, plan.key, frontmatter, blocks);
      written.push({ locale, key: plan.key, category: plan.category, audience: plan.audience, title, file, words: writer.words });
    }
  }
  return written;
}

if (import.meta.main) {
  const usage = 'usage: node bench/corpus/generate-corpus.ts --out DIR [--articles N] [--seed S] [--translated]';
  const values = benchArgs(
    {
      out: { type: 'string' },
      articles: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      translated: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values.out) {
    process.stderr.write(`error: --out is required\n${usage}\n`);
    process.exit(2);
  }
  const articles = generateCorpus({
    outDir: values.out,
    articles: Number(values.articles),
    seed: Number(values.seed),
    translated: values.translated,
  });
  const words = articles.reduce((s, a) => s + a.words, 0);
  process.stdout.write(`wrote ${articles.length} articles (${words} words) to ${values.out}/content\n`);
}
