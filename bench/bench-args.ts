/**
 * The command-line options of the bench scripts, read with node:util's
 * parseArgs: `--help` prints the usage and exits 0; an unknown option or a
 * missing value prints what is wrong and the usage, and exits 2, never a
 * stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The values of `options` in this process's arguments, or an exit with `usage`. */
export function benchArgs<const T extends NonNullable<ParseArgsConfig['options']>>(
  options: T,
  usage: string,
  argv: readonly string[] = process.argv.slice(2),
): ReturnType<typeof parseArgs<{ options: T; args: string[] }>>['values'] {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs({ options, args: [...argv] }).values;
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    process.exit(2);
  }
}
