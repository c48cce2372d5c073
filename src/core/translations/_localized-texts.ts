/**
 * Finds every translatable text of a parsed flow file (title, summary,
 * keywords, and each node's text, script, note, reason and answer labels)
 * and the lines each locale's value takes, so git blame can date them.
 */
import type { YamlPath, YamlSourceMap } from '../flows/parse-yaml.ts';
import { isLocale, type Locale } from '../locales.ts';

/** Keys whose value is text keyed by locale. */
const TEXT_FIELDS = new Set(['title', 'summary', 'keywords', 'text', 'script', 'note', 'label', 'reason']);

/** Where one locale's value of a text was written. */
export interface LocaleLines {
  /** The position of the locale key (`da:`). */
  line: number;
  column: number;
  /** The first and last line (1-based) of the key and its value. */
  first: number;
  last: number;
}

/** A text keyed by locale, and where each locale's value is. */
export interface LocalizedTextPlace {
  path: YamlPath;
  /** The position of the text's own key (`text:`). */
  line: number;
  column: number;
  locales: Map<Locale, LocaleLines>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * The last line of the value of a key at (line, column): the lines after it
 * that are blank or indented deeper than the key (a compact list may start
 * at the key's own indentation).
 */
function lastLineOf(lines: readonly string[], line: number, column: number, isList: boolean): number {
  const keyIndent = column - 1;
  let last = line;
  for (let n = line + 1; n <= lines.length; n++) {
    const text = lines[n - 1] ?? '';
    if (text.trim() === '') continue;
    const indent = indentOf(text);
    const listItem = isList && indent === keyIndent && text.trimStart().startsWith('-');
    if (indent <= keyIndent && !listItem) break;
    last = n;
  }
  return last;
}

/** Every text keyed by locale in `value`, in document order. `text` is the file the map was made from. */
export function localizedTexts(value: unknown, map: YamlSourceMap, text: string): LocalizedTextPlace[] {
  const lines = text.split(/\r?\n/);
  const found: LocalizedTextPlace[] = [];
  const visit = (node: unknown, path: YamlPath): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    if (!isRecord(node)) return;
    for (const [key, child] of Object.entries(node)) {
      const childPath = [...path, key];
      if (TEXT_FIELDS.has(key) && isRecord(child) && Object.keys(child).length > 0 && Object.keys(child).every(isLocale)) {
        const locales = new Map<Locale, LocaleLines>();
        for (const locale of Object.keys(child) as Locale[]) {
          const at = map.keyAt([...childPath, locale]);
          const last = lastLineOf(lines, at.line, at.column, Array.isArray(child[locale]));
          locales.set(locale, { line: at.line, column: at.column, first: at.line, last });
        }
        const at = map.keyAt(childPath);
        found.push({ path: childPath, line: at.line, column: at.column, locales });
      } else {
        visit(child, childPath);
      }
    }
  };
  visit(value, []);
  return found;
}
