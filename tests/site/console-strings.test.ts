import { describe, expect, test } from 'vitest';
import { decodeCaseCode } from '../../src/core/handoff/case-code.ts';
import { pickUpCase } from '../../src/core/handoff/pick-up-case.ts';
import { CONSOLE_STRINGS } from '../../src/core/i18n/console-strings.ts';
import { LOCALES } from '../../src/core/locales.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every string of a table, by its path: `kinds.question`, `pickupErrors.empty.hint`. */
function leaves(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
}

describe('console interface strings', () => {
  const english = new Map(leaves(CONSOLE_STRINGS.en));

  test.each(LOCALES.filter((l) => l !== 'en'))('%s has every string, translated, with the same placeholders as English', (locale) => {
    const own = leaves(CONSOLE_STRINGS[locale]);
    expect(own.map(([path]) => path).sort()).toEqual([...english.keys()].sort());
    for (const [path, text] of own) {
      expect(text.trim(), path).not.toBe('');
      expect(placeholders(text), path).toEqual(placeholders(english.get(path) ?? ''));
    }
  });

  test('every locale names the console and its step in its own words', () => {
    expect(LOCALES.map((l) => CONSOLE_STRINGS[l].title)).toEqual([
      'Call console', 'Opkaldskonsol', 'Anrufkonsole', 'Puhelukonsoli', 'Samtalskonsol', 'Skambučių konsolė',
    ]);
    expect(new Set(LOCALES.map((l) => CONSOLE_STRINGS[l].copyNotes)).size).toBe(LOCALES.length);
  });

  test("the English pickup errors are the case-code reader's own messages", () => {
    const errors = CONSOLE_STRINGS.en.pickupErrors;
    const typo = decodeCaseCode('4QH0-DR4F-RH');
    const empty = decodeCaseCode('  ');
    const unknown = pickUpCase('4QH0-DR4F-RG', new Map());
    if (typo.ok || empty.ok || unknown.ok) throw new Error('expected errors');
    expect(errors['check-mismatch']).toEqual({ message: typo.error.message, hint: typo.error.hint });
    expect(errors.empty).toEqual({ message: empty.error.message, hint: empty.error.hint });
    expect(errors['unknown-flow']).toEqual({ message: unknown.error.message, hint: unknown.error.hint });
  });
});
