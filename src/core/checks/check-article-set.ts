/**
 * Checks across the articles of every locale, which no single file can
 * show wrong: a translation filed under another category or written for
 * another audience than its English original, and public articles that
 * list articles for representatives as related.
 *
 * Every article with a page is listed on its category page, and every
 * category with an article on each locale's home page, so the site itself
 * leaves no article unreachable. What can leave a file without the page its
 * writer expects is a mismatch with its original: a translation for
 * representatives of a public article is never shown on the public site,
 * and a public translation of an article for representatives would publish
 * it. Those are errors here.
 */
import { parseFrontmatter, splitFrontmatter, type ArticleFrontmatter } from '../content/index.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { parseYaml } from '../flows/parse-yaml.ts';
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';

/** An article file: its path, locale and text. */
export interface ArticleSetFile {
  file: string;
  locale: Locale;
  text: string;
}

interface Article extends ArticleSetFile {
  data: ArticleFrontmatter;
}

/** Where a frontmatter field's value was written, or its `key:` when the field is left out. */
function fieldAt(article: Article, field: string, index?: number): { file: string; line: number; column: number } {
  const map = parseYaml(splitFrontmatter(article.text).yaml ?? '', article.file).map;
  const path = index === undefined ? [field] : [field, index];
  const { line, column } = map.has(path) ? map.valueAt(path) : map.keyAt(['key']);
  return { file: article.file, line, column };
}

function checkTranslation(own: Article, original: Article): Diagnostic[] {
  const found: Diagnostic[] = [];
  const { key, category, audience } = own.data;
  if (category !== original.data.category) {
    found.push({
      ...fieldAt(own, 'category'),
      severity: 'error',
      code: 'translation-category-mismatch',
      message: `category "${category}" differs from the English original's "${original.data.category}" (${original.file})`,
      hint: `Translations share the original's key and category: move this file to content/${own.locale}/${original.data.category}/${key}.md and set category: ${original.data.category}, or give it a key of its own if it is a different article.`,
    });
  }
  if (audience !== original.data.audience) {
    const leaks = audience === 'public';
    found.push({
      ...fieldAt(own, 'audience'),
      severity: 'error',
      code: 'audience-mismatch',
      message: leaks
        ? `this translation is public, but the English original ${original.file} is for representatives only (audience: agent)`
        : `this translation is for representatives only (audience: agent), but the English original ${original.file} is public`,
      hint: leaks
        ? 'Set audience: agent: a public translation would publish text meant for representatives.'
        : `Set audience: public; otherwise readers of the public site in ${own.locale} never see this translation, only the English text.`,
    });
  }
  return found;
}

/**
 * Diagnostics for the whole set of articles. Files whose frontmatter has
 * errors are skipped: the frontmatter check reports those.
 */
export function checkArticleSet(files: readonly ArticleSetFile[]): Diagnostic[] {
  const articles: Article[] = [];
  for (const file of files) {
    const { data } = parseFrontmatter(file.text, file.file);
    if (data) articles.push({ ...file, data });
  }
  const originals = new Map<string, Article>();
  const publicKeys = new Set<string>();
  for (const article of articles) {
    if (article.locale === DEFAULT_LOCALE && !originals.has(article.data.key)) originals.set(article.data.key, article);
    if (article.data.audience === 'public') publicKeys.add(article.data.key);
  }
  const allKeys = new Set(articles.map((a) => a.data.key));

  const found: Diagnostic[] = [];
  for (const article of articles) {
    const original = originals.get(article.data.key);
    if (original && original !== article && article.locale !== DEFAULT_LOCALE) found.push(...checkTranslation(article, original));
    if (article.data.audience !== 'public') continue;
    article.data.related.forEach((key, index) => {
      // Unknown keys are the reference check's; here only those that exist for representatives alone.
      if (!allKeys.has(key) || publicKeys.has(key)) return;
      found.push({
        ...fieldAt(article, 'related', index),
        severity: 'error',
        code: 'related-agent-only',
        message: `related article "${key}" is for representatives only (audience: agent), so this public article cannot list it`,
        hint: 'Remove it from related, or set audience: public on that article if customers may read it.',
      });
    });
  }
  return found;
}
