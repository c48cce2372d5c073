/**
 * The steps a writers' guide marks for the docs test (see CONTRIBUTING.md,
 * "Docs that are tested"): an HTML comment `<!-- step: ... -->` right before
 * a fenced code block says what to do with the block.
 */

/** One marked step, with the 1-based line of its marker. */
export type DocStep =
  /** `<!-- step: write PATH -->`: write the block to PATH (relative to the project). */
  | { kind: 'write'; line: number; path: string; content: string }
  /** `<!-- step: run -->` or `<!-- step: run, exit N -->`: run each `npx kb ...` line; expect exit N (default 0). */
  | { kind: 'run'; line: number; commands: string[][]; exit: number }
  /** `<!-- step: output -->`: the last command printed exactly the block; `output excerpt`: these lines, in order. */
  | { kind: 'output'; line: number; text: string; excerpt: boolean };

const MARKER = /^\s*<!--\s*step:\s*(.*?)\s*-->\s*$/;
const FENCE = /^(\s*)(`{3,}|~{3,})/;

/** Splits a command line into arguments, honouring "double" and 'single' quotes. */
export function splitCommand(line: string): string[] {
  const args: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const match of line.matchAll(pattern)) args.push(match[1] ?? match[2] ?? match[3] ?? '');
  return args;
}

/** The fenced block that starts at or after `from` (blank lines allowed before it). */
function blockAfter(lines: readonly string[], from: number, markerLine: number): string {
  let start = from;
  while (start < lines.length && lines[start]!.trim() === '') start++;
  const fence = FENCE.exec(lines[start] ?? '');
  if (!fence) throw new Error(`line ${markerLine}: a step marker must be followed by a fenced code block`);
  const [, indent = '', marks = ''] = fence;
  const body: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === marks && line.startsWith(indent)) return body.join('\n') + '\n';
    // Blocks inside list items are indented; the file written is not.
    body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
  }
  throw new Error(`line ${markerLine}: the code block after the step marker is not closed`);
}

/** Every marked step of a Markdown document, in order. Unknown markers are errors, so a typo cannot skip a step. */
export function docSteps(markdown: string): DocStep[] {
  const lines = markdown.split('\n');
  const steps: DocStep[] = [];
  lines.forEach((text, index) => {
    const marker = MARKER.exec(text)?.[1];
    if (marker === undefined) return;
    const line = index + 1;
    const block = blockAfter(lines, index + 1, line);
    const write = /^write\s+(\S+)$/.exec(marker);
    const run = /^run(?:,\s*exit\s+(\d+))?$/.exec(marker);
    const output = /^output(\s+excerpt)?$/.exec(marker);
    if (write) steps.push({ kind: 'write', line, path: write[1]!, content: block });
    else if (run) {
      const commands = block
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .map((l) => {
          if (!l.startsWith('npx kb ')) throw new Error(`line ${line}: a run step may only hold npx kb commands, not "${l}"`);
          return splitCommand(l).slice(2);
        });
      steps.push({ kind: 'run', line, commands, exit: Number(run[1] ?? 0) });
    } else if (output) steps.push({ kind: 'output', line, text: block, excerpt: Boolean(output[1]) });
    else throw new Error(`line ${line}: unknown step "${marker}"; use write PATH, run, run, exit N, output or output excerpt`);
  });
  return steps;
}
