/** `kb build`: check, build into a fresh folder, and replace dist/ only when the build succeeded. */
import { relative, resolve } from 'node:path';
import { formatDiagnostics } from '../core/diagnostics.ts';
import { buildSite } from '../node/build-site.ts';
import { withoutStackTraces } from './astro-output.ts';
import { EXIT, type CliIo } from './cli-io.ts';
import { wantsColor } from './check-command.ts';
import { parseOptions } from './parse-options.ts';

/** Runs `kb build [--agent]`; exit 1 when the checks or the build fail, leaving the last good site in place. */
export async function buildCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, { agent: { type: 'boolean' }, root: { type: 'string' } }, 0);
  const root = resolve(io.cwd, values.root ?? '.');
  const audience = values.agent ? 'agent' : 'public';
  const output = { stdout: withoutStackTraces((text) => io.stdout.write(text)), stderr: withoutStackTraces((text) => io.stderr.write(text)) };
  const result = await buildSite({ root, audience, onOutput: (chunk, stream) => output[stream].write(chunk) });
  output.stdout.end();
  output.stderr.end();
  const where = `${relative(io.cwd, result.outDir) || '.'}/`;
  for (const note of result.notes) io.stderr.write(`note: ${note}\n`);
  if (!result.ok && result.stage === 'check') {
    const text = formatDiagnostics(result.diagnostics, 'human', { grouped: Boolean(io.stdout.isTTY), color: wantsColor(io) });
    io.stdout.write(text + '\n');
    io.stderr.write(`kb build: the knowledge base has errors, so nothing was built; ${where} is unchanged.\n`);
    return EXIT.failure;
  }
  if (!result.ok) {
    io.stderr.write(`kb build: the site build failed (exit code ${result.exitCode}); ${where} still holds the last good site.\n`);
    return EXIT.failure;
  }
  if (result.diagnostics.length > 0) io.stdout.write(formatDiagnostics(result.diagnostics, 'human') + '\n');
  io.stdout.write(`kb build: the ${audience === 'agent' ? "representatives'" : 'public'} site is in ${where}\n`);
  return EXIT.ok;
}
