import { describe, expect, it } from 'vitest';
import { formatDiagnostics, type Diagnostic } from '../../src/core/diagnostics.ts';

const list: Diagnostic[] = [
  { file: 'flows/wifi.yaml', line: 14, column: 7, severity: 'error', code: 'missing-node', message: 'next "reboot" does not exist', hint: 'Did you mean "reboot-router"?' },
  { file: 'content/da/internet/router.md', line: 1, column: 1, severity: 'warning', code: 'translation-stale', message: 'this da translation is stale' },
  { file: 'flows/wifi.yaml', line: 3, column: 1, severity: 'warning', code: 'missing-translation', message: 'title has no da translation' },
];

describe('formatDiagnostics with grouped: true', () => {
  it('prints each file once, then its problems aligned under it, then the summary', () => {
    expect(formatDiagnostics(list, 'human', { grouped: true })).toMatchInlineSnapshot(`
      "content/da/internet/router.md
        1:1   warning  this da translation is stale  [translation-stale]

      flows/wifi.yaml
        3:1   warning  title has no da translation  [missing-translation]
        14:7  error    next "reboot" does not exist  [missing-node]
                       hint: Did you mean "reboot-router"?

      1 error, 2 warnings"
    `);
  });

  it('colours severities, file names, hints and the summary with color: true', () => {
    const text = formatDiagnostics(list.slice(0, 1), 'human', { grouped: true, color: true });
    expect(text.split('\n')).toEqual([
      '\u001b[1mflows/wifi.yaml\u001b[0m',
      '  \u001b[2m14:7\u001b[0m  \u001b[31merror  \u001b[0m  next "reboot" does not exist  \u001b[2m[missing-node]\u001b[0m',
      '                 \u001b[2mhint: Did you mean "reboot-router"?\u001b[0m',
      '',
      '\u001b[31m1 error\u001b[0m, 0 warnings',
    ]);
  });

  it('prints only the summary when there is nothing to report', () => {
    expect(formatDiagnostics([], 'human', { grouped: true, color: true })).toBe('0 errors, 0 warnings');
  });

  it('leaves json and github output as they are', () => {
    expect(formatDiagnostics(list, 'json', { grouped: true, color: true })).toBe(formatDiagnostics(list, 'json'));
    expect(formatDiagnostics(list, 'github', { grouped: true, color: true })).toBe(formatDiagnostics(list, 'github'));
  });
});
