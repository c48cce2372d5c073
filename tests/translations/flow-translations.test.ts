import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/flows/parse-yaml.ts';
import { describeTextPath, flowTranslations, localizedTexts, type LineHistory, type Revision } from '../../src/core/translations/index.ts';
import { WIFI_FLOW } from './git-project.ts';

const old: Revision = { commit: 'a'.repeat(40), time: 1_000, rank: 1 };
const fresh: Revision = { commit: 'b'.repeat(40), time: 2_000, rank: 2 };
const quiet: Revision = { commit: 'c'.repeat(40), time: 3_000, rank: 3, quiet: true };

function row(yaml: string, lines: LineHistory, locales = ['en', 'da'] as const) {
  const parsed = parseYaml(yaml, 'flows/wifi.yaml');
  return flowTranslations({ id: 'wifi', file: 'flows/wifi.yaml', texts: localizedTexts(parsed.value, parsed.map, yaml), locales: [...locales], lines });
}

/** Every line from `old`, except the given lines. */
function blame(changes: Record<number, Revision | undefined>): LineHistory {
  const revisions = WIFI_FLOW.split('\n').map((_, i) => (i + 1 in changes ? changes[i + 1] : old));
  return { kind: 'lines', revisions };
}

describe('flowTranslations', () => {
  it('marks a text stale when a line of its English text is newer than every line of the translation', () => {
    const cell = row(WIFI_FLOW, blame({ 16: fresh })).cells.da;
    expect(cell.state).toBe('stale');
    expect(cell.stale).toEqual([
      { path: 'nodes.restart.text', label: '"text" of node "restart"', node: 'restart', line: 17, column: 7, sourceRevision: fresh, translationRevision: old },
    ]);
  });

  it('keeps a text current when the translation changed in the same commit or later', () => {
    expect(row(WIFI_FLOW, blame({ 16: fresh, 17: fresh })).cells.da.state).toBe('current');
    expect(row(WIFI_FLOW, blame({ 29: fresh, 33: fresh })).cells.da.state).toBe('current');
  });

  it('ignores English changes from commits that say translations are unchanged', () => {
    expect(row(WIFI_FLOW, blame({ 16: quiet })).cells.da.state).toBe('current');
  });

  it('cannot tell when a line is not committed', () => {
    expect(row(WIFI_FLOW, blame({ 17: undefined })).cells.da.state).toBe('unknown');
    expect(row(WIFI_FLOW, { kind: 'uncommitted' }).cells.da.state).toBe('unknown');
    expect(row(WIFI_FLOW, { kind: 'uniform' }).cells.da.state).toBe('current');
  });

  it('lists the texts a locale lacks, at the text', () => {
    const cells = row(WIFI_FLOW, { kind: 'uniform' }).cells;
    expect(cells.en.state).toBe('source');
    expect(cells.de.state).toBe('missing');
    expect(cells.de.missing.map((t) => `${t.line}:${t.column} ${t.label}`)).toEqual([
      '4:1 "title"',
      '7:1 "summary"',
      '15:5 "text" of node "restart"',
      '21:5 "text" of node "done"',
      '27:5 "text" of node "tech"',
    ]);
  });
});

describe('describeTextPath', () => {
  it('names texts the way writers find them', () => {
    expect(describeTextPath(['title'])).toBe('"title"');
    expect(describeTextPath(['nodes', 'where', 'options', 1, 'label'])).toBe('"label" of answer 2 of node "where"');
    expect(describeTextPath(['nodes', 'tech', 'reason'])).toBe('"reason" of node "tech"');
  });
});
