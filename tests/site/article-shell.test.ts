import { describe, expect, test } from 'vitest';
import { articleSlotTokens, fillArticleShell, parseArticleShell, type ArticleSlotValues } from '../../src/core/site/article-shell.ts';
import { ShellError } from '../../src/core/site/page-shell.ts';
import { stepSlotTokens } from '../../src/core/site/step-shell.ts';

const NONCE = 'abc123def456';
const t = articleSlotTokens(NONCE);
const SHELL = `<html lang="lt"><head><title>${t.title} · Help</title><meta name="description" content="${t.summary}">${t.hreflang}</head>
<body><header>${t.switcher}</header><main>${t.crumbs}<article lang="${t.lang}"><h1>${t.title}</h1><p class="lead">${t.summary}</p>${t.toc}
<div class="article-body">${t.body}</div></article><section id="feedback" data-subject="${t.subject}"></section>${t.meta}
<p class="flag-this"><a href="${t.flag}">Flag</a></p>${t.related}</main></body></html>`;

const values: ArticleSlotValues = {
  title: 'Fees & "charges" <explained>',
  summary: "What's on your bill",
  lang: 'en',
  hreflang: '<link rel="alternate" hreflang="en" href="https://help.example.com/en/billing/fees/">',
  switcher: '<nav class="language-switcher"></nav>',
  crumbs: '<nav class="breadcrumbs"></nav>',
  toc: '<nav class="toc"></nav>',
  body: '<p>Read <a href="/lt/billing/vat/">VAT</a>.</p>',
  meta: '<div class="article-meta"></div>',
  related: '<section class="related"></section>',
  subject: '{"kind":"article","id":"fees"}',
  flag: 'https://github.com/acme/help/issues/new?title=a&body=b',
};

describe('an article shell', () => {
  test('fills every slot wherever it appears: HTML slots as given, text and attribute values escaped', () => {
    const html = fillArticleShell(parseArticleShell(SHELL, NONCE, 'lt/fallback'), values);
    expect(html).not.toContain('kbslot');
    expect(html).toContain('<title>Fees &#38; &#34;charges&#34; &#60;explained&#62; · Help</title>');
    expect(html).toContain('<h1>Fees &#38; &#34;charges&#34; &#60;explained&#62;</h1>');
    expect(html).toContain('content="What&#39;s on your bill"');
    expect(html).toContain('<article lang="en">');
    expect(html).toContain('<div class="article-body"><p>Read <a href="/lt/billing/vat/">VAT</a>.</p></div>');
    expect(html).toContain('data-subject="{&#34;kind&#34;:&#34;article&#34;,&#34;id&#34;:&#34;fees&#34;}"');
    expect(html).toContain('href="https://github.com/acme/help/issues/new?title=a&#38;body=b"');
  });

  test('a title cannot break out of the page: it is text, never markup', () => {
    const html = fillArticleShell(parseArticleShell(SHELL, NONCE, 'lt/fallback'), { ...values, title: '</title><script>alert(1)</script>' });
    expect(html).not.toContain('<script>');
  });

  test("a step shell's tokens and another build's are content, not slots", () => {
    const other = articleSlotTokens('ffffffffffff');
    const step = stepSlotTokens(NONCE);
    const html = fillArticleShell(parseArticleShell(`${SHELL}<p>${other.body} ${step.body}</p>`, NONCE, 'lt/fallback'), values);
    expect(html).toContain(`<p>${other.body} ${step.body}</p>`);
  });

  test('a shell without a body or with two is refused, naming the shell', () => {
    expect(() => parseArticleShell(SHELL.replace(t.body, ''), NONCE, 'lt/fallback')).toThrow(ShellError);
    expect(() => parseArticleShell(SHELL.replace(t.body, ''), NONCE, 'lt/fallback')).toThrow('the article shell lt/fallback has no body slot');
    expect(() => parseArticleShell(`${SHELL}${t.body}`, NONCE, 'lt/fallback')).toThrow('the article shell lt/fallback has more than one body slot');
  });

  test('the language, feedback and flag slots are optional: a translation has no lang, a site may show no feedback or flags', () => {
    const bare = SHELL.replace(` lang="${t.lang}"`, '').replace(t.subject, '').replace(t.flag, '');
    const html = fillArticleShell(parseArticleShell(bare, NONCE, 'da/translated'), values);
    expect(html).toContain('<article><h1>');
    expect(html).not.toContain('kbslot');
  });
});
