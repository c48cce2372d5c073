import { describe, expect, test } from 'vitest';
import { TROUBLESHOOTER_STRINGS } from '../../src/core/i18n/troubleshooter-strings.ts';
import { LOCALES } from '../../src/core/locales.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('troubleshooter interface strings', () => {
  test.each(LOCALES.filter((l) => l !== 'en'))('%s has every string, translated, with the same placeholders as English', (locale) => {
    const en = TROUBLESHOOTER_STRINGS.en;
    const own = TROUBLESHOOTER_STRINGS[locale];
    expect(Object.keys(own).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(own)) {
      const english = en[key as keyof typeof en];
      if (typeof value !== 'string' || typeof english !== 'string') {
        expect(value, key).toHaveLength(7);
        continue;
      }
      expect(value.trim(), key).not.toBe('');
      expect(placeholders(value), key).toEqual(placeholders(english));
    }
  });

  test('every locale says "Step" with the number', () => {
    expect(LOCALES.map((l) => TROUBLESHOOTER_STRINGS[l].step.replace('{n}', '3'))).toEqual([
      'Step 3', 'Trin 3', 'Schritt 3', 'Vaihe 3', 'Steg 3', '3 žingsnis',
    ]);
  });
});
