/**
 * The `kb` command line. The only module that reads argv and decides exit
 * codes; each command is a function of (args, io) returning an exit code.
 */
import { closest } from 'fastest-levenshtein';
import { EXIT, UsageError, type CliIo } from './cli-io.ts';
import { COMMAND_NAMES, renderUsage } from './usage.ts';
import { checkCommand } from './check-command.ts';
import { walkCommand } from './walk-command.ts';
import { schemaCommand } from './schema-command.ts';
import { caseCommand } from './case-command.ts';
import { newCommand } from './new-command.ts';
import { buildCommand } from './build-command.ts';
import { diagramCommand } from './diagram-command.ts';
import { searchCommand } from './search-command.ts';

type Command = (args: string[], io: CliIo) => Promise<number> | number;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  walk: walkCommand,
  schema: schemaCommand,
  case: caseCommand,
  new: newCommand,
  build: buildCommand,
  diagram: diagramCommand,
  search: searchCommand,
};

/** Runs `kb` with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout.write(renderUsage() + '\n');
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === 'help') {
    io.stdout.write(renderUsage(rest[0]) + '\n');
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    const suggestion = closest(name, COMMAND_NAMES);
    io.stderr.write(`kb: unknown command "${name}". Did you mean "${suggestion}"?\n\n${renderUsage()}\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(renderUsage(name) + '\n');
    return EXIT.ok;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`kb ${name}: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}\n${renderUsage(name)}\n`);
      return EXIT.usage;
    }
    // A bug in kb itself: say so plainly, without a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `kb ${name}: internal error: ${message}\nhint: this is a bug in kb, not in your content; please report it with the command you ran.\n`,
    );
    if (io.env.KB_DEBUG && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return EXIT.failure;
  }
}
