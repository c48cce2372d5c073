import { afterEach, describe, expect, it } from 'vitest';
import { checkArticleSet } from '../../src/core/checks/check-article-set.ts';
import { checkFlowFiles } from '../../src/core/checks/check-flow-files.ts';
import { runKb } from '../cli/run-kb.ts';
import { gitProject, HANDOFF, type GitProject } from '../translations/git-project.ts';

function md(fields: Record<string, string>, body = 'Text.'): string {
  return `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}\n`;
}
const base = { title: 'Refunds', summary: 'How refunds work.', key: 'refunds', category: 'billing' };

describe('checkArticleSet', () => {
  it('reports a translation filed under another category than its original, at its category', () => {
    const found = checkArticleSet([
      { file: 'content/en/billing/refunds.md', locale: 'en', text: md(base) },
      { file: 'content/da/orders/refunds.md', locale: 'da', text: md({ ...base, category: 'orders' }) },
    ]);
    expect(found).toEqual([
      {
        file: 'content/da/orders/refunds.md',
        line: 5,
        column: 11,
        severity: 'error',
        code: 'translation-category-mismatch',
        message: 'category "orders" differs from the English original\'s "billing" (content/en/billing/refunds.md)',
        hint: 'Translations share the original\'s key and category: move this file to content/da/billing/refunds.md and set category: billing, or give it a key of its own if it is a different article.',
      },
    ]);
  });

  it('reports a public translation of an article for representatives, which would publish it', () => {
    const found = checkArticleSet([
      { file: 'content/en/billing/refunds.md', locale: 'en', text: md({ ...base, audience: 'agent' }) },
      { file: 'content/da/billing/refunds.md', locale: 'da', text: md(base) },
    ]);
    expect(found.map((d) => [d.file, d.line, d.column, d.code, d.message])).toEqual([
      ['content/da/billing/refunds.md', 4, 1, 'audience-mismatch', 'this translation is public, but the English original content/en/billing/refunds.md is for representatives only (audience: agent)'],
    ]);
    expect(found[0]?.hint).toBe('Set audience: agent: a public translation would publish text meant for representatives.');
  });

  it('reports a translation for representatives of a public article, which the public site never shows', () => {
    const found = checkArticleSet([
      { file: 'content/en/billing/refunds.md', locale: 'en', text: md(base) },
      { file: 'content/sv/billing/refunds.md', locale: 'sv', text: md({ ...base, audience: 'agent' }) },
    ]);
    expect(found.map((d) => [d.line, d.column, d.code, d.hint])).toEqual([
      [6, 11, 'audience-mismatch', 'Set audience: public; otherwise readers of the public site in sv never see this translation, only the English text.'],
    ]);
  });

  it('reports a public article that lists an article for representatives as related, at the entry', () => {
    const found = checkArticleSet([
      { file: 'content/en/billing/refunds.md', locale: 'en', text: md({ ...base, audience: 'agent' }) },
      { file: 'content/en/billing/invoice.md', locale: 'en', text: md({ ...base, key: 'invoice', related: '[payments, refunds]' }) },
    ]);
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}: ${d.message}`)).toEqual([
      'content/en/billing/invoice.md:6:21 related-agent-only: related article "refunds" is for representatives only (audience: agent), so this public article cannot list it',
    ]);
  });

  it('is silent when translations agree with their original', () => {
    expect(
      checkArticleSet([
        { file: 'content/en/billing/refunds.md', locale: 'en', text: md({ ...base, audience: 'agent' }) },
        { file: 'content/fi/billing/refunds.md', locale: 'fi', text: md({ ...base, audience: 'agent', related: '[refunds]' }) },
      ]),
    ).toEqual([]);
  });
});

describe('checkFlowFiles', () => {
  it('reports every file after the first that gives a flow the same id', () => {
    expect(checkFlowFiles(['flows/wifi.yml', 'flows/wifi.yaml', 'flows/old/wifi.yaml', 'flows/other.yaml'])).toEqual([
      expect.objectContaining({ file: 'flows/wifi.yaml', code: 'duplicate-flow-id', message: 'the flow id "wifi" is also used by flows/old/wifi.yaml' }),
      expect.objectContaining({ file: 'flows/wifi.yml', code: 'duplicate-flow-id', message: 'the flow id "wifi" is also used by flows/old/wifi.yaml' }),
    ]);
  });
});

describe('kb check', () => {
  let project: GitProject | undefined;
  afterEach(() => project?.dispose());

  it('says a public article links to an article for representatives, naming the link', async () => {
    project = gitProject(
      {
        'content/handoff.yaml': HANDOFF,
        'content/en/billing/refunds.md': md({ ...base, audience: 'agent' }),
        'content/en/billing/invoice.md': md({ ...base, key: 'invoice' }, 'See [refund rules](article:refunds).'),
      },
      { init: false },
    );
    const run = await runKb(['check'], { cwd: project.root });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatchInlineSnapshot(`
      "content/en/billing/invoice.md:8:5: error: link "article:refunds": "refunds" is an article for representatives only (audience: agent), which the public site does not have [link-to-agent-only]
        hint: A public article may link only to public articles: remove the link, or set audience: public on that article if customers may read it.
      1 error, 0 warnings
      "
    `);
  });
});
