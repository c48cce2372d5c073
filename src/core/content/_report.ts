/**
 * How our remark plugins report problems: each one becomes a vfile message
 * (so any unified reporter sees it) and a `Diagnostic` on
 * `file.data.diagnostics` (so `renderArticle` and the build can fail on it).
 */
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { Diagnostic, Severity } from '../diagnostics.ts';

/** The codes our Markdown plugins report. */
export type ContentDiagnosticCode =
  'unknown-callout' | 'broken-link' | 'broken-anchor' | 'link-to-agent-only' | 'path-link' | 'unsafe-link' | 'raw-html';

declare module 'vfile' {
  interface DataMap {
    /** Problems found by our remark plugins, in the order they were found. */
    diagnostics: Diagnostic[];
  }
}

export interface Report {
  code: ContentDiagnosticCode;
  message: string;
  hint?: string;
  severity?: Severity;
}

/** Records a problem at the start of `node` (line 1, column 1 when the node has no position). */
export function report(file: VFile, node: Node, problem: Report): void {
  const severity = problem.severity ?? 'error';
  const start = node.position?.start;
  const message = file.message(problem.message, { place: node.position, ruleId: problem.code, source: 'kb' });
  // vfile's convention: fatal true is an error, false a warning; setting it does not throw.
  message.fatal = severity === 'error';
  if (problem.hint) message.note = problem.hint;
  const diagnostic: Diagnostic = {
    file: file.path ?? '',
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    severity,
    code: problem.code,
    message: problem.message,
  };
  if (problem.hint) diagnostic.hint = problem.hint;
  (file.data.diagnostics ??= []).push(diagnostic);
}

/** Shortens a user-written value for a message, so one bad line cannot flood the output. */
export function quoteValue(value: string, max = 60): string {
  const oneLine = value.replace(/\s+/g, ' ');
  return `"${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}"`;
}
