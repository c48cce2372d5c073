/**
 * Reads a YAML file into a plain value plus a source map that knows the line
 * and column of every key and value, so later checks can point at the exact
 * token a writer must edit. Plain flow files are read by our own scanner of
 * the YAML they use (_yaml-fast-scanner.ts); any other file, and any file
 * that scanner is unsure of, by js-yaml's event parser. Both tell the same
 * events to one builder (_yaml-builder.ts), so duplicate keys, aliases and
 * tags are reported as diagnostics instead of exceptions.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { clearTape, createSourceMap, createTape, type YamlSourceMap } from './_yaml-source-map.ts';
import { createYamlBuilder } from './_yaml-builder.ts';
import { scanPlainYaml } from './_yaml-fast-scanner.ts';
import { tellJsYamlEvents } from './_yaml-js-events.ts';
import { findInvalidCharacter } from './_yaml-problems.ts';

export type { YamlPath, YamlSourceMap } from './_yaml-source-map.ts';

/** A YAML file read by `parseYaml`. */
export interface ParsedYaml {
  file: string;
  /** The value of the (first) document; `undefined` when the file could not be read as a mapping. */
  value: unknown;
  /** Positions of every key and value in `value`. */
  map: YamlSourceMap;
  /** Problems found while reading, in source order. */
  diagnostics: Diagnostic[];
  /** False when the text is not one readable YAML mapping; `value` is then undefined. */
  ok: boolean;
  /** True when an alias repeats a mapping or a list, so one object stands in more than one place of `value`. */
  aliased: boolean;
}

/**
 * Parses YAML `text` (the content of `file`) into a plain value and a source
 * map. Never throws: syntax errors, duplicate keys (`duplicate-node` under
 * `nodes:`), empty files, several documents, documents that are not a
 * mapping, control characters, unknown tags and runaway aliases come back as
 * diagnostics.
 */
export function parseYaml(input: string, file: string): ParsedYaml {
  // Editors do not count a byte-order mark as a column.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const diagnostics: Diagnostic[] = [];
  const tape = createTape();
  const map = createSourceMap(text, tape);
  const fail = (): ParsedYaml => {
    tape.root = -1;
    return { file, value: undefined, map, diagnostics, ok: false, aliased: false };
  };

  const invalid = findInvalidCharacter(text);
  if (invalid) {
    const { line, column } = map.positionOf(invalid.offset);
    diagnostics.push({ file, line, column, severity: 'error', code: 'invalid-character', message: invalid.message, hint: invalid.hint });
    return fail();
  }

  let builder = createYamlBuilder(text, file, tape, map, diagnostics);
  if (!scanPlainYaml(text, builder)) {
    // The scanner met YAML it leaves to js-yaml: start again from nothing.
    diagnostics.length = 0;
    clearTape(tape);
    builder = createYamlBuilder(text, file, tape, map, diagnostics);
    const problem = tellJsYamlEvents(text, builder);
    if (problem) {
      const { line, column } = map.positionOf(Math.max(0, problem.offset));
      diagnostics.push({ file, line, column, severity: 'error', code: 'yaml-syntax', message: problem.message, hint: problem.hint });
      return fail();
    }
  }
  const built = builder.finish();
  if (!built.ok) return fail();
  return { file, value: built.value, map, diagnostics, ok: true, aliased: built.aliased };
}
