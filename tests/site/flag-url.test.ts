import { describe, expect, test } from 'vitest';
import { checkProject } from '../../src/core/flows/check-project.ts';
import { compileFlows } from '../../src/core/flows/compile-flow.ts';
import { articleTitleLine, flowNodeLines, showsFlags, stateTargets } from '../../src/core/site/flag-targets.ts';
import { FLAG_URL_MAX_LENGTH, flagUrl, sourceUrl, type FlagInput } from '../../src/core/site/flag-url.ts';

const repository = 'https://github.com/nordlys-net/helpdesk-kb';

/** The title and body a flag link fills in, as GitHub reads them. */
function issueOf(url: string): { base: string; title: string; body: string } {
  const parsed = new URL(url);
  return {
    base: `${parsed.origin}${parsed.pathname}`,
    title: parsed.searchParams.get('title') ?? '',
    body: parsed.searchParams.get('body') ?? '',
  };
}

const article: FlagInput = {
  repository,
  branch: 'main',
  file: 'content/en/internet/router-lights.md',
  line: 2,
  title: "How to read your router's lights",
  pageUrl: 'https://help.example/en/internet/router-lights/',
};

describe('flagUrl', () => {
  test('opens a new issue in the content repository naming the file, the line and the page', () => {
    const issue = issueOf(flagUrl(article));
    expect(issue.base).toBe('https://github.com/nordlys-net/helpdesk-kb/issues/new');
    expect(issue.title).toBe("Flag: How to read your router's lights (content/en/internet/router-lights.md:2)");
    expect(issue.body).toMatchInlineSnapshot(`
      "**File:** [content/en/internet/router-lights.md line 2](https://github.com/nordlys-net/helpdesk-kb/blob/main/content/en/internet/router-lights.md#L2)
      **Page:** https://help.example/en/internet/router-lights/

      **What is wrong or missing?**

      <!-- Describe the problem, and what the text should say instead. -->"
    `);
  });

  test('names a troubleshooter step and the answers that led to it', () => {
    const issue = issueOf(
      flagUrl({
        ...article,
        file: 'flows/internet-down.yaml',
        line: 85,
        title: 'My internet connection is not working',
        pageUrl: 'https://help.example/en/troubleshoot/internet-down/lights/?a=0.1',
        step: {
          id: 'router-lights',
          answers: [
            { question: 'Is the connection for your home or for a business?', answer: 'For my home' },
            { question: 'What kind of line do you have?', answer: 'Fibre' },
          ],
        },
      }),
    );
    expect(issue.title).toBe('Flag: My internet connection is not working, step "router-lights" (flows/internet-down.yaml:85)');
    expect(issue.body).toMatchInlineSnapshot(`
      "**File:** [flows/internet-down.yaml line 85](https://github.com/nordlys-net/helpdesk-kb/blob/main/flows/internet-down.yaml#L85)
      **Page:** https://help.example/en/troubleshoot/internet-down/lights/?a=0.1
      **Step:** \`router-lights\`
      **Answers so far:**
      1. Is the connection for your home or for a business? → For my home
      2. What kind of line do you have? → Fibre

      **What is wrong or missing?**

      <!-- Describe the problem, and what the text should say instead. -->"
    `);
  });

  test('says when a step is the first, with no answers yet', () => {
    const issue = issueOf(flagUrl({ ...article, step: { id: 'customer-type', answers: [] } }));
    expect(issue.body).toContain('**Answers so far:** none (the first step)');
  });

  test('encodes every character that means something in a URL, and any language', () => {
    const url = flagUrl({ ...article, file: 'content/da/internet/lys på routeren.md', title: 'A & B = 100% #1? ÆØÅ 🙂' });
    expect(url).not.toMatch(/[\s#]|&(?!body=)/);
    expect(url).toContain('content%2Fda%2Finternet%2Flys%20p%C3%A5%20routeren.md');
    const issue = issueOf(url);
    expect(issue.title).toBe('Flag: A & B = 100% #1? ÆØÅ 🙂 (content/da/internet/lys på routeren.md:2)');
    expect(issue.body).toContain('(https://github.com/nordlys-net/helpdesk-kb/blob/main/content/da/internet/lys%20p%C3%A5%20routeren.md#L2)');
  });

  test('stays under the length GitHub accepts, leaving out the earliest answers and counting them', () => {
    const answers = Array.from({ length: 80 }, (_, i) => ({ question: `Question number ${i + 1} about the router and its lights`, answer: `Answer ${i + 1}` }));
    const url = flagUrl({ ...article, step: { id: 'deep-step', answers } });
    expect(url.length).toBeLessThanOrEqual(FLAG_URL_MAX_LENGTH);
    const body = issueOf(url).body;
    expect(body).toMatch(/^- … \d+ earlier answers left out$/m);
    // The latest answers, nearest the flagged step, are kept.
    expect(body).toContain('80. Question number 80 about the router and its lights → Answer 80');
    expect(body).not.toContain('1. Question number 1 about');
    expect(body).toContain('**What is wrong or missing?**');
  });

  test('shortens a long question to one line', () => {
    const body = issueOf(flagUrl({ ...article, step: { id: 's', answers: [{ question: `Long\n\n${'x'.repeat(400)}`, answer: 'Yes' }] } })).body;
    const line = body.split('\n').find((l) => l.startsWith('1. '));
    expect(line).toBe(`1. Long ${'x'.repeat(134)}… → Yes`);
  });

  test('cuts the body as a last resort when even the page address is huge', () => {
    const url = flagUrl({ ...article, pageUrl: `https://help.example/?q=${'ø'.repeat(3000)}` });
    expect(url.length).toBeLessThanOrEqual(FLAG_URL_MAX_LENGTH);
    expect(issueOf(url).body).toMatch(/^\*\*File:\*\* .*…$/s);
  });

  test('ignores a trailing slash on the repository', () => {
    expect(flagUrl({ ...article, repository: `${repository}/` })).toMatch(/^https:\/\/github\.com\/nordlys-net\/helpdesk-kb\/issues\/new\?title=/);
    expect(sourceUrl(`${repository}/`, 'release/2025', { file: 'flows/a b.yaml', line: 3 })).toBe(
      'https://github.com/nordlys-net/helpdesk-kb/blob/release/2025/flows/a%20b.yaml#L3',
    );
  });
});

describe('flag targets', () => {
  const main = [
    'id: main',
    'version: 1',
    'title: { en: Main }',
    'summary: { en: Main }',
    'start: ask',
    'nodes:',
    '  ask:',
    '    type: question',
    '    text: { en: "Which?" }',
    '    options:',
    '      - { label: { en: Sub }, next: sub }',
    '      - { label: { en: Done }, next: done }',
    '  sub:',
    '    type: subflow',
    '    flow: other',
    '  done:',
    '    type: resolution',
    '    text: { en: Done }',
    '',
  ].join('\n');
  const other = [
    'id: other',
    'version: 1',
    'title: { en: Other }',
    'summary: { en: Other }',
    'start: fixed',
    'nodes:',
    '',
    '  fixed:',
    '    type: resolution',
    '    text: { en: Fixed }',
    '',
  ].join('\n');

  test('know the line of every node of every flow file', () => {
    const lines = flowNodeLines([
      { file: 'flows/main.yaml', text: main },
      { file: 'flows/other.yaml', text: other },
      { file: 'flows/broken.yaml', text: 'nodes: [' },
    ]);
    expect(lines.get('main')).toEqual({ file: 'flows/main.yaml', nodes: { ask: 7, sub: 13, done: 16 } });
    expect(lines.get('other')).toEqual({ file: 'flows/other.yaml', nodes: { fixed: 8 } });
    expect(lines.get('broken')).toEqual({ file: 'flows/broken.yaml', nodes: {} });
  });

  test('point a state inlined from a sub-flow at the sub-flow\'s file', () => {
    const sources = [
      { file: 'flows/main.yaml', text: main },
      { file: 'flows/other.yaml', text: other },
    ];
    const checked = checkProject({ flows: sources, articles: [] });
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const compiled = compileFlows(checked.flows).get('main')!;
    expect(stateTargets(compiled, flowNodeLines(sources))).toEqual({
      ask: { file: 'flows/main.yaml', line: 7 },
      done: { file: 'flows/main.yaml', line: 16 },
      'sub/fixed': { file: 'flows/other.yaml', line: 8 },
    });
  });

  test('point an article at its title line', () => {
    expect(articleTitleLine('---\nkey: a\ntitle: Hello\n---\n# Body\n')).toBe(3);
    expect(articleTitleLine('# No frontmatter\ntitle: no\n')).toBe(1);
    expect(articleTitleLine('---\nkey: a\n---\ntitle: in the body\n')).toBe(1);
  });

  test('are shown to representatives always, and to customers only when the site settings say so', () => {
    expect(showsFlags('agent', { customerFlagging: false })).toBe(true);
    expect(showsFlags('public', { customerFlagging: false })).toBe(false);
    expect(showsFlags('public', { customerFlagging: true })).toBe(true);
  });
});
