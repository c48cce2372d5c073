import { describe, expect, test } from 'vitest';
import { formatOpeningHours } from '../../src/core/handoff/opening-hours.ts';
import { TROUBLESHOOTER_STRINGS } from '../../src/core/i18n/troubleshooter-strings.ts';
import { LOCALES } from '../../src/core/locales.ts';

const hours = [
  { days: 'Mon-Fri', from: '08:00', to: '21:00' },
  { days: 'Sat', from: '10:00', to: '14:00' },
  { days: 'Mon-Sun', from: '00:00', to: '23:59' },
];

describe('opening hours', () => {
  test('are worded in each locale with its day names and time style', () => {
    const worded = Object.fromEntries(LOCALES.map((l) => [l, formatOpeningHours(hours, l, TROUBLESHOOTER_STRINGS[l])]));
    expect(worded).toMatchInlineSnapshot(`
      {
        "da": [
          "man–fre 08.00–21.00",
          "lør 10.00–14.00",
          "man–søn døgnet rundt",
        ],
        "de": [
          "Mo–Fr 08:00–21:00",
          "Sa 10:00–14:00",
          "Mo–So rund um die Uhr",
        ],
        "en": [
          "Mon–Fri 08:00–21:00",
          "Sat 10:00–14:00",
          "Mon–Sun around the clock",
        ],
        "fi": [
          "ma–pe 08.00–21.00",
          "la 10.00–14.00",
          "ma–su ympäri vuorokauden",
        ],
        "lt": [
          "Pr–Pn 08:00–21:00",
          "Š 10:00–14:00",
          "Pr–Sk visą parą",
        ],
        "sv": [
          "mån–fre 08:00–21:00",
          "lör 10:00–14:00",
          "mån–sön dygnet runt",
        ],
      }
    `);
  });

  test('days that are not English abbreviations are shown as written', () => {
    expect(formatOpeningHours([{ days: 'Weekdays', from: '09:00', to: '17:00' }], 'de', TROUBLESHOOTER_STRINGS.de)).toEqual([
      'Weekdays 09:00–17:00',
    ]);
  });
});
