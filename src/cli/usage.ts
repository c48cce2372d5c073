/** The help text of `kb` and of each command. `renderUsage` returns it; main prints it. */

const COMMANDS: Record<string, string> = {
  check: `Usage: kb check [--format human|json|github] [--translations] [--root DIR]

Checks every flow in flows/, the handoff configuration and every article in
content/, and prints every problem at once with its file, line and column and
a hint: on a terminal grouped by file (in colour unless NO_COLOR is set),
elsewhere as path:line:column: severity: message [code].
Translations whose English text changed after they were last committed are
warned about as stale (from git history). Exits 1 when there is any error,
0 otherwise.

Options:
  --format FORMAT   human (default), json (an array of diagnostics) or github
                    (workflow annotations for pull requests)
  --translations    also print the translation matrix (articles and flows
                    against locales: ✓, missing or stale) and warn about every
                    untranslated article; with --format json, prints
                    {diagnostics, translations}
  --root DIR        the knowledge base to check (default: the current folder)`,
  new: `Usage: kb new article <key> [--locale LOCALE] [--category CATEGORY] [--title TITLE] [--root DIR]
       kb new flow <id> [--title TITLE] [--queue QUEUE] [--root DIR]

Creates a valid starting file with every required field and prints its path
and the next steps. Never overwrites a file (exit 1 if it exists).

  article   content/<locale>/<category>/<key>.md. When the key exists in
            another locale, the new file is a copy of the English original
            (or of another translation) to translate in place, in its category.
  flow      flows/<id>.yaml: the schema reference and a question, a
            resolution and a handoff to build on.

Options:
  --locale LOCALE     the article's locale: en (default), da, de, fi, sv or lt
  --category NAME     a new article's category: accounts, billing, orders,
                      internet, mobile or moving
  --title TITLE       the title (default: the key in words)
  --queue QUEUE       the flow's handoff queue (default: the first in
                      content/handoff.yaml)
  --root DIR          the knowledge base (default: the current folder)`,
  build: `Usage: kb build [--agent] [--root DIR]

Checks the knowledge base, then builds the site into a fresh folder and swaps
it into dist/ (dist-agent/ with --agent) only when the build succeeds: a
failed build never replaces the last good site. Exit 1 when the checks or
the build fail.

Options:
  --agent       build the representatives' site (KB_AUDIENCE=agent) into dist-agent/
  --root DIR    the knowledge base (default: the current folder)`,
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
  search: `Usage: kb search "<query>" [--locale LOCALE] [--agent] [--json] [--limit N] [--root DIR]

Searches the articles and troubleshooters of one language with the index the
site ships (the built site's, when it is newer than the content; otherwise
the same index built from the content as it is now). Words may be inflected,
misspelt or half-typed.

Options:
  --locale LOCALE   en (default), da, de, fi, sv or lt
  --agent           search the representatives' index, with agent-only
                    articles and the troubleshooters' scripts and notes
  --json            print [{id, type, title, url, locale, score}]
  --limit N         at most N results, 1 to 100 (default 10)
  --root DIR        the knowledge base (default: the current folder)`,
  diagram: `Usage: kb diagram <flow-id> [--locale LOCALE] [--direction auto|TB|LR] [--root DIR] > tree.svg

Prints the diagram of a troubleshooting flow as SVG: every node with its
text, shaped and coloured by kind (question, step, branch, sub-flow,
resolution, handoff), and every arrow labelled with its answer or condition.
Open the file in a browser. Exit 1 when the flow has errors (they are
printed), 2 on a usage error.

Options:
  --locale LOCALE     en (default), da, de, fi, sv or lt
  --direction DIR     TB (top to bottom), LR (left to right), or auto
                      (default: whichever fits a screen better)
  --root DIR          the knowledge base (default: the current folder)`,
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
  check     check every flow and article and print problems with file:line:column
  new       create a starting file: kb new article guest-wifi --category internet
  build     check, then build the site, replacing dist/ only on success
  walk      play a troubleshooting flow step by step
  case      decode a customer's case code into case notes
  diagram   print a flow's diagram as SVG: kb diagram internet-down > tree.svg
  search    search articles and troubleshooters: kb search "router lights"
  schema    write the JSON Schemas editors use to complete flow files
  help      show help for a command: kb help walk

Run kb <command> --help for a command's options.`;
}

/** Command names, for did-you-mean on a mistyped command. */
export const COMMAND_NAMES = [...Object.keys(COMMANDS), 'help'];
