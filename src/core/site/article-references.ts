/**
 * Checks the `related:` and `flows:` lists of an article's frontmatter
 * against the articles and flows that exist, at the position of each entry,
 * with a did-you-mean hint for typos.
 */
import type { ArticleFrontmatter } from '../content/index.ts';
import { closestMatch } from '../content/_did-you-mean.ts';
import { splitFrontmatter } from '../content/parse-frontmatter.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { parseYaml } from '../flows/parse-yaml.ts';

/** What an article's frontmatter may refer to. */
export interface KnownReferences {
  /** The keys of every article in any locale and audience. */
  articleKeys: ReadonlySet<string>;
  /** The ids of every flow. */
  flowIds: ReadonlySet<string>;
}

/**
 * Diagnostics for related articles and flows that do not exist.
 * `text` is the whole file, for positions; `data` its validated frontmatter.
 */
export function checkArticleReferences(
  text: string,
  file: string,
  data: Pick<ArticleFrontmatter, 'key' | 'related' | 'flows'>,
  known: KnownReferences,
): Diagnostic[] {
  const unknownRelated = data.related.flatMap((key, index) => (known.articleKeys.has(key) ? [] : [{ key, index }]));
  const unknownFlows = data.flows.flatMap((id, index) => (known.flowIds.has(id) ? [] : [{ id, index }]));
  const self = data.related.indexOf(data.key);
  if (unknownRelated.length === 0 && unknownFlows.length === 0 && self === -1) return [];

  const map = parseYaml(splitFrontmatter(text).yaml ?? '', file).map;
  const at = (field: string, index: number) => {
    const { line, column } = map.valueAt([field, index]);
    return { file, line, column };
  };
  const hint = (value: string, candidates: Iterable<string>, otherwise: string) => {
    const match = closestMatch(value, candidates);
    return match ? `Did you mean "${match}"?` : otherwise;
  };
  const found: Diagnostic[] = [];
  for (const { key, index } of unknownRelated) {
    found.push({
      ...at('related', index),
      severity: 'error',
      code: 'unknown-related',
      message: `related article "${key}" does not exist`,
      hint: hint(key, known.articleKeys, 'Use the key: of an article in content/, or remove it from related.'),
    });
  }
  for (const { id, index } of unknownFlows) {
    found.push({
      ...at('flows', index),
      severity: 'error',
      code: 'unknown-flow',
      message: `flow "${id}" does not exist`,
      hint: hint(id, known.flowIds, 'Use the id of a flow in flows/, or remove it from flows.'),
    });
  }
  if (self !== -1) {
    found.push({
      ...at('related', self),
      severity: 'warning',
      code: 'related-to-itself',
      message: `the article lists itself ("${data.key}") as related`,
      hint: 'Remove it from related; readers are already on this article.',
    });
  }
  return found;
}
