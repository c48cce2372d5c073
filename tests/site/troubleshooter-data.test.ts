import { describe, expect, it, test } from 'vitest';
import { compileFlow, stripAgentText } from '../../src/core/flows/compile-flow.ts';
import { replay, viewOf } from '../../src/core/flows/walk.ts';
import { handoffConfigSchema } from '../../src/core/handoff/config-schema.ts';
import { stepModel } from '../../src/core/site/step-model.ts';
import { articleLinksOf, telOf, troubleshooterData, type ArticleLinks } from '../../src/core/site/troubleshooter-data.ts';
import { loadFlows as loadSampleFlows } from '../../src/node/load-flows.ts';
import { FIXTURES, loadFlows } from '../fixtures/compile/load-flows.ts';

const root = new URL('../..', import.meta.url).pathname;
const sample = loadSampleFlows(root, 'public');
const fixtures = loadFlows(FIXTURES);

const handoff = handoffConfigSchema.parse({
  queues: {
    'technical-support': {
      name: { en: 'Technical support', da: 'Teknisk support' },
      phone: '+45 70 20 30 10',
      hours: [{ days: 'Mon-Fri', from: '08:00', to: '21:00' }],
      email: 'support@example.invalid',
      transfer: { en: 'TRANSFER-SECRET extension 2100' },
    },
    'business-support': { name: { en: 'Business support' } },
  },
  fields: {
    'customer-number': {
      label: { en: 'Customer number', da: 'Kundenummer' },
      kind: 'customer-number',
      pattern: '^\\d{8}$',
      help: { en: 'Eight digits.' },
    },
  },
});
const articles: ArticleLinks = new Map([
  ['router-lights', {
    en: { url: '/en/internet/router-lights/', title: "How to read your router's lights" },
    da: { url: '/da/internet/router-lights/', title: "How to read your router's lights", english: true },
  }],
]);
const router = stripAgentText(compileFlow('router', fixtures));
const initial = { state: 'who', vars: {} };
const build = (locale: 'en' | 'da' | 'fi') => troubleshooterData({ flow: router, locale, handoff, articles, initial });

describe('the data a troubleshooter page ships', () => {
  test('holds only the page locale\'s text', () => {
    const data = build('da');
    expect(Object.keys(data.flow.text)).toEqual(['da']);
    expect(data.flow.title).toEqual({ da: 'Min router virker ikke' });
    expect(JSON.stringify(data)).not.toContain('My router is not working');
  });

  test('never holds representatives\' scripts, notes or transfer instructions', () => {
    const json = JSON.stringify(build('en'));
    expect(json).not.toContain('Ask who is calling');
    expect(json).not.toContain('Business customers have priority');
    expect(json).not.toContain('TRANSFER-SECRET');
    expect(json).not.toMatch(/"(script|note|transfer)"/);
  });

  test('the public sample flows ship without any script or note in any locale', () => {
    const raw = loadSampleFlows(root, 'agent').flows;
    for (const [id, flow] of sample.flows) {
      const json = JSON.stringify(
        troubleshooterData({ flow, locale: 'en', handoff: sample.handoff, articles: new Map(), initial }),
      );
      const agentOnly = Object.values(raw.get(id)!.text.en ?? {}).flatMap((t) => [t.script, t.note]);
      const transfers = Object.values(sample.handoff?.queues ?? {}).map((q) => q.transfer?.en);
      for (const text of [...agentOnly, ...transfers]) if (text) expect(json).not.toContain(text);
    }
  });

  test('a flow not written in the locale is marked English as a whole', () => {
    const data = build('fi');
    expect(data.flowInEnglish).toBe(true);
    expect(data.flow.text.fi?.who?.text).toBe('Who are you?');
    expect(build('da').flowInEnglish).toBe(false);
    expect(build('en').flowInEnglish).toBe(false);
  });

  test('in a translated flow, the texts still in English are marked one by one', () => {
    const data = build('da');
    expect(data.english).toEqual({ fixed: { text: true } });
    const walked = replay(data.flow, [0, 0, 0]);
    if (!walked.ok) throw new Error(walked.error.message);
    const model = stepModel(data, viewOf(data.flow, walked.walk, 'da', { audience: 'customer' }));
    expect(model).toMatchObject({ kind: 'resolution', heading: 'Resultat', text: 'Glad it works again.', textLang: 'en', partlyEnglish: true });
  });

  test('cited articles link to the locale\'s page, marked when its text is English', () => {
    expect(build('da').articles).toEqual({
      'router-lights': { url: '/da/internet/router-lights/', title: "How to read your router's lights", english: true },
    });
    expect(build('fi').articles['router-lights']).toEqual({
      url: '/en/internet/router-lights/',
      title: "How to read your router's lights",
      english: true,
    });
  });

  test('queues and fields are worded for the locale, with opening hours and a tel: number', () => {
    const data = build('da');
    expect(data.queues['technical-support']).toEqual({
      name: 'Teknisk support',
      phone: '+45 70 20 30 10',
      tel: '+4570203010',
      hours: ['man–fre 08.00–21.00'],
      email: 'support@example.invalid',
    });
    expect(data.fields['customer-number']).toEqual({
      label: 'Kundenummer',
      help: 'Eight digits.',
      kind: 'customer-number',
      required: true,
      pattern: '^\\d{8}$',
      english: true,
    });
  });

  test('a handoff step shows its queue; a question shows its text as the heading and its answers', () => {
    const data = build('en');
    const at = (answers: number[]) => {
      const walked = replay(data.flow, answers);
      if (!walked.ok) throw new Error(walked.error.message);
      return stepModel(data, viewOf(data.flow, walked.walk, 'en', { audience: 'customer' }));
    };
    expect(at([0])).toMatchObject({
      kind: 'question',
      progress: 'Step 2',
      heading: "What do the router's lights show?",
      articles: [{ id: 'router-lights', url: '/en/internet/router-lights/' }],
      options: [{ index: 0, number: 1, label: 'All green' }, { index: 1, number: 2, label: 'Red or off' }],
    });
    expect(at([0, 1])).toMatchObject({
      kind: 'handoff',
      heading: 'Let a person help you',
      text: 'A technician will call you.',
      queue: { id: 'technical-support', name: 'Technical support' },
      collect: ['customer-number'],
    });
  });

  test('phone numbers become tel: numbers with digits and a leading plus', () => {
    expect(telOf('+45 70 20 30 10')).toBe('+4570203010');
    expect(telOf('(030) 123-456')).toBe('030123456');
  });
});

describe('articleLinksOf', () => {
  const pages = [
    { key: 'router-lights', locale: 'en', category: 'internet', title: 'Router lights', audience: 'public', translated: true },
    { key: 'router-lights', locale: 'da', category: 'internet', title: 'Router lights', audience: 'public', translated: false },
    { key: 'line-test', locale: 'en', category: 'internet', title: 'Line test (internal)', audience: 'agent', translated: true },
  ] as const;

  it('links customers only to public articles, and marks a page that shows the English text', () => {
    const links = articleLinksOf(pages, 'public');
    expect([...links.keys()]).toEqual(['router-lights']);
    expect(links.get('router-lights')).toEqual({
      en: { url: '/en/internet/router-lights/', title: 'Router lights' },
      da: { url: '/da/internet/router-lights/', title: 'Router lights', english: true },
    });
  });

  it('gives representatives every article, agent-only ones included', () => {
    expect([...articleLinksOf(pages, 'agent').keys()]).toEqual(['router-lights', 'line-test']);
  });
});
