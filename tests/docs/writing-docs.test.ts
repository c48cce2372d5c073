import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runKb, type KbRun } from '../cli/run-kb.ts';
import { docSteps, splitCommand } from './doc-steps.ts';

const repo = resolve(import.meta.dirname, '../..');
let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** A fresh copy of the sample knowledge base, as a writer would have it. */
function projectCopy(): string {
  root = mkdtempSync(join(tmpdir(), 'kb-docs-'));
  for (const folder of ['content', 'flows', 'schema']) cpSync(join(repo, folder), join(root, folder), { recursive: true });
  return root;
}

const lines = (text: string) => text.split('\n').map((l) => l.trimEnd());

/** Follows every marked step of `doc` in `cwd`, asserting as the doc says; returns the steps followed. */
async function follow(doc: string, cwd: string): Promise<number> {
  const steps = docSteps(readFileSync(join(repo, doc), 'utf8'));
  let last: KbRun | undefined;
  for (const step of steps) {
    const where = `${doc}:${step.line}`;
    if (step.kind === 'write') {
      mkdirSync(dirname(join(cwd, step.path)), { recursive: true });
      writeFileSync(join(cwd, step.path), step.content);
    } else if (step.kind === 'run') {
      for (const args of step.commands) {
        last = await runKb(args, { cwd });
        expect(last.code, `${where}: npx kb ${args.join(' ')}\n${last.stdout}${last.stderr}`).toBe(step.exit);
      }
    } else {
      expect(last, `${where}: an output step needs a run step before it`).toBeDefined();
      const printed = lines(last!.stdout);
      if (!step.excerpt) {
        expect(printed.join('\n').trimEnd(), where).toBe(lines(step.text).join('\n').trimEnd());
      } else {
        let at = 0;
        for (const wanted of lines(step.text).filter((l) => l !== '')) {
          const found = printed.indexOf(wanted, at);
          expect(found, `${where}: the output has no line\n${wanted}\nafter line ${at}; it was:\n${last!.stdout}`).toBeGreaterThanOrEqual(0);
          at = found + 1;
        }
      }
    }
  }
  return steps.length;
}

describe('docs/writing-articles.md, followed literally', () => {
  it('adds an English article and its Danish translation, and kb check stays clean', async () => {
    const cwd = projectCopy();
    expect(await follow('docs/writing-articles.md', cwd)).toBeGreaterThanOrEqual(10);
    const check = await runKb(['check', '--format', 'json'], { cwd });
    expect(JSON.parse(check.stdout)).toEqual([]);
    expect(readFileSync(join(cwd, 'content/da/internet/guest-wifi.md'), 'utf8')).toContain('key: guest-wifi');
  }, 180_000);
});

describe('docs/writing-flows.md, followed literally', () => {
  it('adds a flow with a handoff, kb check stays clean, and kb walk reaches the documented handoff', async () => {
    const cwd = projectCopy();
    expect(await follow('docs/writing-flows.md', cwd)).toBeGreaterThanOrEqual(7);
    const check = await runKb(['check', '--format', 'json'], { cwd });
    expect(JSON.parse(check.stdout)).toEqual([]);
    const walk = await runKb(['walk', 'sim-not-working', '--answers', '2,2', '--json'], { cwd });
    expect(walk.code).toBe(3);
    expect(JSON.parse(walk.stdout)).toMatchObject({ outcome: 'handoff', queue: { id: 'technical-support' } });
  }, 180_000);
});

describe('docSteps', () => {
  it('reads write, run and output steps, with blocks indented in list items', () => {
    const markdown = [
      '1. Write it:',
      '',
      '   <!-- step: write flows/a.yaml -->',
      '   ```yaml',
      '   id: a',
      '     nested: true',
      '   ```',
      '<!-- step: run, exit 3 -->',
      '```sh',
      '# a comment',
      'npx kb new article x --title "Two words"',
      '```',
      '<!-- step: output excerpt -->',
      '```text',
      'created x',
      '```',
    ].join('\n');
    expect(docSteps(markdown)).toEqual([
      { kind: 'write', line: 3, path: 'flows/a.yaml', content: 'id: a\n  nested: true\n' },
      { kind: 'run', line: 8, commands: [['new', 'article', 'x', '--title', 'Two words']], exit: 3 },
      { kind: 'output', line: 13, text: 'created x\n', excerpt: true },
    ]);
  });

  it('refuses unknown markers and commands it cannot run, so no step is skipped silently', () => {
    expect(() => docSteps('<!-- step: wrte x -->\n```\nx\n```\n')).toThrow('line 1: unknown step "wrte x"');
    expect(() => docSteps('<!-- step: run -->\n```sh\nnpm run dev\n```\n')).toThrow('a run step may only hold npx kb commands, not "npm run dev"');
    expect(() => docSteps('<!-- step: run -->\nno block\n')).toThrow('line 1: a step marker must be followed by a fenced code block');
  });

  it('splits commands as a shell would for quoted words', () => {
    expect(splitCommand(`npx kb new flow x --title "My SIM card" --queue 'a b'`)).toEqual(['npx', 'kb', 'new', 'flow', 'x', '--title', 'My SIM card', '--queue', 'a b']);
  });
});
