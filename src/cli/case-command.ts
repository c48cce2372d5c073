/** `kb case <code>`: decodes a customer's case code and prints the case notes a representative pastes into a ticket. */
import { resolve } from 'node:path';
import { caseNotesOf, renderCaseNotes } from '../core/handoff/case-notes.ts';
import { pickUpCase } from '../core/handoff/pick-up-case.ts';
import { isLocale, LOCALES, type Locale } from '../core/locales.ts';
import { loadFlows } from '../node/load-flows.ts';
import { EXIT, UsageError, type CliIo } from './cli-io.ts';
import { parseOptions } from './parse-options.ts';

/** Runs `kb case`; exit 1 when the code has a typo or belongs to no flow. */
export function caseCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(
    args,
    {
      locale: { type: 'string', default: 'en' },
      json: { type: 'boolean', default: false },
      'customer-wording': { type: 'boolean', default: false },
      root: { type: 'string' },
    },
    8,
  );
  // A code read out over the phone may be typed with spaces: join the words.
  const code = positionals.join('');
  if (!code) throw new UsageError('which case? Give the code the customer reads out, e.g. kb case 4QH0-DPJ5-MB2Z-G*');
  if (!isLocale(values.locale)) throw new UsageError(`unknown locale "${values.locale}"`, `use one of: ${LOCALES.join(', ')}`);
  const locale: Locale = values.locale;
  const { flows, handoff } = loadFlows(resolve(io.cwd, values.root ?? '.'), 'agent');
  const picked = pickUpCase(code, flows);
  if (!picked.ok) {
    const { message, hint, position } = picked.error;
    const where = position ? ` (character ${position})` : '';
    io.stderr.write(`kb case: ${message}${where}\nhint: ${hint}\n`);
    return EXIT.failure;
  }
  const c = picked.value;
  const notes = caseNotesOf({
    flow: c.flow,
    walk: c.walk,
    caseCode: c.code,
    customerLocale: c.customerLocale,
    locale,
    ...(handoff ? { handoff } : {}),
    customerWording: values['customer-wording'],
    pickup: { status: c.status, codeVersion: c.codeVersion, recovered: c.recovered, total: c.total },
  });
  io.stdout.write(values.json ? JSON.stringify({ ...notes, status: c.status }, null, 2) + '\n' : renderCaseNotes(notes));
  return EXIT.ok;
}
