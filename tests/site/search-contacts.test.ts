import { describe, expect, test } from 'vitest';
import type { HandoffConfig } from '../../src/core/handoff/config-schema.ts';
import { TROUBLESHOOTER_STRINGS } from '../../src/core/i18n/troubleshooter-strings.ts';
import { searchContacts } from '../../src/core/site/search-contacts.ts';
import { loadSearchContacts } from '../../src/node/search-contacts.ts';

const root = new URL('../..', import.meta.url).pathname;

const queue = (name: string, extra: Partial<HandoffConfig['queues'][string]> = {}) => ({ name: { en: name }, ...extra });

describe('searchContacts', () => {
  test('offers technical support and billing from the sample handoff file, in the reader\'s language', () => {
    expect(loadSearchContacts(root, 'da')).toEqual([
      {
        queue: 'technical-support',
        name: 'Teknisk support',
        phone: '+45 70 20 30 10',
        tel: '+4570203010',
        hours: ['man–fre 08.00–21.00', 'lør–søn 10.00–18.00'],
        email: 'support@nordlys-net.invalid',
      },
      {
        queue: 'billing',
        name: 'Regninger og betaling',
        phone: '+45 70 20 30 20',
        tel: '+4570203020',
        hours: ['man–fre 09.00–17.00'],
        email: 'billing@nordlys-net.invalid',
      },
    ]);
  });

  test('never shows transfer instructions, webhooks or chat links', () => {
    const handoff: HandoffConfig = {
      queues: {
        'technical-support': queue('Tech', {
          email: 'tech@example.invalid',
          transfer: { en: 'Transfer to extension 2100' },
          webhook: 'https://hooks.example.invalid/x',
          chat: 'https://chat.example.invalid',
        }),
      },
      fields: {},
    };
    const [contact] = searchContacts(handoff, 'en', TROUBLESHOOTER_STRINGS.en);
    expect(contact).toEqual({ queue: 'technical-support', name: 'Tech', hours: [], email: 'tech@example.invalid' });
  });

  test('falls back to the first two reachable queues of a file without the usual ones', () => {
    const handoff: HandoffConfig = {
      queues: {
        quiet: queue('No way to reach'),
        sales: queue('Sales', { phone: '+45 11 22 33 44' }),
        help: queue('Help desk', { email: 'help@example.invalid' }),
        more: queue('More', { email: 'more@example.invalid' }),
      },
      fields: {},
    };
    expect(searchContacts(handoff, 'fi', TROUBLESHOOTER_STRINGS.fi).map((c) => c.name)).toEqual(['Sales', 'Help desk']);
    expect(searchContacts(undefined, 'en', TROUBLESHOOTER_STRINGS.en)).toEqual([]);
  });
});
