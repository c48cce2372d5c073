import { describe, expect, test } from 'vitest';
import { fieldMessage, fill, validateField, type PublicField } from '../../src/core/handoff/field-validation.ts';
import { TROUBLESHOOTER_STRINGS } from '../../src/core/i18n/troubleshooter-strings.ts';
import { LOCALES } from '../../src/core/locales.ts';

const customerNumber: PublicField = { label: 'Customer number', kind: 'customer-number', required: true, pattern: '^\\d{8}$' };
const orderNumber: PublicField = { label: 'Order number', kind: 'text', required: true, pattern: '^NL-\\d{6}$' };
const phone: PublicField = { label: 'Phone number', kind: 'phone', required: false, pattern: '^\\+?[0-9 ]{8,20}$' };
const email: PublicField = { label: 'Email address', kind: 'email', required: true, maxLength: 254 };
const description: PublicField = { label: 'What happened?', kind: 'multiline', required: true, maxLength: 20 };
const en = TROUBLESHOOTER_STRINGS.en;
const message = (field: PublicField, value: string) => {
  const problem = validateField(field, value);
  return problem && fieldMessage(problem, field.label, en);
};

describe('checking a handoff field', () => {
  test('a customer number of the wrong length says how many digits it needs', () => {
    expect(message(customerNumber, '1234')).toBe('Customer number must be 8 digits.');
    expect(message(customerNumber, '1234567a')).toBe('Customer number must be 8 digits.');
    expect(message(customerNumber, '12345678')).toBeUndefined();
    expect(message(customerNumber, ' 12345678 ')).toBeUndefined();
  });

  test('an empty required field asks to be filled in; an empty optional one is fine', () => {
    expect(message(customerNumber, '   ')).toBe('Please fill in this field.');
    expect(message(phone, '')).toBeUndefined();
  });

  test('a value that breaks a pattern is reported by its kind, or as a format problem', () => {
    expect(message(phone, '12')).toBe('Enter a phone number like +45 12 34 56 78.');
    expect(message(orderNumber, 'NL-12')).toBe('Order number is not in the right format.');
    expect(message(orderNumber, 'NL-204518')).toBeUndefined();
  });

  test('an email field without a pattern still needs an email address', () => {
    expect(message(email, 'jens.hansen')).toBe('Enter an email address like name@example.com.');
    expect(message(email, 'jens@example')).toBe('Enter an email address like name@example.com.');
    expect(message(email, 'jens@example.dk')).toBeUndefined();
  });

  test('text over the maximum length says the maximum, counting characters not bytes', () => {
    expect(message(description, 'x'.repeat(21))).toBe('This is too long: use at most 20 characters.');
    expect(message(description, 'æøå🙂'.repeat(5))).toBeUndefined();
  });

  test('a pattern that does not compile checks nothing instead of breaking the page', () => {
    expect(validateField({ label: 'X', kind: 'text', required: true, pattern: '([' }, 'anything')).toBeUndefined();
  });

  test('every locale words the digits message with the label and the count', () => {
    const problem = validateField(customerNumber, '1');
    expect(problem).toEqual({ code: 'digits', count: 8 });
    const messages = Object.fromEntries(
      LOCALES.map((l) => [l, fieldMessage(problem!, l === 'en' ? 'Customer number' : 'X', TROUBLESHOOTER_STRINGS[l])]),
    );
    expect(messages).toMatchInlineSnapshot(`
      {
        "da": "X skal være 8 cifre.",
        "de": "X muss aus 8 Ziffern bestehen.",
        "en": "Customer number must be 8 digits.",
        "fi": "X: anna 8 numeroa.",
        "lt": "X turi būti iš 8 skaitmenų.",
        "sv": "X ska vara 8 siffror.",
      }
    `);
  });

  test('placeholders without a value are left as they are', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
