import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { encodeCaseCode } from '../../src/core/handoff/case-code.ts';
import { caseNotesOf, renderCaseNotes } from '../../src/core/handoff/case-notes.ts';
import { pickUpCase } from '../../src/core/handoff/pick-up-case.ts';
import { stateOf } from '../../src/core/flows/walk.ts';
import { loadFlows } from '../../src/node/load-flows.ts';
import { runKb } from '../cli/run-kb.ts';

const root = join(import.meta.dirname, '../..');
const { flows, handoff } = loadFlows(root, 'agent');
// home, fibre, no fault listed, no lights, power did not help → technician
const answers = [0, 0, 1, 0, 1];
const code = encodeCaseCode({ flowId: 'internet-down', flowVersion: 1, locale: 'da', answers });

describe('pickUpCase', () => {
  it('rebuilds the exact step a customer stopped at from the code alone', () => {
    const picked = pickUpCase(code.toLowerCase().replace(/-/g, ' '), flows);
    expect(picked.ok).toBe(true);
    if (!picked.ok) return;
    expect(picked.value).toMatchObject({ status: 'exact', customerLocale: 'da', recovered: 5, total: 5, code });
    expect(stateOf(picked.value.walk)).toBe('technician');
  });

  it('replays a code from an older version of the flow and says so', () => {
    const newer = new Map(flows);
    newer.set('internet-down', { ...flows.get('internet-down')!, version: 2 });
    const picked = pickUpCase(code, newer);
    expect(picked.ok && picked.value.status).toBe('replayed');
  });

  it('says how much it recovered when old answers no longer fit, and never jumps past them', () => {
    const old = encodeCaseCode({ flowId: 'internet-down', flowVersion: 1, locale: 'en', answers: [0, 0, 1, 7, 0] });
    const newer = new Map(flows);
    newer.set('internet-down', { ...flows.get('internet-down')!, version: 2 });
    const picked = pickUpCase(old, newer);
    if (!picked.ok) throw new Error('expected a pickup');
    expect(picked.value).toMatchObject({ status: 'partial', recovered: 3, total: 5, failure: { answer: 4 } });
    expect(stateOf(picked.value.walk)).toBe('router-lights');
    const notes = caseNotesOf({ flow: picked.value.flow, walk: picked.value.walk, caseCode: picked.value.code, customerLocale: 'en', locale: 'en', pickup: picked.value });
    expect(notes.notice).toBe(
      'This code was made on version 1 of the troubleshooter; the current version is 2. Only the first 3 of 5 answers could be recovered; ask the customer about the rest.',
    );
    expect(notes.outcome).toBe('open');
  });

  it('catches a typo with the check character', () => {
    const typo = code.replace(/[0-9A-Z](?=[^-]*$)/, (c) => (c === 'A' ? 'B' : 'A'));
    const picked = pickUpCase(typo, flows);
    expect(picked.ok).toBe(false);
  });

  it('says when a valid code belongs to no troubleshooter of this site', () => {
    const picked = pickUpCase(encodeCaseCode({ flowId: 'no-such-flow', flowVersion: 1, locale: 'en', answers: [] }), flows);
    expect(!picked.ok && picked.error.code).toBe('unknown-flow');
  });
});

describe('case notes', () => {
  it('list the problem, each step with its result, the outcome, the queue and what to collect, in the representative\'s language', () => {
    const picked = pickUpCase(code, flows);
    if (!picked.ok) throw new Error('expected a pickup');
    const notes = caseNotesOf({
      flow: picked.value.flow,
      walk: picked.value.walk,
      caseCode: picked.value.code,
      customerLocale: 'da',
      locale: 'da',
      handoff,
      fields: { 'customer-number': '12345678' },
    });
    expect(notes.steps.map((s) => s.result ?? null)).toEqual([null, null, null, null, 'not-fixed']);
    expect(renderCaseNotes(notes)).toMatchInlineSnapshot(`
      "Sagskode: 4QH0-DR4F-RG
      Problem: Min internetforbindelse virker ikke
      Fejlsøgning: internet-down, version 1
      Kundens sprog: dansk

      Afprøvede trin:
        1. Er forbindelsen til dit hjem eller til en virksomhed?
           → Til mit hjem
        2. Hvilken type forbindelse har du? Det står i din ordrebekræftelse og i Mit Nordlys.
           → Fiber
        3. Se på vores driftsstatus, om der er kendte fejl på din adresse. Du kan åbne siden på din mobil med mobildata. Er der en fejl i dit område?
           → Nej, der står ikke noget
        4. Se på lamperne foran på din router. Hvad ser du?
           → Ingen lamper lyser
        5. Tjek, at strømforsyningen sidder ordentligt i begge ender, at stikkontakten virker (prøv med en lampe), og at tænd/sluk-knappen bag på routeren er trykket ind. Vent derefter to minutter.
           → Det virker stadig ikke

      Resultat: Sendt videre til Teknisk support
      Årsag: Forbindelsen virker stadig ikke efter genstart og kabeltjek
      Indhent før viderestilling: Kundenummer, Adresse, Hvad er der sket?, Telefonnummer
      Oplysninger fra kunden:
        Kundenummer: 12345678
      "
    `);
  });

  it('show the representative’s checklist of what to collect when the console knows it', () => {
    const picked = pickUpCase(code, flows);
    if (!picked.ok) throw new Error('expected a pickup');
    const input = { flow: picked.value.flow, walk: picked.value.walk, caseCode: picked.value.code, customerLocale: 'da', locale: 'en', handoff } as const;
    const notes = caseNotesOf({ ...input, collected: ['address', 'customer-number', 'not-a-field'] });
    expect(notes.collect.map((c) => [c.id, c.collected])).toEqual([
      ['customer-number', true],
      ['address', true],
      ['description', false],
      ['phone', false],
    ]);
    expect(renderCaseNotes(notes)).toContain(
      'Collect before transferring:\n  [x] Customer number\n  [x] Address\n  [ ] What happened?\n  [ ] Phone number\n',
    );
    // Nothing ticked is still a checklist; without one (kb case), the notes list what to collect.
    expect(renderCaseNotes(caseNotesOf({ ...input, collected: [] }))).toContain('  [ ] Customer number\n');
    expect(renderCaseNotes(caseNotesOf(input))).toContain('Collect before transferring: Customer number, Address, What happened?, Phone number\n');
  });
});

describe('kb case', () => {
  it('prints the notes for a code and exits 0', async () => {
    const run = await runKb(['case', code, '--json'], { cwd: root });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ caseCode: code, outcome: 'handoff', queue: { id: 'technical-support' }, status: 'exact' });
  });

  it('exits 1 with a clear message on a mistyped code', async () => {
    const run = await runKb(['case', '4QH0-DR4F-RX'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^kb case: /);
  });
});
