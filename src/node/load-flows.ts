/**
 * Loads, checks and compiles every flow of a knowledge base for a build.
 * Errors stop the build with the checker's own messages (file:line:column and
 * a hint), never a half-written site.
 */
import { formatDiagnostics, hasErrors } from '../core/diagnostics.ts';
import { checkProject } from '../core/flows/check-project.ts';
import { compileFlows, stripAgentText, type CompiledFlow } from '../core/flows/compile-flow.ts';
import type { HandoffConfig } from '../core/handoff/config-schema.ts';
import { join } from 'node:path';
import { readProject } from './read-project.ts';
import { memoByFiles } from './_files-memo.ts';

/** Who a build is for: the public site never contains representatives' text. */
export type Audience = 'public' | 'agent';

/** Raised when content has errors; its message is the formatted diagnostics. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

/** Compiled flows and the handoff configuration of the project at `root`. */
export interface LoadedFlows {
  flows: Map<string, CompiledFlow>;
  handoff: HandoffConfig | undefined;
}

/**
 * Reads, checks and compiles the flows; public builds get flows without
 * scripts and notes. Every page of a build asks for them: they are computed
 * once and again only when a flow, the handoff file or an article changes.
 * Callers must not modify the result.
 */
export function loadFlows(root: string, audience: Audience): LoadedFlows {
  const inputs = [join(root, 'flows'), join(root, 'content')];
  return memoByFiles(`flows:${root}:${audience}`, inputs, () => compileProjectFlows(root, audience));
}

function compileProjectFlows(root: string, audience: Audience): LoadedFlows {
  const project = readProject(root);
  const checked = checkProject(project);
  if (hasErrors(checked.diagnostics)) {
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    throw new ContentError(`the knowledge base has errors:\n${formatDiagnostics(errors, 'human')}`);
  }
  const compiled = compileFlows(checked.flows);
  if (audience === 'public') for (const [id, flow] of compiled) compiled.set(id, stripAgentText(flow));
  return { flows: compiled, handoff: checked.handoff };
}
