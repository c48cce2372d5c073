/**
 * Reads and checks the frontmatter block of an article. Every problem comes
 * back as a Diagnostic at the line and column of the field a writer must
 * edit: YAML syntax errors at their position, schema problems at the field's
 * key or value, and a key or category that disagrees with the file's path.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { parseYaml } from '../flows/parse-yaml.ts';
import { ARTICLE_CATEGORIES, articleFrontmatterSchema, type ArticleFrontmatter } from './article-schema.ts';
import { frontmatterIssueDiagnostic } from './_frontmatter-issues.ts';

/** An article split into its frontmatter and body, with line numbers kept. */
export interface SplitArticle {
  /**
   * The YAML between the `---` lines, prefixed by an empty line so its line
   * numbers are the file's; undefined when the file has no (closed) block.
   */
  yaml: string | undefined;
  /** The body, with the frontmatter lines left empty so Markdown positions are the file's. */
  body: string;
  /** True when the file starts with `---` but no closing `---` follows. */
  unclosed: boolean;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** Splits an article's text into frontmatter and body without moving any line. */
export function splitFrontmatter(input: string): SplitArticle {
  // Editors do not count a byte-order mark as a column.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const opening = OPENING.exec(text);
  if (!opening) return { yaml: undefined, body: text, unclosed: false };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { yaml: undefined, body: text, unclosed: true };
  const end = opening[0].length + closing.index + closing[0].length;
  const newlines = text.slice(0, end).split('\n').length - 1;
  return {
    yaml: '\n' + rest.slice(0, closing.index),
    body: '\n'.repeat(newlines) + text.slice(end),
    unclosed: false,
  };
}

/** The result of `parseFrontmatter`. */
export interface ParsedFrontmatter {
  /** The validated frontmatter with defaults filled in; undefined when it has errors. */
  data: ArticleFrontmatter | undefined;
  /** Problems found, in source order. */
  diagnostics: Diagnostic[];
}

const ARTICLE_PATH = /(?:^|\/)content\/([^/]+)\/([^/]+)\/([^/]+)\.md$/;

/** Checks that `key` and `category` agree with content/<locale>/<category>/<key>.md. */
function checkPath(
  data: ArticleFrontmatter,
  file: string,
  at: (field: string) => { line: number; column: number },
): Diagnostic[] {
  const match = ARTICLE_PATH.exec(file.replace(/\\/g, '/'));
  if (!match) return [];
  const [, locale, folder, name] = match;
  const found: Diagnostic[] = [];
  if (name !== data.key) {
    found.push({
      file,
      ...at('key'),
      severity: 'error',
      code: 'key-mismatch',
      message: `key "${data.key}" does not match the file name "${name}.md"`,
      hint: `Set key: ${name}, or rename the file to ${data.key}.md; every translation of an article has the same file name and key.`,
    });
  }
  if (folder !== data.category) {
    found.push({
      file,
      ...at('category'),
      severity: 'error',
      code: 'category-mismatch',
      message: `category "${data.category}" does not match the folder "${folder}"`,
      hint: (ARTICLE_CATEGORIES as readonly string[]).includes(folder ?? '')
        ? `Set category: ${folder}, or move the file to content/${locale}/${data.category}/.`
        : `Move the file to content/${locale}/${data.category}/.`,
    });
  }
  return found;
}

/**
 * Parses and validates the frontmatter of an article. `text` is the whole
 * file and `file` its path relative to the project root, used in
 * diagnostics and to check the key and category against the path.
 */
export function parseFrontmatter(text: string, file: string): ParsedFrontmatter {
  const split = splitFrontmatter(text);
  const atTop = { file, line: 1, column: 1, severity: 'error' } as const;
  if (split.yaml === undefined) {
    return {
      data: undefined,
      diagnostics: [
        split.unclosed
          ? {
              ...atTop,
              code: 'unclosed-frontmatter',
              message: 'the frontmatter is not closed',
              hint: 'End it with a line that holds only ---.',
            }
          : {
              ...atTop,
              code: 'missing-frontmatter',
              message: 'the article has no frontmatter',
              hint: 'Start the file with a --- line, then title:, summary:, key: and category: on lines of their own, then another --- line.',
            },
      ],
    };
  }

  const parsed = parseYaml(split.yaml, file);
  const diagnostics = parsed.diagnostics.map((d): Diagnostic => {
    if (d.code === 'empty-file') {
      return {
        ...d,
        code: 'missing-field',
        message: 'the frontmatter is empty',
        hint: 'Add title:, summary:, key: and category: between the --- lines.',
      };
    }
    if (d.code === 'not-a-mapping') {
      return {
        ...d,
        message: d.message.replace(/^the file/, 'the frontmatter'),
        hint: 'Write one field per line, like title: Restart your router.',
      };
    }
    return d;
  });
  if (!parsed.ok) return { data: undefined, diagnostics };

  const result = articleFrontmatterSchema.safeParse(parsed.value);
  if (!result.success) {
    for (const issue of result.error.issues)
      diagnostics.push(...frontmatterIssueDiagnostic(issue, parsed.value, parsed.map, file));
    return { data: undefined, diagnostics: sortByPosition(diagnostics) };
  }
  const at = (field: string) => {
    const { line, column } = parsed.map.valueAt([field]);
    return { line, column };
  };
  diagnostics.push(...checkPath(result.data, file, at));
  return { data: diagnostics.some((d) => d.severity === 'error') ? undefined : result.data, diagnostics };
}

function sortByPosition(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.line - b.line || a.column - b.column);
}
