/**
 * Flow ids come from file names (flows/<id>.yaml), so two files can claim
 * one id: `wifi.yaml` and `wifi.yml`, or the same name in two folders.
 * The flow checker reads each file alone and cannot see it.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { flowIdOfFile } from '../flows/check-flows.ts';

/** A `duplicate-flow-id` error on every file but the first (in path order) of each id. */
export function checkFlowFiles(files: readonly string[]): Diagnostic[] {
  const first = new Map<string, string>();
  const found: Diagnostic[] = [];
  for (const file of [...files].sort()) {
    const id = flowIdOfFile(file);
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, file);
      continue;
    }
    found.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      code: 'duplicate-flow-id',
      message: `the flow id "${id}" is also used by ${earlier}`,
      hint: 'A flow\'s id is its file name, and each must be unique: rename one of the files (and its id:), or delete the copy.',
    });
  }
  return found;
}
