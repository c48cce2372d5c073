import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { decodeCaseCode, flowKeyOf } from '../../src/core/handoff/case-code.ts';
import { runKb } from './run-kb.ts';

const root = resolve(import.meta.dirname, '../..');

describe('kb walk --answers', () => {
  it('ends in a resolution with exit 0 and prints each step and the answer given', async () => {
    // home, fibre, no fault listed, no lights, power fixed it
    const run = await runKb(['walk', 'internet-down', '--answers', '1,1,2,1,1'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Step 1 · Question');
    expect(run.stdout).toContain('> 1');
    expect(run.stdout).toContain('Step 6 · Solved');
    expect(run.stdout).not.toContain('Internal note');
  });

  it('prints the transcript as one JSON object with outcome, steps, queue and a decodable case code', async () => {
    const run = await runKb(['walk', 'internet-down', '--answers', '1,1,2,1,2', '--json'], { cwd: root });
    const out = JSON.parse(run.stdout);
    expect(run.code).toBe(3);
    expect(out).toMatchObject({ flow: 'internet-down', locale: 'en', outcome: 'handoff', queue: { id: 'technical-support' } });
    expect(out.steps).toHaveLength(5);
    expect(out.steps[0]).toMatchObject({ node: 'customer-type', answer: { number: 1, label: 'For my home' } });
    const decoded = decodeCaseCode(out.caseCode);
    expect(decoded.ok && decoded.value).toMatchObject({ flowKey: flowKeyOf('internet-down'), locale: 'en', answers: [0, 0, 1, 0, 1] });
  });

  it('exits 4 and names the step it stopped at when the answers run out', async () => {
    const run = await runKb(['walk', 'internet-down', '--answers', '1'], { cwd: root });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('the answers ran out at step 2 ("line-type")');
  });

  it('exits 1 on an answer that does not exist, naming the step and the valid choices', async () => {
    const run = await runKb(['walk', 'internet-down', '--answers', '1,7'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatchInlineSnapshot(`
      "kb walk: answer 2 is 7, which is not an option at step 2 ("line-type").
      hint: choose one of 1 (Fibre), 2 (DSL over the phone line), 3 (I don't know).
      "
    `);
  });

  it('exits 2 on usage errors, with the command usage and no stack trace', async () => {
    for (const args of [
      ['walk'],
      ['walk', 'internet-down', '--answers', '1,x'],
      ['walk', 'internet-down', '--locale', 'xx'],
      ['walk', 'internet-dwn'],
      ['walk', 'internet-down', '--bogus'],
    ]) {
      const run = await runKb(args, { cwd: root });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('Usage: kb walk');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await runKb(['walk', 'internet-dwn'], { cwd: root })).stderr).toContain('Did you mean "internet-down"?');
  });

  it('shows scripts and internal notes with --agent, in the chosen locale', async () => {
    const run = await runKb(['walk', 'internet-down', '--agent', '--locale', 'da', '--answers', ''], { cwd: root });
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('Er forbindelsen til dit hjem eller til en virksomhed?');
    expect(run.stdout).toContain('Say:');
    expect(run.stdout).toContain('Internal note:');
  });

  it('falls back to English with a note when the flow is not translated into the locale', async () => {
    const run = await runKb(['walk', 'internet-down', '--locale', 'fi', '--answers', ''], { cwd: root });
    expect(run.stderr).toContain('not translated into fi');
    expect(run.stdout).toContain('Is the connection for your home or for a business?');
  });

  it('never waits for input when standard input is not a terminal', async () => {
    const run = await runKb(['walk', 'internet-down'], { cwd: root, tty: false });
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('Step 1');
  });
});

describe('kb walk in a terminal', () => {
  it('plays the flow with numbers, b to go back and r to restart, and exits with the outcome', async () => {
    const run = await runKb(['walk', 'internet-down'], {
      cwd: root,
      tty: true,
      input: ['1', 'b', '2', 'r', '9', '1', '1', '2', '1', '2'],
    });
    expect(run.stdout).toContain('9 is not an option here. Choose 1-2.');
    // After back and restart, the walk still reaches the technician handoff.
    expect(run.stdout).toMatch(/Step 6 · Handed over/);
    expect(run.stdout).toMatch(/Case code: [0-9A-Z]{4}-/);
    expect(run.code).toBe(3);
  });

  it('q quits before the end with exit 4', async () => {
    const run = await runKb(['walk', 'cannot-sign-in'], { cwd: root, tty: true, input: ['q'] });
    expect(run.code).toBe(4);
  });
});
