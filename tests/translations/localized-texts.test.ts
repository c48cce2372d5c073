import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/flows/parse-yaml.ts';
import { localizedTexts } from '../../src/core/translations/index.ts';
import { WIFI_FLOW } from './git-project.ts';

function texts(yaml: string) {
  const parsed = parseYaml(yaml, 'flows/x.yaml');
  return localizedTexts(parsed.value, parsed.map, yaml).map((t) => ({
    path: t.path.join('.'),
    lines: Object.fromEntries([...t.locales].map(([locale, at]) => [locale, [at.first, at.last]])),
  }));
}

describe('localizedTexts', () => {
  it('finds every text keyed by locale with the lines each locale takes', () => {
    expect(texts(WIFI_FLOW)).toEqual([
      { path: 'title', lines: { en: [5, 5], da: [6, 6] } },
      { path: 'summary', lines: { en: [8, 8], da: [9, 9] } },
      { path: 'nodes.restart.text', lines: { en: [16, 16], da: [17, 17] } },
      { path: 'nodes.done.text', lines: { en: [22, 22], da: [23, 23] } },
      { path: 'nodes.tech.text', lines: { en: [28, 30], da: [31, 33] } },
    ]);
  });

  it('gives both locales the same line when they share one', () => {
    const yaml = 'options:\n  - label: { en: Yes, da: Ja }\n    next: a\n';
    expect(texts(yaml)).toEqual([{ path: 'options.0.label', lines: { en: [2, 2], da: [2, 2] } }]);
  });

  it('counts a compact list at the key\'s own indentation as part of the value', () => {
    const yaml = 'keywords:\n  en:\n  - slow\n  - wifi\n  da: [langsom]\nstart: a\n';
    expect(texts(yaml)).toEqual([{ path: 'keywords', lines: { en: [2, 4], da: [5, 5] } }]);
  });

  it('leaves out mappings that are not texts, like variable assignments', () => {
    expect(texts('set: { en: x }\nvariables:\n  da: { values: [a] }\n')).toEqual([]);
  });
});
