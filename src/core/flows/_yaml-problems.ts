/**
 * Words for problems js-yaml cannot describe well: characters YAML forbids,
 * and hints for its syntax errors. Internal to parse-yaml.ts.
 */

// YAML 1.2 allows tab, LF, CR, printable characters and NEL; everything else
// (NUL, other C0/C1 controls, lone surrogates, U+FFFE/U+FFFF) is rejected.
const INVALID_CHARACTER =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Every character INVALID_CHARACTER can match, surrogates included: one
 * character class scans a large file many times faster than the lookarounds,
 * and files without such a character (nearly all) need no more.
 */
const MAYBE_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

const SYNTAX_HINTS: Array<[RegExp, string]> = [
  [/tab/, 'Indent with spaces, never tabs.'],
  [/maxDepth/, 'Flatten the structure: flows never need this much nesting.'],
  [/quoted|quote/, 'Check that every quoted text has its closing quote.'],
  [/flow (?:mapping|collection|sequence)|\]|\}/, 'Check that every { and [ is closed and items are separated by commas.'],
  [/indentation|mapping entry|implicit key/, 'Check the indentation: keys of one mapping line up, with spaces only, and a value that contains ": " or " #" must be in quotes.'],
];

/** A hint for a js-yaml syntax error, from the words of its reason. */
export function syntaxHint(reason: string): string {
  for (const [pattern, hint] of SYNTAX_HINTS) if (pattern.test(reason)) return hint;
  return 'Check the indentation and the quotes; put a value in quotes when it contains ": ", " #" or starts with a special character.';
}

/** The first character YAML forbids, described for a diagnostic; undefined when there is none. */
export function findInvalidCharacter(text: string): { offset: number; message: string; hint: string } | undefined {
  if (!MAYBE_INVALID.test(text)) return undefined;
  const all = text.match(INVALID_CHARACTER);
  if (!all) return undefined;
  const first = INVALID_CHARACTER.exec(text);
  INVALID_CHARACTER.lastIndex = 0;
  if (text.includes('\u0000')) {
    return {
      offset: first?.index ?? 0,
      message: 'the file contains NUL bytes: it looks like a binary file, not YAML text',
      hint: 'Save the file as UTF-8 text, or remove it from flows/ if it is not a flow.',
    };
  }
  const code = `U+${(first?.[0] ?? '').charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    offset: first?.index ?? 0,
    message: `the file contains the control character ${code}, which YAML does not allow` + (all.length > 1 ? ` (${all.length} such characters in all)` : ''),
    hint: 'Delete the invisible character (it is often pasted in from a word processor), and save the file as UTF-8.',
  };
}
