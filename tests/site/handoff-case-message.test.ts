import { describe, expect, test } from 'vitest';
import { casePayload, caseSubject, caseText, mailtoUrl, type HandoffCase } from '../../src/core/handoff/case-message.ts';
import { TROUBLESHOOTER_STRINGS } from '../../src/core/i18n/troubleshooter-strings.ts';

const theCase: HandoffCase = {
  flow: 'invoice-charge',
  flowTitle: 'Min regning er forkert',
  version: 2,
  locale: 'da',
  caseCode: '7K3M-QX2P-4',
  answers: [0, 5],
  transcript: [
    { state: 'sign-in-first', question: 'Kan du se regningen?', answer: 'Ja' },
    { state: 'which-charge', question: 'Hvilket beløb?', answer: 'Noget andet' },
  ],
  fields: [
    { id: 'customer-number', label: 'Kundenummer', value: ' 12345678 ' },
    { id: 'invoice-number', label: 'Fakturanummer', value: '' },
  ],
  queue: 'billing',
  queueName: 'Regninger og betaling',
};
const da = TROUBLESHOOTER_STRINGS.da;

describe('a case leaving the browser', () => {
  test('the webhook gets the agreed JSON fields, with trimmed values', () => {
    expect(casePayload(theCase)).toEqual({
      flow: 'invoice-charge',
      version: 2,
      locale: 'da',
      caseCode: '7K3M-QX2P-4',
      answers: [0, 5],
      transcript: theCase.transcript,
      fields: { 'customer-number': '12345678', 'invoice-number': '' },
      queue: 'billing',
    });
  });

  test('the plain text has the code, the answers and the filled-in fields, in the customer\'s language', () => {
    expect(caseSubject(theCase, da)).toBe('Min regning er forkert – sag 7K3M-QX2P-4');
    expect(caseText(theCase, da)).toMatchInlineSnapshot(`
      "Sagskode: 7K3M-QX2P-4
      Fejlfinding: Min regning er forkert (invoice-charge, v2)

      Mine svar:
      1. Kan du se regningen?
         → Ja
      2. Hvilket beløb?
         → Noget andet

      Mine oplysninger:
      Kundenummer: 12345678"
    `);
  });

  test('the email link is percent-encoded UTF-8 with CRLF line breaks', () => {
    expect(mailtoUrl('billing@example.invalid', 'Sag æ&ø', 'a\nb=c')).toBe(
      'mailto:billing@example.invalid?subject=Sag%20%C3%A6%26%C3%B8&body=a%0D%0Ab%3Dc',
    );
    expect(mailtoUrl('billing@example.invalid', 'Only a subject')).toBe(
      'mailto:billing@example.invalid?subject=Only%20a%20subject',
    );
  });
});
