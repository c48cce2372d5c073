import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compileFlow, stripAgentText } from '../../src/core/flows/compile-flow.ts';
import { handoffConfigSchema } from '../../src/core/handoff/config-schema.ts';
import { TROUBLESHOOTER_STRINGS } from '../../src/core/i18n/troubleshooter-strings.ts';
import { stepBodyHtml } from '../../src/core/site/step-html.ts';
import type { StepModel } from '../../src/core/site/step-model.ts';
import { stepPageValues, type StepPageContext } from '../../src/core/site/step-page-values.ts';
import { enumerateStepPages } from '../../src/core/site/step-pages.ts';
import { stepPathOf } from '../../src/core/site/step-path.ts';
import { ShellError } from '../../src/core/site/page-shell.ts';
import { fillStepShell, parseStepShell, stepSlotTokens } from '../../src/core/site/step-shell.ts';
import { troubleshooterData } from '../../src/core/site/troubleshooter-data.ts';
import { pageFile, writeFlowStepPages } from '../../src/node/write-flow-step-pages.ts';
import { FIXTURES, loadFlows } from '../fixtures/compile/load-flows.ts';

const NONCE = 'abc123def456';
const t = stepSlotTokens(NONCE);
const SHELL = `<html><head><link rel="alternate" href="/da/troubleshoot/router/${t.path}"></head><body>
<div id="troubleshooter" data-step="${t.step}">${t.body}</div>
<section id="feedback" data-subject="${t.subject}" data-shown="${t.shown}"></section>
<a id="ts-flag" href="${t.flag}">Flag</a><a href="/en/troubleshoot/router/${t.path}">English</a></body></html>`;

const values = {
  path: 'lights/customer=home/',
  body: '<p id="ts-progress">Step 2</p>',
  step: '{"state":"lights","vars":{"customer":"home"}}',
  subject: '{"kind":"troubleshooter"}',
  shown: 'false',
  flag: 'https://github.com/acme/help/issues/new?title=a&body=b',
};

describe('a step shell', () => {
  test('fills every slot, wherever it appears, and escapes attribute values', () => {
    const html = fillStepShell(parseStepShell(SHELL, NONCE, 'da/router'), values);
    expect(html).not.toContain('kbslot');
    expect(html).toContain('href="/da/troubleshoot/router/lights/customer=home/"');
    expect(html).toContain('href="/en/troubleshoot/router/lights/customer=home/"');
    expect(html).toContain('<div id="troubleshooter" data-step="{&#34;state&#34;:&#34;lights&#34;,&#34;vars&#34;:{&#34;customer&#34;:&#34;home&#34;}}">');
    expect(html).toContain('<p id="ts-progress">Step 2</p></div>');
    expect(html).toContain('href="https://github.com/acme/help/issues/new?title=a&#38;body=b"');
  });

  test('a value cannot break out of its attribute', () => {
    const html = fillStepShell(parseStepShell(SHELL, NONCE, 'da/router'), { ...values, step: '"><script>alert(1)</script>' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('data-step="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
  });

  test('text that looks like a token of another build is content, not a slot', () => {
    const other = stepSlotTokens('ffffffffffff');
    const html = fillStepShell(parseStepShell(`${SHELL}<p>${other.body}</p>`, NONCE, 'da/router'), values);
    expect(html).toContain(`<p>${other.body}</p>`);
  });

  test('a shell without a body or with two is refused, naming the shell', () => {
    expect(() => parseStepShell(SHELL.replace(t.body, ''), NONCE, 'da/router')).toThrow(ShellError);
    expect(() => parseStepShell(SHELL.replace(t.body, ''), NONCE, 'da/router')).toThrow('the step shell da/router has no body slot');
    expect(() => parseStepShell(`${SHELL}${t.body}`, NONCE, 'da/router')).toThrow('more than one body slot');
  });

  test('a nonce must be long and plain enough to be a token', () => {
    expect(() => stepSlotTokens('short')).toThrow();
    expect(() => stepSlotTokens('has space in it')).toThrow();
  });
});

const hostile = '<img src=x onerror=alert(1)> & "quotes"';
const model: StepModel = {
  kind: 'handoff',
  progress: 'Step 3',
  heading: 'Someone takes over',
  headingLang: undefined,
  text: `First paragraph ${hostile}\n\nSecond paragraph`,
  textLang: 'en',
  partlyEnglish: true,
  options: [],
  articles: [{ id: 'a', url: '/en/x/a/', title: hostile, english: true }],
  queue: { id: 'q', name: hostile, phone: '+45 70 20 30 10', tel: '+4570203010', hours: ['Mon-Fri 08-21'], email: 'help@example.invalid', chat: 'https://chat.example.invalid/?a=1&b=2' },
  collect: [],
};

describe('the HTML of a step body', () => {
  const s = TROUBLESHOOTER_STRINGS.en;
  const links = { hrefs: {}, mailto: 'mailto:help@example.invalid?subject=Router%20%22down%22', restart: '/en/troubleshoot/router/', atStart: false };

  test('escapes every text from content', () => {
    const html = stepBodyHtml(model, s, links);
    expect(html).not.toContain('<img');
    expect(html).toContain('First paragraph &#60;img src=x onerror=alert(1)&#62; &#38; &#34;quotes&#34;</p>');
    expect(html).toContain('href="https://chat.example.invalid/?a=1&#38;b=2"');
  });

  test('marks English fallbacks, splits paragraphs and shows the contacts of the queue', () => {
    const html = stepBodyHtml(model, s, links);
    expect(html).toContain(`<p class="notice">${s.nodeInEnglish}</p>`);
    expect(html).toContain('<p class="ts-text" lang="en">Second paragraph</p>');
    expect(html).toContain('<a href="tel:+4570203010">+45 70 20 30 10</a>');
    expect(html).toContain('<a id="ts-mail" href="mailto:help@example.invalid?subject=Router%20%22down%22">help@example.invalid</a>');
    expect(html).toContain(`<span class="ts-lang"> (${s.inEnglish})</span>`);
  });

  test('hides start over on the first step only', () => {
    expect(stepBodyHtml(model, s, { ...links, atStart: true })).toMatch(/id="ts-restart" href="\/en\/troubleshoot\/router\/" hidden>/);
    expect(stepBodyHtml(model, s, links)).toMatch(/id="ts-restart" href="\/en\/troubleshoot\/router\/">/);
  });
});

const handoff = handoffConfigSchema.parse({
  queues: { 'technical-support': { name: { en: 'Technical support' }, email: 'support@example.invalid' }, 'business-support': { name: { en: 'Business' } } },
  fields: { 'customer-number': { label: { en: 'Customer number' }, kind: 'customer-number' } },
});
const router = stripAgentText(compileFlow('router', loadFlows(FIXTURES)));
const steps = enumerateStepPages(router);
const contextIn = (locale: 'en' | 'da', flag = false): StepPageContext => ({
  flowId: 'router',
  locale,
  data: troubleshooterData({ flow: router, locale, handoff, articles: new Map(), initial: steps.initial }),
  site: 'https://help.example.invalid',
  ...(flag ? { flag: { repository: 'https://github.com/acme/help', branch: 'main', title: 'My router', targets: { lights: { file: 'flows/router.yaml', line: 25 } } } } : {}),
});
const pageAt = (path: string) => steps.pages.find((p) => stepPathOf(p.key) === path)!;

describe('the slots of a step page', () => {
  test('the first step is the flow\'s own URL and does not ask for feedback yet', () => {
    const v = stepPageValues(contextIn('en'), pageAt('who'));
    expect(v.path).toBe('');
    expect(v.shown).toBe('false');
    expect(v.body).toContain('<a class="ts-option" href="/en/troubleshoot/router/lights/customer=home/" data-index="0">');
    expect(JSON.parse(v.step)).toEqual({ state: 'who', vars: {}, path: [] });
  });

  test('an end asks for feedback and says how it ended; its answers travel in the subject', () => {
    const page = pageAt('technician/customer=home');
    const v = stepPageValues(contextIn('da'), page);
    expect(v.path).toBe('technician/customer=home/');
    expect(v.shown).toBe('true');
    expect(JSON.parse(v.subject)).toMatchObject({ kind: 'troubleshooter', id: 'router', locale: 'da', step: 'technician', outcome: 'handoff', answers: page.path });
    expect(v.body).toContain('En tekniker ringer til dig.');
  });

  test('"Flag this" names the step, its line and the answers given, only where the build shows flags', () => {
    expect(stepPageValues(contextIn('en'), pageAt('lights/customer=home')).flag).toBe('');
    const flag = decodeURIComponent(stepPageValues(contextIn('en', true), pageAt('lights/customer=home')).flag);
    expect(flag).toContain('flows/router.yaml line 25');
    expect(flag).toContain('https://help.example.invalid/en/troubleshoot/router/lights/customer=home/');
    expect(flag).toContain('Who are you? → A home customer');
  });
});

describe('writing step pages', () => {
  const out = mkdtempSync(join(tmpdir(), 'kb-step-pages-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('a page file is where a static server looks for its URL', () => {
    expect(pageFile('/site', '/en/troubleshoot/router/')).toBe('/site/en/troubleshoot/router/index.html');
    expect(pageFile('/site', '/en/troubleshoot/router/lights/line=fibre%20optic/')).toBe('/site/en/troubleshoot/router/lights/line=fibre optic/index.html');
  });

  test('every page of every locale is written, with no token left', () => {
    const written = writeFlowStepPages(
      { flowId: 'router', pages: steps.pages, locales: [{ context: contextIn('en'), shell: SHELL }, { context: contextIn('da'), shell: SHELL }] },
      out,
      NONCE,
    );
    expect(written).toBe(steps.pages.length * 2);
    const first = readFileSync(join(out, 'da/troubleshoot/router/index.html'), 'utf8');
    expect(first).toContain('Hvem er du?');
    const handoffPage = readFileSync(join(out, 'en/troubleshoot/router/technician/customer=home/index.html'), 'utf8');
    expect(handoffPage).toContain('A technician will call you.');
    expect(handoffPage).not.toContain('kbslot');
  });
});
