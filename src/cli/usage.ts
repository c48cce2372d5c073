/** The help text of `kb` and of each command. `renderUsage` returns it; main prints it. */

const COMMANDS: Record<string, string> = {
  check: `Usage: kb check [--format human|json|github] [--root DIR]

Checks every flow in flows/ (and the handoff configuration) and prints every
problem at once as path:line:column: severity: message, with a hint.
Exits 1 when there is any error, 0 otherwise.

Options:
  --format FORMAT   human (default), json (an array of diagnostics) or github
                    (workflow annotations for pull requests)
  --root DIR        the knowledge base to check (default: the current folder)`,
  walk: `Usage: kb walk <flow-id> [--locale LOCALE] [--agent] [--answers 2,1,1] [--json] [--root DIR]

Plays a troubleshooting flow in the terminal. Type an option's number, b to go
back, r to restart, q to quit.

Options:
  --locale LOCALE   en (default), da, de, fi, sv or lt
  --agent           also show representatives' scripts and internal notes
  --answers LIST    answer without prompts: option numbers, comma-separated
  --json            print the transcript as one JSON object
  --root DIR        the knowledge base (default: the current folder)

Exit codes: 0 resolved, 3 handed off, 4 --answers ran out before the end,
1 an answer that does not exist at its step, 2 a usage error.`,
  case: `Usage: kb case <code> [--locale LOCALE] [--json] [--customer-wording] [--root DIR]

Decodes the case code a customer reads out and prints the case notes: the
problem, each step tried with its result, the outcome, the queue and what to
collect, in the representative's language (--locale). A code made on an older
version of a troubleshooter is replayed on the current one, with a notice
saying what could and could not be recovered. A mistyped code is caught by its
check character. Exit 1 when the code cannot be used.

Options:
  --locale LOCALE     the representative's language (default en)
  --json              print the notes as JSON
  --customer-wording  also show each step as the customer saw it`,
  schema: `Usage: kb schema [--check] [--root DIR]

Writes the JSON Schemas of the flow and handoff formats to schema/, generated
from the same definitions the checker uses. With --check, only verifies that
the files are up to date (exit 1 if not).`,
};

/** The usage of one command, or of kb as a whole when `command` is unknown or absent. */
export function renderUsage(command?: string): string {
  if (command && COMMANDS[command]) return COMMANDS[command];
  return `Usage: kb <command> [options]

The terminal face of the knowledge base.

Commands:
  check     check every flow and print problems with file:line:column
  walk      play a troubleshooting flow step by step
  case      decode a customer's case code into case notes
  schema    write the JSON Schemas editors use to complete flow files
  help      show help for a command: kb help walk

Run kb <command> --help for a command's options.`;
}

/** Command names, for did-you-mean on a mistyped command. */
export const COMMAND_NAMES = [...Object.keys(COMMANDS), 'help'];
