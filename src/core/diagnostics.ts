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

/** How `human` output is laid out; `json` and `github` ignore these. */
export interface FormatOptions {
  /**
   * One heading per file, then `line:column  severity  message  [code]` under
   * it, as on a terminal. Off, every line starts with `path:line:column:`,
   * which editors, CI logs and grep read.
   */
  grouped?: boolean;
  /** ANSI colours: red errors, yellow warnings, dim hints. Only for a terminal that wants them. */
  color?: boolean;
}

const ANSI = { bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', yellow: '\u001b[33m', reset: '\u001b[0m' };

type Paint = (style: keyof typeof ANSI, text: string) => string;

/** The per-file layout of `human` output: a file heading, then its diagnostics aligned under it. */
function formatGrouped(sorted: readonly Diagnostic[], paint: Paint): string[] {
  const lines: string[] = [];
  const width = sorted.reduce((max, d) => Math.max(max, `${d.line}:${d.column}`.length), 0);
  let file: string | undefined;
  for (const d of sorted) {
    if (d.file !== file) {
      if (file !== undefined) lines.push('');
      file = d.file;
      lines.push(paint('bold', d.file));
    }
    const position = `${d.line}:${d.column}`.padEnd(width);
    const severity = paint(d.severity === 'error' ? 'red' : 'yellow', d.severity.padEnd(7));
    lines.push(`  ${paint('dim', position)}  ${severity}  ${d.message}  ${paint('dim', `[${d.code}]`)}`);
    if (d.hint) lines.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  ${paint('dim', `hint: ${d.hint}`)}`);
  }
  if (lines.length > 0) lines.push('');
  return lines;
}

/**
 * Formats a list of diagnostics in one of the output formats. `human` ends
 * with a one-line summary (laid out by `options`); `json` is an array of
 * diagnostic objects; `github` is one workflow annotation per line.
 */
export function formatDiagnostics(list: readonly Diagnostic[], format: DiagnosticFormat, options: FormatOptions = {}): string {
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
  const paint: Paint = options.color ? (style, text) => `${ANSI[style]}${text}${ANSI.reset}` : (_style, text) => text;
  const lines = options.grouped ? formatGrouped(sorted, paint) : sorted.map(formatDiagnostic);
  const total = (count: number, noun: string, style: 'red' | 'yellow') => {
    const text = `${count} ${noun}${count === 1 ? '' : 's'}`;
    return count > 0 ? paint(style, text) : text;
  };
  lines.push(`${total(errors, 'error', 'red')}, ${total(warnings, 'warning', 'yellow')}`);
  return lines.join('\n');
}

/** True when any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
