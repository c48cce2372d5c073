import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { runKb } from './run-kb.ts';

const root = resolve(import.meta.dirname, '../..');
const broken = resolve(import.meta.dirname, '../fixtures/cli/broken');

describe('kb diagram', () => {
  it('prints the flow as one SVG document with every node, and nothing on stderr', async () => {
    const run = await runKb(['diagram', 'internet-down'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(run.stdout.trimEnd()).toMatch(/<\/svg>$/);
    for (const node of ['customer-type', 'route-handoff', 'technician', 'business-technician']) {
      expect(run.stdout).toContain(`data-node="${node}"`);
    }
    // Queue names come from content/handoff.yaml.
    expect(run.stdout).toContain('Queue: Technical support');
  });

  it('draws in the locale asked for, and names sub-flows by their title', async () => {
    const run = await runKb(['diagram', 'invoice-charge', '--locale', 'da'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('lang="da"');
    expect(run.stdout).toContain('Signaturforklaring');
    // "Gå til: Jeg kan ikke logge ind på min konto", wrapped over two lines
    expect(run.stdout).toMatch(/>Gå til: Jeg kan ikke logge ind<\/text><text [^>]*>på min konto</);
  });

  it('notes on stderr when the flow is not translated into the locale, and still draws it', async () => {
    const run = await runKb(['diagram', 'internet-down', '--locale', 'de'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('note: "internet-down" is not translated into de; its text is shown in en.\n');
    expect(run.stdout).toContain('Legende');
  });

  it('exits 2 with a did-you-mean on an unknown flow', async () => {
    const run = await runKb(['diagram', 'internet-dwn'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').slice(0, 2).join('\n')).toMatchInlineSnapshot(`
      "kb diagram: no flow "internet-dwn"
      hint: Did you mean "internet-down"? Flows: cannot-sign-in, internet-down, invoice-charge, where-is-my-order"
    `);
  });

  it('exits 2 with the usage on a bad command line', async () => {
    for (const args of [['diagram'], ['diagram', 'internet-down', '--locale', 'xx'], ['diagram', 'internet-down', '--direction', 'up'], ['diagram', 'a', 'b']]) {
      const run = await runKb(args, { cwd: root });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('Usage: kb diagram');
      expect(run.stdout).toBe('');
    }
  });

  it('exits 1 and prints the diagnostics when the flow has errors', async () => {
    const run = await runKb(['diagram', 'wifi'], { cwd: broken });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^kb diagram: flow "wifi" has errors, so it cannot be drawn:\n/);
    expect(run.stderr).toContain('flows/wifi.yaml:13:15: error: next "reboot" of node "where" does not exist [missing-node]\n  hint: Did you mean "reboot-router"?');
  });

  it('is listed in kb --help', async () => {
    const run = await runKb(['--help'], { cwd: root });
    expect(run.stdout).toContain("diagram   print a flow's diagram as SVG");
  });
});
