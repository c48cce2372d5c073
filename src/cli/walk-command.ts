/**
 * `kb walk <flow-id>`: plays a flow in the terminal, interactively or from
 * `--answers`, on the same compiled machine the site uses.
 */
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { closest } from 'fastest-levenshtein';
import { formatDiagnostics } from '../core/diagnostics.ts';
import { checkProject } from '../core/flows/check-project.ts';
import { compileFlow, type CompiledFlow } from '../core/flows/compile-flow.ts';
import { answersOf, back, chooseNumber, restart, startWalk, transcriptOf, viewOf, type Walk } from '../core/flows/walk.ts';
import { encodeCaseCode } from '../core/handoff/case-code.ts';
import type { HandoffConfig } from '../core/handoff/config-schema.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../core/locales.ts';
import { readProject } from '../node/read-project.ts';
import { EXIT, UsageError, type CliIo } from './cli-io.ts';
import { parseOptions } from './parse-options.ts';
import { renderStep, type Audience } from './render-step.ts';

/** Parses `--answers 2,1,1` into 1-based option numbers. */
function parseAnswers(raw: string): number[] {
  const parts = raw.split(',').map((s) => s.trim());
  if (raw.trim() === '') return [];
  return parts.map((part, i) => {
    if (!/^[1-9][0-9]{0,2}$/.test(part)) {
      throw new UsageError(
        `--answers: "${part}" (answer ${i + 1}) is not an option number`,
        'give option numbers separated by commas, e.g. --answers 2,1,1',
      );
    }
    return Number(part);
  });
}

interface Outcome {
  json: Record<string, unknown>;
  code: number;
}

/** The JSON transcript of a walk and the exit code its end state gives. */
function outcomeOf(
  compiled: CompiledFlow,
  walk: Walk,
  locale: Locale,
  handoff: HandoffConfig | undefined,
  typed: readonly number[] = [],
): Outcome {
  const view = viewOf(compiled, walk, locale, { audience: 'customer' });
  // `typed` holds the option numbers as shown (hidden answers are not numbered), so --answers can replay them.
  const steps = transcriptOf(compiled, walk, locale).map((step, i) => ({
    node: step.state,
    kind: step.kind,
    text: step.text,
    answer: { number: typed[i] ?? step.answer.index + 1, label: step.answer.label },
  }));
  const outcome = view.terminal ? view.outcome : 'incomplete';
  const queueId = view.queue;
  const queue = queueId
    ? { id: queueId, name: handoff?.queues[queueId]?.name[locale] ?? handoff?.queues[queueId]?.name.en ?? queueId }
    : null;
  const caseCode = encodeCaseCode({ flowId: compiled.id, flowVersion: compiled.version, locale, answers: answersOf(walk) });
  const json: Record<string, unknown> = {
    flow: compiled.id,
    version: compiled.version,
    locale,
    outcome,
    steps,
    queue,
    collect: view.collect ?? [],
    caseCode,
  };
  if (!view.terminal) json.stoppedAt = { node: view.state, text: view.text, options: view.options.map((o) => o.label) };
  const code = outcome === 'resolved' ? EXIT.ok : outcome === 'handoff' ? EXIT.handoff : EXIT.incomplete;
  return { json, code };
}

/** Runs `kb walk`. */
export async function walkCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      locale: { type: 'string', default: DEFAULT_LOCALE },
      agent: { type: 'boolean', default: false },
      answers: { type: 'string' },
      json: { type: 'boolean', default: false },
      root: { type: 'string' },
    },
    1,
  );
  const flowId = positionals[0];
  if (!flowId) throw new UsageError('which flow? Give a flow id, e.g. kb walk internet-down');
  if (!isLocale(values.locale)) {
    throw new UsageError(`unknown locale "${values.locale}"`, `use one of: ${LOCALES.join(', ')}`);
  }
  const locale: Locale = values.locale;
  const answers = values.answers === undefined ? undefined : parseAnswers(values.answers);

  const project = readProject(resolve(io.cwd, values.root ?? '.'));
  const checked = checkProject(project);
  const flowIds = project.flows.map((f) => f.file.replace(/^.*\//, '').replace(/\.ya?ml$/, ''));
  if (!flowIds.includes(flowId)) {
    const hint = flowIds.length ? `Did you mean "${closest(flowId, flowIds)}"? Flows: ${flowIds.join(', ')}` : 'there are no flows in flows/';
    throw new UsageError(`no flow "${flowId}"`, hint);
  }
  if (!checked.flows.has(flowId)) {
    const own = checked.diagnostics.filter((d) => d.severity === 'error');
    io.stderr.write(`kb walk: flow "${flowId}" has errors and cannot be walked:\n${formatDiagnostics(own, 'human')}\n`);
    return EXIT.failure;
  }
  const compiled = compileFlow(flowId, checked.flows);
  if (!compiled.locales.includes(locale)) {
    io.stderr.write(`note: "${flowId}" is not translated into ${locale}; its text is shown in ${DEFAULT_LOCALE}.\n`);
  }
  const audience: Audience = values.agent ? 'agent' : 'customer';
  const interactive = answers === undefined && Boolean(io.stdin.isTTY);
  if (interactive) return walkInteractively(compiled, locale, audience, checked.handoff, io);
  return walkScripted(compiled, locale, audience, answers ?? [], values.json, checked.handoff, io);
}

function walkScripted(
  compiled: CompiledFlow,
  locale: Locale,
  audience: Audience,
  answers: number[],
  json: boolean,
  handoff: HandoffConfig | undefined,
  io: CliIo,
): number {
  let walk = startWalk(compiled);
  for (const [i, number] of answers.entries()) {
    const view = viewOf(compiled, walk, locale, { audience });
    if (!json) io.stdout.write(renderStep(view, { handoff, locale }) + `> ${number}\n\n`);
    const result = chooseNumber(walk, number);
    if (!result.ok || view.terminal) {
      const valid = view.options.map((o) => `${o.number} (${o.label})`).join(', ');
      const where = `step ${i + 1} ("${view.state}")`;
      io.stderr.write(
        view.terminal
          ? `kb walk: answer ${i + 1} is ${number}, but the walk already ended at ${where}.\nhint: remove the extra answers.\n`
          : `kb walk: answer ${i + 1} is ${number}, which is not an option at ${where}.\nhint: choose one of ${valid}.\n`,
      );
      return EXIT.failure;
    }
    walk = result.walk;
  }
  const outcome = outcomeOf(compiled, walk, locale, handoff, answers);
  if (json) {
    io.stdout.write(JSON.stringify(outcome.json, null, 2) + '\n');
  } else {
    const view = viewOf(compiled, walk, locale, { audience });
    io.stdout.write(renderStep(view, { handoff, locale, caseCode: String(outcome.json.caseCode) }));
    if (!view.terminal) io.stderr.write(`kb walk: the answers ran out at step ${answers.length + 1} ("${view.state}") before the flow ended.\n`);
  }
  return outcome.code;
}

async function walkInteractively(
  compiled: CompiledFlow,
  locale: Locale,
  audience: Audience,
  handoff: HandoffConfig | undefined,
  io: CliIo,
): Promise<number> {
  // Lines are read without readline's own prompt and echo handling, so the
  // same code serves a real terminal and a test's fake one.
  const rl = createInterface({ input: io.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  let walk = startWalk(compiled);
  let showStep = true;
  try {
    for (;;) {
      const view = viewOf(compiled, walk, locale, { audience });
      const outcome = outcomeOf(compiled, walk, locale, handoff);
      if (showStep) io.stdout.write(renderStep(view, { handoff, locale, caseCode: String(outcome.json.caseCode) }));
      showStep = true;
      const keys = view.terminal ? 'b back, r restart, q quit' : `1-${view.options.length}, b back, r restart, q quit`;
      io.stdout.write(`[${keys}] > `);
      const next = await lines.next();
      if (next.done) {
        io.stdout.write('\n');
        return outcome.code; // standard input closed (Ctrl-D)
      }
      const input = String(next.value).trim().toLowerCase();
      if (input === 'q') return outcome.code;
      if (input === 'b') {
        if (!view.canGoBack) io.stdout.write('Already at the first step.\n');
        walk = back(walk);
      } else if (input === 'r') {
        walk = restart(walk);
      } else if (/^\d+$/.test(input) && !view.terminal) {
        const result = chooseNumber(walk, Number(input));
        if (result.ok) walk = result.walk;
        else {
          io.stdout.write(`${input} is not an option here. Choose 1-${view.options.length}.\n`);
          showStep = false;
        }
      } else {
        io.stdout.write(
          view.terminal
            ? 'The walk has ended: b to go back, r to restart, q to quit.\n'
            : `Type a number from 1 to ${view.options.length}, or b, r, q.\n`,
        );
        showStep = false;
      }
    }
  } finally {
    rl.close();
  }
}
