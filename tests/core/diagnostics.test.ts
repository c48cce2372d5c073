import { describe, expect, it } from 'vitest';
import { formatDiagnostics, positionAt, type Diagnostic } from '../../src/core/diagnostics.ts';

const missing: Diagnostic = {
  file: 'flows/wifi.yaml',
  line: 14,
  column: 7,
  severity: 'error',
  code: 'missing-node',
  message: 'next "reboot" does not exist',
  hint: 'Did you mean "reboot-router"?',
};
const untranslated: Diagnostic = {
  file: 'flows/wifi.yaml',
  line: 3,
  column: 1,
  severity: 'warning',
  code: 'missing-translation',
  message: 'title has no da translation',
};

describe('formatDiagnostics', () => {
  it('prints path:line:column, severity, message and code, then the hint, sorted by position, with a summary', () => {
    expect(formatDiagnostics([missing, untranslated], 'human')).toMatchInlineSnapshot(`
      "flows/wifi.yaml:3:1: warning: title has no da translation [missing-translation]
      flows/wifi.yaml:14:7: error: next "reboot" does not exist [missing-node]
        hint: Did you mean "reboot-router"?
      1 error, 1 warning"
    `);
  });

  it('prints JSON objects with exactly the documented keys', () => {
    const parsed = JSON.parse(formatDiagnostics([missing], 'json'));
    expect(parsed).toEqual([
      {
        file: 'flows/wifi.yaml',
        line: 14,
        column: 7,
        severity: 'error',
        code: 'missing-node',
        message: 'next "reboot" does not exist',
        hint: 'Did you mean "reboot-router"?',
      },
    ]);
  });

  it('prints GitHub workflow annotations with escaped properties and messages', () => {
    const tricky: Diagnostic = { ...missing, file: 'flows/a,b.yaml', message: 'line one\nline two: 100%' };
    expect(formatDiagnostics([tricky], 'github')).toBe(
      '::error file=flows/a%2Cb.yaml,line=14,col=7,title=missing-node::line one%0Aline two: 100%25 (hint: Did you mean "reboot-router"?)',
    );
  });

  it('says so when there are no problems', () => {
    expect(formatDiagnostics([], 'human')).toBe('0 errors, 0 warnings');
    expect(formatDiagnostics([], 'json')).toBe('[]');
  });
});

describe('positionAt', () => {
  it('turns offsets into 1-based lines and columns', () => {
    const text = 'ab\ncd\n\nef';
    expect(positionAt(text, 0)).toMatchObject({ line: 1, column: 1 });
    expect(positionAt(text, 4)).toMatchObject({ line: 2, column: 2 });
    expect(positionAt(text, 7)).toMatchObject({ line: 4, column: 1 });
    expect(positionAt(text, 999)).toMatchObject({ line: 4, column: 3 });
  });
});
