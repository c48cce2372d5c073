import { describe, expect, test } from 'vitest';
import { parseFrontmatter, splitFrontmatter } from '../../src/core/content/parse-frontmatter.ts';
import { formatDiagnostics } from '../../src/core/diagnostics.ts';

const FILE = 'content/en/internet/restart-router.md';

function article(frontmatter: string, body = '# Restart your router\n'): string {
  return `---\n${frontmatter}---\n\n${body}`;
}

const good = `title: Restart your router
summary: How to restart your router when the internet is down.
key: restart-router
category: internet
`;

function report(text: string, file = FILE): string {
  return formatDiagnostics(parseFrontmatter(text, file).diagnostics, 'human');
}

describe('splitFrontmatter', () => {
  test('keeps every body line on its line number in the file', () => {
    const split = splitFrontmatter(article(good, 'Body'));
    expect(split.body.split('\n')[7]).toBe('Body');
    expect(split.yaml?.split('\n')[1]).toBe('title: Restart your router');
  });

  test('leaves a file without frontmatter untouched', () => {
    expect(splitFrontmatter('# Title\n')).toEqual({ yaml: undefined, body: '# Title\n', unclosed: false });
  });

  test('skips a byte-order mark and handles Windows line endings', () => {
    const split = splitFrontmatter('\uFEFF---\r\nkey: x\r\n---\r\nBody');
    expect(split.yaml).toBe('\nkey: x\r\n');
    expect(split.body).toBe('\n\n\nBody');
  });
});

describe('parseFrontmatter', () => {
  test('returns the fields with defaults and no diagnostics for a good article', () => {
    expect(parseFrontmatter(article(good), FILE)).toEqual({
      data: {
        title: 'Restart your router',
        summary: 'How to restart your router when the internet is down.',
        key: 'restart-router',
        category: 'internet',
        tags: [],
        audience: 'public',
        related: [],
        flows: [],
      },
      diagnostics: [],
    });
  });

  test('reports each bad field at the line and column of its value', () => {
    const text = article(`title: ${'Long '.repeat(30)}
summary: ""
key: Restart Router
category: intenet
tags:
  - router
  - Wi Fi
audience: everyone
`);
    const { data, diagnostics } = parseFrontmatter(text, FILE);
    expect(data).toBeUndefined();
    expect(diagnostics.map(({ line, column, code }) => `${line}:${column} ${code}`)).toEqual([
      '2:8 invalid-field',
      '3:10 invalid-field',
      '4:6 invalid-field',
      '5:11 invalid-field',
      '8:5 invalid-field',
      '9:11 invalid-field',
    ]);
    expect(report(text)).toMatchInlineSnapshot(`
      "content/en/internet/restart-router.md:2:8: error: title has 149 characters; at most 120 are allowed [invalid-field]
        hint: Write 1 to 120 characters.
      content/en/internet/restart-router.md:3:10: error: summary is empty [invalid-field]
        hint: Write 1 to 300 characters.
      content/en/internet/restart-router.md:4:6: error: key "Restart Router" is not lower-case kebab-case [invalid-field]
        hint: Write it as "restart-router".
      content/en/internet/restart-router.md:5:11: error: category "intenet" is not one of accounts, billing, orders, internet, mobile, moving [invalid-field]
        hint: Did you mean "internet"?
      content/en/internet/restart-router.md:8:5: error: tags[1] "Wi Fi" is not lower-case kebab-case [invalid-field]
        hint: Write it as "wi-fi".
      content/en/internet/restart-router.md:9:11: error: audience "everyone" is not one of public, agent [invalid-field]
        hint: Use one of public, agent.
      6 errors, 0 warnings"
    `);
  });

  test('points at an unknown field with a did-you-mean', () => {
    expect(report(article(`${good}tag: [router]\n`))).toMatchInlineSnapshot(`
      "content/en/internet/restart-router.md:6:1: error: unknown frontmatter field "tag" [unknown-field]
        hint: Did you mean "tags"?
      1 error, 0 warnings"
    `);
  });

  test('reports a missing field at the opening line with an example', () => {
    expect(report(article(good.replace(/^summary:.*\n/m, '')))).toMatchInlineSnapshot(`
      "content/en/internet/restart-router.md:1:1: error: the frontmatter has no "summary" [missing-field]
        hint: Add a line like summary: How to restart your router when the internet is slow or down.
      1 error, 0 warnings"
    `);
  });

  test('suggests quotes for a title YAML reads as a number', () => {
    expect(report(article(good.replace('title: Restart your router', 'title: 2024')))).toMatchInlineSnapshot(`
      "content/en/internet/restart-router.md:2:8: error: title must be text, found the number 2024 [invalid-field]
        hint: Put it in quotes: "2024".
      1 error, 0 warnings"
    `);
  });

  test('reports a YAML syntax error at its position in the file', () => {
    const { data, diagnostics } = parseFrontmatter(
      article(good.replace('title: Restart your router', 'title: Restart: now')),
      FILE,
    );
    expect(data).toBeUndefined();
    expect(diagnostics).toEqual([
      {
        file: FILE,
        line: 2,
        column: 15,
        severity: 'error',
        code: 'yaml-syntax',
        message: 'invalid YAML: bad indentation of a mapping entry',
        hint: 'Check the indentation: keys of one mapping line up, with spaces only, and a value that contains ": " or " #" must be in quotes.',
      },
    ]);
  });

  test('reports an unclosed YAML list no later than the closing --- line', () => {
    const { diagnostics } = parseFrontmatter(article(`${good}tags: [router, wifi\n`), FILE);
    expect(diagnostics.map(({ line, column, code }) => `${line}:${column} ${code}`)).toEqual(['7:1 yaml-syntax']);
  });

  test('reports a duplicated field at its second occurrence', () => {
    const { diagnostics } = parseFrontmatter(article(`${good}title: Again\n`), FILE);
    expect(diagnostics.map(({ line, column, code }) => `${line}:${column} ${code}`)).toEqual(['6:1 duplicate-key']);
  });

  test('reports a key or category that disagrees with the file path', () => {
    expect(report(article(good), 'content/de/billing/router-restart.md')).toMatchInlineSnapshot(`
      "content/de/billing/router-restart.md:4:6: error: key "restart-router" does not match the file name "router-restart.md" [key-mismatch]
        hint: Set key: router-restart, or rename the file to restart-router.md; every translation of an article has the same file name and key.
      content/de/billing/router-restart.md:5:11: error: category "internet" does not match the folder "billing" [category-mismatch]
        hint: Set category: billing, or move the file to content/de/internet/.
      2 errors, 0 warnings"
    `);
    expect(parseFrontmatter(article(good), 'content/de/billing/router-restart.md').data).toBeUndefined();
  });

  test('reports a file without frontmatter, an unclosed block and an empty block at line 1', () => {
    expect(parseFrontmatter('# Title\n', FILE).diagnostics.map((d) => d.code)).toEqual(['missing-frontmatter']);
    expect(parseFrontmatter('---\ntitle: x\n# Title\n', FILE).diagnostics.map((d) => d.code)).toEqual([
      'unclosed-frontmatter',
    ]);
    expect(report('---\n---\n# Title\n')).toMatchInlineSnapshot(`
      "content/en/internet/restart-router.md:1:1: error: the frontmatter is empty [missing-field]
        hint: Add title:, summary:, key: and category: between the --- lines.
      1 error, 0 warnings"
    `);
  });
});
