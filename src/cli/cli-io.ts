/** What a command may touch: its streams, working directory and environment. Injected so tests can run commands in-process. */
export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** Content errors (kb check), or an answer that does not exist (kb walk). */
  failure: 1,
  /** Bad command line. */
  usage: 2,
  /** kb walk ended in a handoff. */
  handoff: 3,
  /** kb walk ran out of --answers before the tree ended. */
  incomplete: 4,
} as const;

/** A command-line mistake: printed with the command's usage, exit 2. */
export class UsageError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}
