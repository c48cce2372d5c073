/**
 * Checks what a customer types into a handoff field, as they type, and words
 * the problem for them: "Customer number must be 8 digits". The rules come
 * from content/handoff.yaml (kind, required, pattern, maxLength).
 * Browser-safe: the handoff island imports this file.
 */

/** What the browser needs to know about a field (no representatives' text). */
export interface PublicField {
  label: string;
  help?: string;
  kind: 'text' | 'multiline' | 'email' | 'phone' | 'customer-number' | 'postcode';
  required: boolean;
  pattern?: string;
  maxLength?: number;
  /** True when the label and help are English because the locale has none. */
  english?: boolean;
}

/** Why a value is not accepted. */
export type FieldProblem =
  | { code: 'required' }
  | { code: 'too-long'; max: number }
  | { code: 'digits'; count: number }
  | { code: 'email' }
  | { code: 'phone' }
  | { code: 'postcode' }
  | { code: 'format' };

/** The message templates a locale words problems with; `{label}`, `{max}` and `{count}` are filled in. */
export interface FieldMessages {
  required: string;
  tooLong: string;
  digits: string;
  emailInvalid: string;
  phoneInvalid: string;
  postcodeInvalid: string;
  format: string;
}

// Deliberately loose: the address is checked by whoever replies to it.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;
const PHONE = /^\+?[0-9][0-9 ()-]{5,24}$/u;
const POSTCODE = /^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/u;
const DIGITS_PATTERN = /^\^\\d\{(\d{1,3})\}\$$/u;

/** A writer's pattern as a regular expression; one that does not compile checks nothing. */
function compile(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}

/**
 * The problem with `value` for `field`, or `undefined` when it is fine.
 * Leading and trailing spaces are ignored; an empty optional field is fine.
 */
export function validateField(field: PublicField, value: string): FieldProblem | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return field.required ? { code: 'required' } : undefined;
  if (field.maxLength !== undefined && [...trimmed].length > field.maxLength) {
    return { code: 'too-long', max: field.maxLength };
  }
  const pattern = field.pattern === undefined ? undefined : compile(field.pattern);
  if (pattern && !pattern.test(trimmed)) {
    const digits = DIGITS_PATTERN.exec(field.pattern ?? '');
    if (digits) return { code: 'digits', count: Number(digits[1]) };
    return kindProblem(field.kind) ?? { code: 'format' };
  }
  if (field.kind === 'email' && !EMAIL.test(trimmed)) return { code: 'email' };
  if (field.kind === 'phone' && !PHONE.test(trimmed)) return { code: 'phone' };
  if (field.kind === 'postcode' && !POSTCODE.test(trimmed)) return { code: 'postcode' };
  return undefined;
}

function kindProblem(kind: PublicField['kind']): FieldProblem | undefined {
  if (kind === 'email') return { code: 'email' };
  if (kind === 'phone') return { code: 'phone' };
  if (kind === 'postcode') return { code: 'postcode' };
  return undefined;
}

/** Fills `{name}` placeholders in a message template. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}

/** The message a customer reads for `problem` in field `label`. */
export function fieldMessage(problem: FieldProblem, label: string, messages: FieldMessages): string {
  const template = {
    required: messages.required,
    'too-long': messages.tooLong,
    digits: messages.digits,
    email: messages.emailInvalid,
    phone: messages.phoneInvalid,
    postcode: messages.postcodeInvalid,
    format: messages.format,
  }[problem.code];
  return fill(template, { label, ...problem });
}
