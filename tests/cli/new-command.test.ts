import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKb } from './run-kb.ts';

const repo = resolve(import.meta.dirname, '../..');
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-new-'));
  for (const folder of ['content', 'flows', 'schema']) cpSync(join(repo, folder), join(root, folder), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('kb new', () => {
  it('creates a new article with every field, prints its path and the next steps, and kb check stays clean', async () => {
    const run = await runKb(['new', 'article', 'guest-wifi', '--category', 'internet', '--title', 'Set up a guest Wi-Fi network'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "created content/en/internet/guest-wifi.md

      Next steps:
        1. Write the title, summary and text (docs/writing-articles.md).
        2. Check it: npx kb check
        3. Preview it: npm run dev, then open http://127.0.0.1:4321/en/internet/guest-wifi/
        4. Commit content/en/internet/guest-wifi.md.
      "
    `);
    const text = readFileSync(join(root, 'content/en/internet/guest-wifi.md'), 'utf8');
    expect(text.split('\n').slice(0, 11)).toEqual([
      '---',
      '# The fields are explained in docs/writing-articles.md ("The frontmatter").',
      'title: Set up a guest Wi-Fi network',
      'summary: "What this article helps with, in one or two sentences: they show in search results."',
      'key: guest-wifi',
      'category: internet',
      'tags: []',
      'audience: public',
      'related: []',
      'flows: []',
      '---',
    ]);
    const check = await runKb(['check'], { cwd: root });
    expect(check.stdout).toBe('0 errors, 0 warnings\n');
  });

  it('starts a translation as a copy of the English original, in its category', async () => {
    const run = await runKb(['new', 'article', 'restart-router', '--locale', 'fi'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('created content/fi/internet/restart-router.md');
    expect(run.stdout).toContain('1. Translate the title, summary and text of content/en/internet/restart-router.md in place.');
    const text = readFileSync(join(root, 'content/fi/internet/restart-router.md'), 'utf8');
    expect(text).toContain('title: Restart your router the right way\n');
    expect(text).toContain('related: [router-lights, wifi-troubleshooting]\n');
    expect(text).toContain('## When a restart won\'t help');
    const check = await runKb(['check'], { cwd: root });
    expect(check.stdout).toBe('0 errors, 0 warnings\n');
  });

  it('creates a flow with the schema reference, a question, a resolution and a handoff, and kb check stays clean', async () => {
    const run = await runKb(['new', 'flow', 'sim-not-working'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "created flows/sim-not-working.yaml

      Next steps:
        1. Write the questions, steps and endings: docs/writing-flows.md; every key is in docs/flows.md.
        2. Check it: npx kb check
        3. Walk it: npx kb walk sim-not-working
        4. Commit flows/sim-not-working.yaml.
      "
    `);
    const text = readFileSync(join(root, 'flows/sim-not-working.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/flow.schema.json');
    expect(text).toMatch(/type: question[\s\S]*type: resolution[\s\S]*type: handoff\n    queue: technical-support/);
    const check = await runKb(['check'], { cwd: root });
    expect(check.stdout).toBe('0 errors, 0 warnings\n');
    const walk = await runKb(['walk', 'sim-not-working', '--answers', '2'], { cwd: root });
    expect(walk.code).toBe(3);
  });

  it('never overwrites a file: exit 1 with the path', async () => {
    writeFileSync(join(root, 'flows/mine.yaml'), 'precious');
    const run = await runKb(['new', 'flow', 'mine'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('kb new: flows/mine.yaml already exists\nhint: Edit that file, or choose another id for a new flow.\n');
    expect(readFileSync(join(root, 'flows/mine.yaml'), 'utf8')).toBe('precious');
    rmSync(join(root, 'flows/mine.yaml'));

    const article = await runKb(['new', 'article', 'router-lights', '--locale', 'da'], { cwd: root });
    expect(article.code).toBe(1);
    expect(article.stderr).toContain('kb new: content/da/internet/router-lights.md already exists');
  });

  it.each([
    [['new', 'article', 'Guest_WiFi', '--category', 'internet'], 'kb new: "Guest_WiFi" is not a valid article key\nhint: Did you mean "guest-wifi"?'],
    [['new', 'article', 'x', '--locale', 'dk', '--category', 'internet'], 'kb new: unknown locale "dk"\nhint: Did you mean "da"?'],
    [['new', 'article', 'x', '--category', 'internett'], 'kb new: unknown category "internett"\nhint: Did you mean "internet"?'],
    [['new', 'article', 'x'], 'kb new: a new article needs --category\nhint: Use one of: accounts, billing, orders, internet, mobile, moving.'],
    [['new', 'article', 'restart-router', '--locale', 'lt', '--category', 'billing'], 'kb new: --category billing differs from the category of content/en/internet/restart-router.md ("internet")'],
    [['new', 'flow', 'Sim Card'], 'kb new: "Sim Card" is not a valid flow id\nhint: Did you mean "sim-card"?'],
    [['new', 'flow', 'x', '--queue', 'tech-support'], 'kb new: queue "tech-support" is not defined in content/handoff.yaml\nhint: Did you mean "technical-support"?'],
    [['new', 'flw', 'x'], 'kb new: cannot create "flw"\nhint: Did you mean "flow"?'],
  ])('rejects %j as a usage error (exit 2) with a did-you-mean', async (args, message) => {
    const run = await runKb(args, { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr.startsWith(message)).toBe(true);
    expect(existsSync(join(root, 'content/en/internet/x.md'))).toBe(false);
  });
});
