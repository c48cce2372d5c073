/**
 * `checkProject`: the entry point of `kb check` and the build. Reads every
 * flow and the handoff file, validates them, runs the checks across flows and
 * returns every problem at once, plus the flows that are fit to compile.
 */
import { sortDiagnostics, type Diagnostic } from '../diagnostics.ts';
import { handoffConfigSchema, type HandoffConfig } from '../handoff/config-schema.ts';
import type { Locale } from '../locales.ts';
import { checkFlows, checkSchemaRef, flowIdOfFile, type FlowToCheck } from './check-flows.ts';
import { parseYaml } from './parse-yaml.ts';
import type { Flow } from './schema.ts';
import { validateFlow, validateWithSchema } from './validate-flow.ts';
import { findFlowKeyCollisions } from '../handoff/case-code.ts';

/** A file of the project: its project-relative path (forward slashes) and its text. */
export interface SourceFile {
  file: string;
  text: string;
}

/** An article, known by id, that flows may link to. */
export interface ArticleRef {
  id: string;
  locale: Locale;
  file: string;
  audience: 'public' | 'agent';
}

/** Everything the checker reads. */
export interface ProjectSources {
  flows: SourceFile[];
  /** content/handoff.yaml, when it exists. */
  handoff?: SourceFile;
  articles: ArticleRef[];
}

/** The result of checking a project. */
export interface CheckedProject {
  /** Every problem, sorted by file, line, column and code. */
  diagnostics: Diagnostic[];
  /** The flows without errors of their own, by id, in id order. */
  flows: Map<string, Flow>;
  /** The handoff configuration, when the handoff file has no errors. */
  handoff?: HandoffConfig;
}

const byFile = (a: SourceFile, b: SourceFile): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * Checks every flow and the handoff file of a project. Never throws for bad
 * input: every problem is a diagnostic with a position and a hint. The result
 * is the same for the same sources, whatever their order.
 */
export function checkProject(src: ProjectSources): CheckedProject {
  const diagnostics: Diagnostic[] = [];

  let handoff: HandoffConfig | undefined;
  if (src.handoff) {
    const parsed = parseYaml(src.handoff.text, src.handoff.file);
    const validated = validateWithSchema(handoffConfigSchema, parsed, 'the handoff file');
    diagnostics.push(...parsed.diagnostics, ...validated.diagnostics);
    if (validated.value && parsed.diagnostics.length === 0) handoff = validated.value;
  }

  const files = [...src.flows].sort(byFile);
  const toCheck: FlowToCheck[] = [];
  for (const { file, text } of files) {
    const parsed = parseYaml(text, file);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.ok) continue;
    diagnostics.push(...checkSchemaRef(file, text));
    const validated = validateFlow(parsed);
    diagnostics.push(...validated.diagnostics);
    if (validated.value) toCheck.push({ file, flow: validated.value, map: parsed.map });
  }

  diagnostics.push(
    ...checkFlows(toCheck, {
      flowIds: new Set(files.map((f) => flowIdOfFile(f.file))),
      ...(handoff ? { handoff } : {}),
      handoffExists: src.handoff !== undefined,
      articleIds: new Set(src.articles.map((a) => a.id)),
    }),
  );

  diagnostics.push(...checkCaseCodeKeys(toCheck));

  const filesWithErrors = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const flows = new Map<string, Flow>();
  for (const { file, flow } of [...toCheck].sort((a, b) => (a.flow.id < b.flow.id ? -1 : a.flow.id > b.flow.id ? 1 : 0))) {
    if (!filesWithErrors.has(file)) flows.set(flow.id, flow);
  }
  return { diagnostics: sortDiagnostics(diagnostics), flows, ...(handoff ? { handoff } : {}) };
}

/**
 * Case codes carry a 20-bit key of the flow id, not the id itself; two flows
 * whose keys collide could not be told apart by a representative's console.
 */
function checkCaseCodeKeys(flows: readonly FlowToCheck[]): Diagnostic[] {
  const byId = new Map(flows.map((entry) => [entry.flow.id, entry]));
  const out: Diagnostic[] = [];
  for (const group of findFlowKeyCollisions(byId.keys())) {
    const [first, ...rest] = [...group].sort();
    for (const id of rest) {
      const entry = byId.get(id);
      if (!entry) continue;
      const { line, column } = entry.map.valueAt(['id']);
      out.push({
        file: entry.file,
        line,
        column,
        severity: 'error',
        code: 'case-code-collision',
        message: `flow id "${id}" gives the same case-code key as "${first}", so case codes could not tell them apart`,
        hint: `Rename one of the two flows (its id and file name), e.g. "${id}-2".`,
      });
    }
  }
  return out;
}
