import { describe, expect, test } from 'vitest';
import { replay, startWalk, stateOf } from '../../src/core/flows/walk.ts';
import { encodeCaseCode } from '../../src/core/handoff/case-code.ts';
import { caseNotesOf, renderCaseNotes } from '../../src/core/handoff/case-notes.ts';
import { pickUpCase } from '../../src/core/handoff/pick-up-case.ts';
import { CONSOLE_STRINGS } from '../../src/core/i18n/console-strings.ts';
import type { Locale } from '../../src/core/locales.ts';
import { consoleFlowData } from '../../src/core/site/console-data.ts';
import { callOfPickup, flowOfCaseCode, pickupErrorText } from '../../src/core/site/console-pickup.ts';
import { consoleView, type ConsoleCall } from '../../src/core/site/console-view.ts';
import type { ArticleLinks } from '../../src/core/site/troubleshooter-data.ts';
import { loadFlows } from '../../src/node/load-flows.ts';

const root = new URL('../..', import.meta.url).pathname;
const { flows, handoff } = loadFlows(root, 'agent');
const internetDown = flows.get('internet-down');
if (!internetDown) throw new Error('the sample has no internet-down flow');
const articles: ArticleLinks = new Map([
  ['service-status', { en: { url: '/en/internet/service-status/', title: 'Service status' } }],
]);
const dataIn = (locale: Locale) => consoleFlowData({ flow: internetDown, locale, handoff, articles });

interface CallOptions {
  locale?: Locale;
  customerLocale?: Locale;
  customerWording?: boolean;
  fromCode?: number;
}

function callAt(answers: number[], { locale = 'en', customerLocale = locale, customerWording = false, fromCode = 0 }: CallOptions = {}): ConsoleCall {
  const walked = replay(internetDown as NonNullable<typeof internetDown>, answers);
  if (!walked.ok) throw new Error(walked.error.message);
  return { data: dataIn(locale), walk: walked.walk, customerLocale, fromCode, customerWording };
}

/** Home, fibre, nothing listed, no lights, still not working: the technician. */
const TO_TECHNICIAN = [0, 0, 1, 0, 1];

describe('the console data of a flow', () => {
  test('keeps scripts and notes, and only the queues and fields the flow reaches, with transfer instructions', () => {
    const data = dataIn('en');
    expect(data.flow.text.en?.['customer-type']?.script).toMatch(/^I'm sorry your internet is down/);
    expect(Object.keys(data.queues).sort()).toEqual(['business-support', 'technical-support']);
    expect(Object.keys(data.handoff.queues).sort()).toEqual(['business-support', 'technical-support']);
    expect(Object.keys(data.handoff.fields).sort()).toEqual(['address', 'customer-number', 'description', 'phone']);
    expect(data.queues['technical-support']).toMatchObject({
      name: 'Technical support',
      phone: '+45 70 20 30 10',
      tel: '+4570203010',
      hours: ['Mon–Fri 08:00–21:00', 'Sat–Sun 10:00–18:00'],
    });
    expect(data.queues['technical-support']?.transfer?.text).toMatch(/^Transfer to extension 2100/);
  });

  test('gives the English transfer instructions, marked as English, where a locale has none', () => {
    expect(dataIn('da').queues['technical-support']?.transfer).toEqual({ text: expect.stringMatching(/^Viderestil til lokal 2100/) });
    expect(dataIn('lt').queues['technical-support']?.transfer).toEqual({ text: expect.stringMatching(/^Transfer to extension 2100/), lang: 'en' });
  });
});

describe('the console view of a call', () => {
  test('shows what the customer sees, the script and the internal note of the current step, and numbered answers', () => {
    const view = consoleView(callAt([]), CONSOLE_STRINGS.en);
    expect(view.title).toEqual({ text: 'My internet connection is not working' });
    expect(view.meta).toBe('Troubleshooter internet-down, version 1');
    expect(view.customerLanguage).toBe("Customer's language: English");
    expect(view.step).toMatchObject({
      state: 'customer-type',
      kind: 'question',
      kindLabel: 'Question',
      progress: 'Step 1',
      text: { text: 'Is the connection for your home or for a business?' },
      script: { text: expect.stringMatching(/^I'm sorry your internet is down/) },
      note: { text: expect.stringMatching(/^Business customers have a service level agreement/) },
      options: [
        { index: 0, number: 1, label: { text: 'For my home' } },
        { index: 1, number: 2, label: { text: 'For a business' } },
      ],
    });
    expect(view.otherLanguage).toBe(false);
    expect(view.handoff).toBeUndefined();
    expect(view.transcript).toEqual([]);
    expect(view.notices).toEqual([]);
    expect(view.canGoBack).toBe(false);
  });

  test('links the articles a step cites', () => {
    const view = consoleView(callAt([0, 0]), CONSOLE_STRINGS.en);
    expect(view.step.state).toBe('outage-check');
    expect(view.step.articles).toEqual([{ url: '/en/internet/service-status/', title: 'Service status' }]);
  });

  test('at a handoff, shows the queue, how to transfer and what to collect', () => {
    const view = consoleView(callAt(TO_TECHNICIAN), CONSOLE_STRINGS.en);
    expect(view.step).toMatchObject({ state: 'technician', kind: 'handoff', kindLabel: 'Hand over', progress: 'Step 6', options: [] });
    expect(view.step.reason).toEqual({ text: 'Connection still down after restart and cable checks' });
    expect(view.handoff).toEqual({
      heading: 'Transfer to Technical support',
      transfer: { text: expect.stringMatching(/^Transfer to extension 2100/) },
      phone: '+45 70 20 30 10',
      tel: '+4570203010',
      hours: ['Mon–Fri 08:00–21:00', 'Sat–Sun 10:00–18:00'],
      collect: [
        { id: 'customer-number', label: 'Customer number' },
        { id: 'address', label: 'Address' },
        { id: 'description', label: 'What happened?' },
        { id: 'phone', label: 'Phone number' },
      ],
    });
  });

  test('has a transcript that is the case notes, and notes made exactly as `kb case` makes them', () => {
    const call = callAt(TO_TECHNICIAN, { fromCode: 3 });
    const view = consoleView(call, CONSOLE_STRINGS.en);
    expect(view.transcript.map((l) => [l.answer, l.fromCustomer])).toEqual([
      ['For my home', true],
      ['Fibre', true],
      ['No, nothing is listed', true],
      ['No lights at all', false],
      ['Still not working', false],
    ]);
    expect(view.transcript.map((l) => l.text)).toEqual(view.notes.steps.map((s) => s.text));
    const code = encodeCaseCode({ flowId: 'internet-down', flowVersion: 1, locale: 'en', answers: TO_TECHNICIAN });
    expect(view.caseCode).toBe(code);
    const notes = caseNotesOf({ flow: internetDown, walk: call.walk, caseCode: code, customerLocale: 'en', locale: 'en', handoff });
    expect(view.notesText).toBe(renderCaseNotes(notes));
    expect(view.notes).toEqual(notes);
    expect(view.notesFile).toMatch(/^case-[0-9A-Z]{4}-[0-9A-Z]{4}(-[0-9A-Z]+)?\.json$/);
  });

  test("gives the customer's wording, in their language, only when asked for", () => {
    const plain = consoleView(callAt([0], { customerLocale: 'da' }), CONSOLE_STRINGS.en);
    expect(plain.otherLanguage).toBe(true);
    expect(plain.customerLanguage).toBe("Customer's language: Danish");
    expect(plain.step.customerText).toBeUndefined();
    expect(plain.transcript[0]?.customer).toBeUndefined();

    const worded = consoleView(callAt([0], { customerLocale: 'da', customerWording: true }), CONSOLE_STRINGS.en);
    expect(worded.wordingLabel).toBe('In Danish');
    expect(worded.step.customerText).toEqual({ text: 'Hvilken type forbindelse har du? Det står i din ordrebekræftelse og i Mit Nordlys.', lang: 'da' });
    expect(worded.step.options[0]?.customerLabel).toEqual({ text: 'Fiber', lang: 'da' });
    expect(worded.transcript[0]?.customer).toEqual({ text: 'Er forbindelsen til dit hjem eller til en virksomhed?', answer: 'Til mit hjem', lang: 'da' });
    expect(worded.notesText).toContain("(Customer's wording: Er forbindelsen til dit hjem eller til en virksomhed? → Til mit hjem)");
  });

  test('marks English text on a console in a language the flow is not written in, and says so', () => {
    const view = consoleView(callAt([], { locale: 'de' }), CONSOLE_STRINGS.de);
    expect(view.title).toEqual({ text: 'My internet connection is not working', lang: 'en' });
    expect(view.step.text.lang).toBe('en');
    expect(view.step.script?.lang).toBe('en');
    expect(view.step.progress).toBe('Schritt 1');
    expect(view.notices).toEqual([{ text: CONSOLE_STRINGS.de.flowInEnglish, tone: 'info' }]);
  });
});

describe('picking up a case in the console', () => {
  const pickedView = (code: string) => {
    const found = flowOfCaseCode(code, flows.keys());
    if (!found.ok) throw new Error(found.error.message);
    const picked = pickUpCase(code, flows);
    if (!picked.ok) throw new Error(picked.error.message);
    return consoleView(callOfPickup(picked.value, dataIn('en')), CONSOLE_STRINGS.en);
  };

  test('continues at the step where the customer stopped, with their answers marked as given online', () => {
    const view = pickedView(encodeCaseCode({ flowId: 'internet-down', flowVersion: 1, locale: 'sv', answers: [0, 0, 1] }));
    expect(view.step.state).toBe('router-lights');
    expect(view.customerLanguage).toBe("Customer's language: Swedish");
    expect(view.transcript.every((l) => l.fromCustomer)).toBe(true);
    expect(view.notices).toEqual([
      { text: "Picked up the customer's case: 3 answers given online. Continue with the customer from step 4.", tone: 'info' },
    ]);
  });

  test('says when a code from another version still replays', () => {
    const view = pickedView(encodeCaseCode({ flowId: 'internet-down', flowVersion: 4, locale: 'en', answers: [1] }));
    expect(view.step.state).toBe('line-type');
    expect(view.notices).toEqual([{
      text: 'This code was made on version 4 of the troubleshooter; the current version is 1. All answers still apply and are shown on the current version. Continue with the customer from step 2.',
      tone: 'warning',
    }]);
    expect(view.notes).toMatchObject({ status: 'replayed' });
  });

  test('says what it could and could not recover when answers no longer fit, and stops there', () => {
    const code = encodeCaseCode({ flowId: 'internet-down', flowVersion: 2, locale: 'en', answers: [0, 0, 1, 8, 0] });
    const view = pickedView(code);
    expect(view.step.state).toBe('router-lights');
    expect(view.transcript).toHaveLength(3);
    expect(view.notices[0]?.text).toBe(
      'This code was made on version 2 of the troubleshooter; the current version is 1. Only the first 3 of 5 answers could be recovered; ask the customer about the rest. Continue with the customer from step 4.',
    );
    expect(view.notes).toMatchObject({ status: 'partial', pickedUpFrom: code });
  });

  test('a customer who answered nothing yet starts at the beginning, and says so', () => {
    const view = pickedView(encodeCaseCode({ flowId: 'internet-down', flowVersion: 1, locale: 'en', answers: [] }));
    expect(stateOf(startWalk(internetDown))).toBe(view.step.state);
    expect(view.notices[0]?.text).toBe("Picked up the customer's case: they had not answered anything yet. Continue with the customer from step 1.");
  });

  test('finds the flow of a code before its data is loaded, and catches typos and unknown flows', () => {
    const code = encodeCaseCode({ flowId: 'where-is-my-order', flowVersion: 1, locale: 'en', answers: [0] });
    expect(flowOfCaseCode(code, flows.keys())).toEqual({ ok: true, flowId: 'where-is-my-order' });
    const typo = flowOfCaseCode(code.replace(/.$/u, (c) => (c === '0' ? '1' : '0')), flows.keys());
    expect(typo.ok === false && typo.error.code).toBe('check-mismatch');
    const unknown = flowOfCaseCode(code, ['internet-down']);
    expect(unknown.ok === false && unknown.error.code).toBe('unknown-flow');
  });

  test('words why a code cannot be picked up in the representative language, naming a bad character', () => {
    const found = flowOfCaseCode('AB!C-DEFG', flows.keys());
    if (found.ok) throw new Error('expected an error');
    expect(pickupErrorText(found.error, 'AB!C-DEFG', CONSOLE_STRINGS.en).message).toBe('"!" at position 3 is not used in case codes.');
    expect(pickupErrorText(found.error, 'AB!C-DEFG', CONSOLE_STRINGS.da)).toEqual({
      message: '"!" på plads 3 bruges ikke i sagskoder.',
      hint: 'Sagskoder består af tallene 0-9 og bogstaverne A-Z undtagen I, L, O og U.',
    });
  });
});
