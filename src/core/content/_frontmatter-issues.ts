/**
 * Turns zod issues of the article frontmatter into diagnostics at the
 * field's line and column, in words a writer understands, with an example or
 * a did-you-mean as the hint. Internal to parse-frontmatter.ts.
 */
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics.ts';
import type { YamlPath, YamlSourceMap } from '../flows/parse-yaml.ts';
import { ARTICLE_FIELDS } from './article-schema.ts';
import { closestMatch } from './_did-you-mean.ts';
import { toKebabCase } from './_kebab-case.ts';
import { quoteValue } from './_report.ts';

const EXAMPLES: Record<string, string> = {
  title: 'title: Restart your router',
  summary: 'summary: How to restart your router when the internet is slow or down.',
  key: 'key: restart-router',
  category: 'category: internet',
  tags: 'tags: [router, wifi]',
  audience: 'audience: public',
  related: 'related: [router-lights]',
  flows: 'flows: [internet-down]',
};

const LIMITS: Record<string, string> = { title: '1 to 120 characters', summary: '1 to 300 characters' };

function valueAt(root: unknown, path: YamlPath): unknown {
  let value = root;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

function fieldName(path: YamlPath): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i ? `.${step}` : step)).join('');
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  return `the ${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = { string: 'text', array: 'a list', object: 'a mapping', number: 'a number' };

/** The diagnostics for one zod issue of the frontmatter. */
export function frontmatterIssueDiagnostic(
  issue: z.core.$ZodIssue,
  root: unknown,
  map: YamlSourceMap,
  file: string,
): Diagnostic[] {
  const path = issue.path.filter((step): step is string | number => typeof step !== 'symbol');
  const top = String(path[0] ?? '');
  const field = fieldName(path);
  const value = valueAt(root, path);
  const at = (position: { line: number; column: number }) => ({
    file,
    line: position.line,
    column: position.column,
    severity: 'error' as const,
  });
  const example = EXAMPLES[top] ? `Write it like ${EXAMPLES[top]}.` : undefined;

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const match = closestMatch(key, ARTICLE_FIELDS);
        return {
          ...at(map.keyAt([...path, key])),
          code: 'unknown-field',
          message: `unknown frontmatter field "${key}"`,
          hint: match ? `Did you mean "${match}"?` : `The fields are ${ARTICLE_FIELDS.join(', ')}.`,
        };
      });
    case 'invalid_type':
      if (value === undefined) {
        return [
          {
            ...at({ line: 1, column: 1 }),
            code: 'missing-field',
            message: `the frontmatter has no "${field}"`,
            hint: `Add a line like ${EXAMPLES[top] ?? `${field}: …`}`,
          },
        ];
      }
      return [
        {
          ...at(map.valueAt(path)),
          code: 'invalid-field',
          message: `${field} must be ${EXPECTED[issue.expected] ?? issue.expected}, found ${describe(value)}`,
          hint:
            issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
              ? `Put it in quotes: "${String(value)}".`
              : example,
        },
      ];
    case 'too_small':
    case 'too_big': {
      const size = typeof value === 'string' ? value.trim().length : Array.isArray(value) ? value.length : 0;
      const unit = issue.origin === 'array' ? 'entries' : 'characters';
      const message =
        issue.code === 'too_small'
          ? size === 0
            ? `${field} is empty`
            : `${field} has ${size} ${unit}; at least ${String(issue.minimum)} are needed`
          : `${field} has ${size} ${unit}; at most ${String(issue.maximum)} are allowed`;
      const hint = LIMITS[top] ? `Write ${LIMITS[top]}.` : issue.code === 'too_big' ? 'Remove some entries.' : example;
      return [{ ...at(map.valueAt(path)), code: 'invalid-field', message, hint }];
    }
    case 'invalid_format': {
      const text = String(value);
      const fixed = toKebabCase(text);
      return [
        {
          ...at(map.valueAt(path)),
          code: 'invalid-field',
          message: `${field} ${quoteValue(text)} is not lower-case kebab-case`,
          hint: fixed ? `Write it as "${fixed}".` : example,
        },
      ];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const match = closestMatch(String(value), options);
      return [
        {
          ...at(map.valueAt(path)),
          code: 'invalid-field',
          message: `${field} ${quoteValue(String(value))} is not one of ${options.join(', ')}`,
          hint: match ? `Did you mean "${match}"?` : `Use one of ${options.join(', ')}.`,
        },
      ];
    }
    default:
      return [
        {
          ...at(map.valueAt(path)),
          code: 'invalid-field',
          message: `${field}: ${issue.message}`,
          ...(example ? { hint: example } : {}),
        },
      ];
  }
}
