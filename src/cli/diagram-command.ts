/**
 * `kb diagram <flow-id>`: prints the diagram of a flow as SVG, the same one
 * the representatives' site shows, so writers can see a tree as they edit it.
 */
import { resolve } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { formatDiagnostics } from '../core/diagnostics.ts';
import { checkProject } from '../core/flows/check-project.ts';
import { flowDiagram } from '../core/flows/diagram.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../core/locales.ts';
import { readProject } from '../node/read-project.ts';
import { EXIT, UsageError, type CliIo } from './cli-io.ts';
import { parseOptions } from './parse-options.ts';

const DIRECTIONS = ['auto', 'TB', 'LR'] as const;

/** Runs `kb diagram`. */
export function diagramCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(
    args,
    {
      locale: { type: 'string', default: DEFAULT_LOCALE },
      direction: { type: 'string', default: 'auto' },
      root: { type: 'string' },
    },
    1,
  );
  const flowId = positionals[0];
  if (!flowId) throw new UsageError('which flow? Give a flow id, e.g. kb diagram internet-down > tree.svg');
  if (!isLocale(values.locale)) {
    throw new UsageError(`unknown locale "${values.locale}"`, `use one of: ${LOCALES.join(', ')}`);
  }
  const direction = DIRECTIONS.find((d) => d.toLowerCase() === values.direction.toLowerCase());
  if (!direction) throw new UsageError(`unknown direction "${values.direction}"`, `use one of: ${DIRECTIONS.join(', ')}`);
  const locale: Locale = values.locale;

  const project = readProject(resolve(io.cwd, values.root ?? '.'));
  const flowIds = project.flows.map((f) => f.file.replace(/^.*\//, '').replace(/\.ya?ml$/, ''));
  if (!flowIds.includes(flowId)) {
    const hint = flowIds.length ? `Did you mean "${closest(flowId, flowIds)}"? Flows: ${flowIds.join(', ')}` : 'there are no flows in flows/';
    throw new UsageError(`no flow "${flowId}"`, hint);
  }
  const checked = checkProject(project);
  const flow = checked.flows.get(flowId);
  if (!flow) {
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    const own = errors.filter((d) => d.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '') === flowId);
    io.stderr.write(`kb diagram: flow "${flowId}" has errors, so it cannot be drawn:\n${formatDiagnostics(own.length ? own : errors, 'human')}\n`);
    return EXIT.failure;
  }
  const queueNames: Record<string, string> = {};
  for (const [id, queue] of Object.entries(checked.handoff?.queues ?? {})) {
    queueNames[id] = queue.name[locale] ?? queue.name[DEFAULT_LOCALE] ?? id;
  }
  const flowTitles: Record<string, string> = {};
  for (const [id, other] of checked.flows) flowTitles[id] = other.title[locale] ?? other.title[DEFAULT_LOCALE] ?? id;
  const locales = flow.locales ?? LOCALES.filter((l) => flow.title[l] !== undefined);
  if (!locales.includes(locale)) {
    io.stderr.write(`note: "${flowId}" is not translated into ${locale}; its text is shown in ${DEFAULT_LOCALE}.\n`);
  }
  io.stdout.write(flowDiagram(flow, locale, { queueNames, flowTitles, direction }));
  return EXIT.ok;
}
