/** `kb check`: every problem in the knowledge base, with positions and hints. */
import { resolve } from 'node:path';
import { formatDiagnostics, hasErrors, type DiagnosticFormat } from '../core/diagnostics.ts';
import { renderTranslationMatrix, translationMatrixJson } from '../core/translations/index.ts';
import { checkKnowledgeBase } from '../node/check-knowledge-base.ts';
import { EXIT, UsageError, type CliIo } from './cli-io.ts';
import { parseOptions } from './parse-options.ts';

const FORMATS: DiagnosticFormat[] = ['human', 'json', 'github'];

/** Colours only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(io: Pick<CliIo, 'stdout' | 'env'>): boolean {
  return Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
}

/**
 * Runs `kb check` over flows, the handoff file and every article; exit 1
 * when any error is found. With `--translations`, also prints the
 * translation matrix and warns about every untranslated article.
 */
export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(
    args,
    { format: { type: 'string', default: 'human' }, root: { type: 'string' }, translations: { type: 'boolean' } },
    0,
  );
  const format = values.format as DiagnosticFormat;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`unknown format "${values.format}"`, `use one of: ${FORMATS.join(', ')}`);
  }
  const root = resolve(io.cwd, values.root ?? '.');
  const translations = values.translations ?? false;
  const result = await checkKnowledgeBase(root, { missingArticleTranslations: translations });
  const { diagnostics } = result;
  for (const note of result.notes) io.stderr.write(`note: ${note}\n`);

  if (format === 'json') {
    const list = JSON.parse(formatDiagnostics(diagnostics, 'json')) as unknown[];
    const data = translations ? { diagnostics: list, translations: translationMatrixJson(result.matrix) } : list;
    io.stdout.write(JSON.stringify(data, null, 2) + '\n');
    return hasErrors(diagnostics) ? EXIT.failure : EXIT.ok;
  }
  const color = format === 'human' && wantsColor(io);
  if (translations) io.stdout.write(renderTranslationMatrix(result.matrix, { color }) + '\n\n');
  const output = formatDiagnostics(diagnostics, format, { grouped: Boolean(io.stdout.isTTY), color });
  if (output) io.stdout.write(output + '\n');
  if (format === 'human' && io.stdout.isTTY && diagnostics.length === 0) {
    io.stdout.write(`checked ${result.flowCount} flows and ${result.articleCount} article files\n`);
  }
  return hasErrors(diagnostics) ? EXIT.failure : EXIT.ok;
}
