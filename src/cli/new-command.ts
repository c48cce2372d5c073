/**
 * `kb new article <key>` and `kb new flow <id>`: a valid starting file with
 * every required field, never over an existing one, and the next steps.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { ARTICLE_CATEGORIES, parseFrontmatter } from '../core/content/index.ts';
import { toKebabCase } from '../core/content/_kebab-case.ts';
import { parseYaml } from '../core/flows/parse-yaml.ts';
import { ID_PATTERN } from '../core/flows/schema.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../core/locales.ts';
import { articleTemplate } from '../core/templates/article-template.ts';
import { flowTemplate } from '../core/templates/flow-template.ts';
import { articleUrl } from '../core/site/urls.ts';
import { readProject } from '../node/read-project.ts';
import { EXIT, UsageError, type CliIo } from './cli-io.ts';
import { parseOptions } from './parse-options.ts';

const KINDS = ['article', 'flow'];

/** Raised when the file cannot be created (it exists, or nothing to hand off to): exit 1. */
class CannotCreate extends Error {
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
  }
}

function checkId(value: string | undefined, what: string, example: string): string {
  if (!value) throw new UsageError(`no ${what} given`, `Name it in lower-case kebab-case, like ${example}.`);
  if (ID_PATTERN.test(value)) return value;
  const suggestion = toKebabCase(value);
  throw new UsageError(
    `"${value}" is not a valid ${what}`,
    suggestion ? `Did you mean "${suggestion}"? ${what[0]!.toUpperCase()}${what.slice(1)}s are lower-case kebab-case.` : `Use lower-case letters, digits and single hyphens, like ${example}.`,
  );
}

function checkLocale(value: string): Locale {
  if (isLocale(value)) return value;
  throw new UsageError(`unknown locale "${value}"`, `Did you mean "${closest(value.toLowerCase(), [...LOCALES])}"? Use one of: ${LOCALES.join(', ')}.`);
}

function checkCategory(value: string): string {
  if ((ARTICLE_CATEGORIES as readonly string[]).includes(value)) return value;
  throw new UsageError(
    `unknown category "${value}"`,
    `Did you mean "${closest(value.toLowerCase(), [...ARTICLE_CATEGORIES])}"? Use one of: ${ARTICLE_CATEGORIES.join(', ')}.`,
  );
}

function writeNew(root: string, file: string, text: string): void {
  if (existsSync(join(root, file))) throw new CannotCreate(`${file} already exists`, 'Edit that file, or choose another name.');
  mkdirSync(dirname(join(root, file)), { recursive: true });
  // 'wx' fails if the file appeared meanwhile: never overwrite a writer's work.
  writeFileSync(join(root, file), text, { flag: 'wx' });
}

function newArticle(root: string, key: string, values: { locale?: string; category?: string; title?: string }): string[] {
  const locale = checkLocale(values.locale ?? DEFAULT_LOCALE);
  const requested = values.category === undefined ? undefined : checkCategory(values.category);
  const versions = readProject(root).articles.filter((a) => a.id === key);
  const own = versions.find((a) => a.locale === locale);
  if (own) throw new CannotCreate(`${own.file} already exists`, `Edit that file, or choose another key for a new article.`);

  // The English original if there is one, else any other translation: the new file translates it.
  const base = versions.find((a) => a.locale === DEFAULT_LOCALE) ?? versions[0];
  const baseText = base && readFileSync(join(root, base.file), 'utf8');
  const baseData = base && baseText !== undefined ? parseFrontmatter(baseText, base.file).data : undefined;
  if (base && !baseData) {
    throw new CannotCreate(`${base.file} has errors in its frontmatter`, 'Fix them first (npx kb check shows them), then start the translation.');
  }
  if (baseData && requested && requested !== baseData.category) {
    throw new UsageError(
      `--category ${requested} differs from the category of ${base!.file} ("${baseData.category}")`,
      'Leave --category out: translations share the category of the original.',
    );
  }
  const category = baseData?.category ?? requested;
  if (!category) {
    throw new UsageError('a new article needs --category', `Use one of: ${ARTICLE_CATEGORIES.join(', ')}.`);
  }
  const file = `content/${locale}/${category}/${key}.md`;
  const text = articleTemplate({
    key,
    category,
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(baseData && baseText !== undefined ? { original: { data: baseData, text: baseText } } : {}),
  });
  writeNew(root, file, text);
  const url = `http://127.0.0.1:4321${articleUrl(locale, category, key)}`;
  const first = base
    ? `Translate the title, summary and text of ${base.file} in place.`
    : 'Write the title, summary and text (docs/writing-articles.md).';
  return [
    `created ${file}`,
    '',
    'Next steps:',
    `  1. ${first}`,
    '  2. Check it: npx kb check',
    `  3. Preview it: npm run dev, then open ${url}`,
    `  4. Commit ${file}.`,
  ];
}

function queuesOf(root: string): string[] {
  const path = join(root, 'content', 'handoff.yaml');
  if (!existsSync(path)) return [];
  const { value } = parseYaml(readFileSync(path, 'utf8'), 'content/handoff.yaml');
  const queues = (value as { queues?: unknown } | undefined)?.queues;
  return queues && typeof queues === 'object' && !Array.isArray(queues) ? Object.keys(queues) : [];
}

function newFlow(root: string, id: string, values: { title?: string; queue?: string }): string[] {
  const existing = readProject(root).flows.find((f) => f.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '') === id);
  if (existing) throw new CannotCreate(`${existing.file} already exists`, 'Edit that file, or choose another id for a new flow.');
  const queues = queuesOf(root);
  if (queues.length === 0) {
    throw new CannotCreate(
      'content/handoff.yaml defines no queue, and every flow needs one to hand customers over to',
      'Add a queue under queues: in content/handoff.yaml (see docs/flows.md, "The handoff file").',
    );
  }
  if (values.queue !== undefined && !queues.includes(values.queue)) {
    throw new UsageError(`queue "${values.queue}" is not defined in content/handoff.yaml`, `Did you mean "${closest(values.queue, queues)}"? Use one of: ${queues.join(', ')}.`);
  }
  const file = `flows/${id}.yaml`;
  writeNew(root, file, flowTemplate({ id, queue: values.queue ?? queues[0]!, ...(values.title !== undefined ? { title: values.title } : {}) }));
  return [
    `created ${file}`,
    '',
    'Next steps:',
    '  1. Write the questions, steps and endings: docs/writing-flows.md; every key is in docs/flows.md.',
    '  2. Check it: npx kb check',
    `  3. Walk it: npx kb walk ${id}`,
    `  4. Commit ${file}.`,
  ];
}

/** Runs `kb new article|flow <id>`; exit 1 when the file exists, 2 on a bad argument. */
export function newCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(
    args,
    {
      locale: { type: 'string' },
      category: { type: 'string' },
      title: { type: 'string' },
      queue: { type: 'string' },
      root: { type: 'string' },
    },
    2,
  );
  const [kind, name] = positionals;
  if (!kind) throw new UsageError('say what to create: article or flow');
  if (!KINDS.includes(kind)) throw new UsageError(`cannot create "${kind}"`, `Did you mean "${closest(kind, KINDS)}"? Use kb new article <key> or kb new flow <id>.`);
  const root = resolve(io.cwd, values.root ?? '.');
  try {
    let lines: string[];
    if (kind === 'article') {
      if (values.queue !== undefined) throw new UsageError('--queue is for flows', 'Leave it out for an article.');
      lines = newArticle(root, checkId(name, 'article key', 'restart-router'), values);
    } else {
      if (values.locale !== undefined || values.category !== undefined) {
        throw new UsageError(`--${values.locale !== undefined ? 'locale' : 'category'} is for articles`, 'A new flow starts in English; add translations in the same file.');
      }
      lines = newFlow(root, checkId(name, 'flow id', 'internet-down'), values);
    }
    io.stdout.write(lines.join('\n') + '\n');
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof CannotCreate)) throw error;
    io.stderr.write(`kb new: ${error.message}\nhint: ${error.hint}\n`);
    return EXIT.failure;
  }
}
