/** `kb check`: every problem in the knowledge base, with positions and hints. */
import { resolve } from 'node:path';
import { formatDiagnostics, hasErrors, type DiagnosticFormat } from '../core/diagnostics.ts';
import { checkProject } from '../core/flows/check-project.ts';
import { readProject } from '../node/read-project.ts';
import { readArticleFiles } from '../node/articles-loader.ts';
import { compileArticles } from '../core/site/compile-articles.ts';
import { EXIT, UsageError, type CliIo } from './cli-io.ts';
import { parseOptions } from './parse-options.ts';

const FORMATS: DiagnosticFormat[] = ['human', 'json', 'github'];

/** Runs `kb check` over flows, the handoff file and every article; exit 1 when any error is found. */
export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(
    args,
    { format: { type: 'string', default: 'human' }, root: { type: 'string' } },
    0,
  );
  const format = values.format as DiagnosticFormat;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`unknown format "${values.format}"`, `use one of: ${FORMATS.join(', ')}`);
  }
  const root = resolve(io.cwd, values.root ?? '.');
  const project = readProject(root);
  const checked = checkProject(project);
  // Articles are checked as the agent build sees them: every article, every link.
  const articles = await compileArticles({
    files: readArticleFiles(root),
    flowIds: project.flows.map((f) => f.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '')),
    audience: 'agent',
  });
  const diagnostics = [...checked.diagnostics, ...articles.diagnostics];
  const output = formatDiagnostics(diagnostics, format);
  if (output) io.stdout.write(output + '\n');
  if (format === 'human' && io.stdout.isTTY && diagnostics.length === 0) {
    io.stdout.write(`checked ${project.flows.length} flows and ${project.articles.length} article files\n`);
  }
  return hasErrors(diagnostics) ? EXIT.failure : EXIT.ok;
}
