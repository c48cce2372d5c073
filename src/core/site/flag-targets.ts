/**
 * What "Flag this" points at and who sees it: the line each flow node is
 * written on (from the YAML source map, at build time), where each resting
 * state of a compiled flow comes from, and whether a build shows the links.
 */
import { flowIdOfFile } from '../flows/check-flows.ts';
import type { CompiledFlow } from '../flows/compiled-flow.ts';
import { parseYaml } from '../flows/parse-yaml.ts';
import type { FlagTarget } from './flag-url.ts';

/** Where a flow's nodes are written: its file and each node's line. */
export interface FlowNodeLines {
  file: string;
  /** Node id → the 1-based line of its key under `nodes:`. */
  nodes: Record<string, number>;
}

/** The line of every node of a flow file, by flow id; a file that cannot be read has no lines (flags point at line 1). */
export function flowNodeLines(sources: ReadonlyArray<{ file: string; text: string }>): Map<string, FlowNodeLines> {
  const out = new Map<string, FlowNodeLines>();
  for (const { file, text } of sources) {
    const parsed = parseYaml(text, file);
    const nodes: Record<string, number> = {};
    const value = parsed.value as { nodes?: unknown } | undefined;
    if (value && typeof value.nodes === 'object' && value.nodes !== null) {
      for (const id of Object.keys(value.nodes)) nodes[id] = parsed.map.keyAt(['nodes', id]).line;
    }
    out.set(flowIdOfFile(file), { file, nodes });
  }
  return out;
}

/**
 * Where each resting state of `compiled` is written. A state inlined from a
 * sub-flow points into the sub-flow's file, where a writer would fix it.
 */
export function stateTargets(compiled: CompiledFlow, lines: ReadonlyMap<string, FlowNodeLines>): Record<string, FlagTarget> {
  const out: Record<string, FlagTarget> = {};
  for (const [state, described] of Object.entries(compiled.states)) {
    const source = lines.get(described.flow);
    out[state] = { file: source?.file ?? `flows/${described.flow}.yaml`, line: source?.nodes[described.node] ?? 1 };
  }
  return out;
}

/**
 * The line an article's flag points at: its `title:` in the frontmatter,
 * where the page's heading is written; line 1 when there is none.
 */
export function articleTitleLine(text: string): number {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return 1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '---') break;
    if (/^title\s*:/.test(line)) return i + 1;
  }
  return 1;
}

/** True when a build shows "Flag this": always to representatives, to customers when the site settings say so. */
export function showsFlags(audience: 'public' | 'agent', config: { customerFlagging: boolean }): boolean {
  return audience === 'agent' || config.customerFlagging;
}
