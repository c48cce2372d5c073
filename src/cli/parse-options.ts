/** Command-line option parsing on node:util's parseArgs, turning its errors into UsageErrors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-io.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `args` strictly; an unknown option or a missing value is a UsageError naming it. */
export function parseOptions<T extends Options>(args: string[], options: T, maxPositionals: number) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // parseArgs' messages are clear but mention internals ("To specify a positional argument..."); keep the first sentence.
    throw new UsageError(message.split('. ')[0]!.replace(/^Unknown option/, 'unknown option'));
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument "${parsed.positionals[maxPositionals]}"`);
  }
  return parsed;
}
