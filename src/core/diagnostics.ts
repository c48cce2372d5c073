/**
 * Diagnostics are data: every problem found in a content file is a
 * `Diagnostic` with a position and a hint, and there is exactly one place
 * that turns them into text (`formatDiagnostic`).
 */

/** How bad a problem is: errors fail `kb check` and the build, warnings do not. */
export type Severity = 'error' | 'warning';

/** One problem in one file, at a 1-based line and column. */
export interface Diagnostic {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: Severity;
  /** A stable kebab-case identifier of the check, e.g. `missing-node`. */
  code: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint?: string;
}

/** A position in a source file (1-based line and column, 0-based offset). */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** Converts a 0-based character offset in `text` to a 1-based line and column. */
export function positionAt(text: string, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: clamped - lineStart + 1, offset: clamped };
}

/** Orders diagnostics by file, line, column, then code, so output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}

/** The output formats of `kb check`. */
export type DiagnosticFormat = 'human' | 'json' | 'github';

/**
 * Formats one diagnostic as `path:line:column: severity: message [code]`,
 * followed by an indented `hint:` line when there is a hint.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}

/** Escapes a value for a GitHub workflow command property or message. */
function escapeGithub(value: string, isProperty: boolean): string {
  let out = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  if (isProperty) out = out.replace(/:/g, '%3A').replace(/,/g, '%2C');
  return out;
}

/**
 * Formats a list of diagnostics in one of the output formats. `human` ends
 * with a one-line summary; `json` is an array of diagnostic objects; `github`
 * is one workflow annotation per line.
 */
export function formatDiagnostics(list: readonly Diagnostic[], format: DiagnosticFormat): string {
  const sorted = sortDiagnostics(list);
  if (format === 'json') {
    return JSON.stringify(
      sorted.map(({ file, line, column, severity, code, message, hint }) => ({
        file,
        line,
        column,
        severity,
        code,
        message,
        hint: hint ?? null,
      })),
      null,
      2,
    );
  }
  if (format === 'github') {
    return sorted
      .map((d) => {
        const props = `file=${escapeGithub(d.file, true)},line=${d.line},col=${d.column},title=${escapeGithub(d.code, true)}`;
        const text = d.hint ? `${d.message} (hint: ${d.hint})` : d.message;
        return `::${d.severity} ${props}::${escapeGithub(text, false)}`;
      })
      .join('\n');
  }
  const errors = sorted.filter((d) => d.severity === 'error').length;
  const warnings = sorted.length - errors;
  const lines = sorted.map(formatDiagnostic);
  lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.join('\n');
}

/** True when any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
