import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runKb } from './run-kb.ts';

const root = resolve(import.meta.dirname, '../..');
const broken = resolve(import.meta.dirname, '../fixtures/cli/broken');

describe('kb check', () => {
  it('is clean on the sample knowledge base', async () => {
    const run = await runKb(['check'], { cwd: root });
    expect(run.stdout.trim()).toBe('0 errors, 0 warnings');
    expect(run.code).toBe(0);
  });

  it('prints every problem at once with file:line:column and a hint, and exits 1', async () => {
    const run = await runKb(['check', '--root', broken], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatchInlineSnapshot(`
      "content/en/internet/wifi-tips.md:11:52: error: broken link "flow:wifi-slow": there is no flow "wifi-slow" [broken-link]
        hint: Use the id of a flow in flows/, like flow:internet-down.
      flows/wifi.yaml:5:1: warning: "summary" is not translated into da [missing-translation]
        hint: Add da: "..."; until then readers of that locale see the English text.
      flows/wifi.yaml:13:15: error: next "reboot" of node "where" does not exist [missing-node]
        hint: Did you mean "reboot-router"?
      flows/wifi.yaml:16:3: error: node "reboot-router" can never be reached from start "where" [unreachable-node]
        hint: Lead to it from another node (an answer, outcome, case or then), or delete it.
      flows/wifi.yaml:23:3: error: node "done" can never be reached from start "where" [unreachable-node]
        hint: Lead to it from another node (an answer, outcome, case or then), or delete it.
      flows/wifi.yaml:26:3: error: node "tech" can never be reached from start "where" [unreachable-node]
        hint: Lead to it from another node (an answer, outcome, case or then), or delete it.
      flows/wifi.yaml:28:12: error: queue "technical-suport" is not defined in content/handoff.yaml [unknown-queue]
        hint: Did you mean "technical-support"?
      6 errors, 1 warning
      "
    `);
  });

  it('prints an array of {file, line, column, severity, code, message, hint} with --format json', async () => {
    const run = await runKb(['check', '--root', broken, '--format', 'json'], { cwd: root });
    const list = JSON.parse(run.stdout);
    expect(run.code).toBe(1);
    expect(list.length).toBeGreaterThanOrEqual(3);
    for (const d of list) expect(Object.keys(d).sort()).toEqual(['code', 'column', 'file', 'hint', 'line', 'message', 'severity']);
    expect(list.map((d: { code: string }) => d.code)).toEqual(expect.arrayContaining(['missing-node', 'unreachable-node', 'unknown-queue']));
  });

  it('prints GitHub workflow annotations with --format github', async () => {
    const run = await runKb(['check', '--root', broken, '--format', 'github'], { cwd: root });
    expect(run.code).toBe(1);
    for (const line of run.stdout.trim().split('\n')) expect(line).toMatch(/^::(error|warning) file=(flows\/wifi\.yaml|content\/en\/internet\/wifi-tips\.md),line=\d+,col=\d+,title=[a-z-]+::/);
  });

  it('checks the site settings too, with the line and column of a bad value', async () => {
    const kb = mkdtempSync(join(tmpdir(), 'kb-check-site-'));
    try {
      for (const folder of ['content', 'flows']) cpSync(join(root, folder), join(kb, folder), { recursive: true });
      const settings = join(kb, 'content/site.yaml');
      const text = readFileSync(settings, 'utf8');
      expect(text).toMatch(/^listPageSize: 50$/m);
      writeFileSync(settings, text.replace(/^listPageSize: 50$/m, 'listPageSize: 0'));
      const line = text.split('\n').findIndex((l) => l === 'listPageSize: 50') + 1;
      const run = await runKb(['check', '--root', kb], { cwd: root });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`content/site.yaml:${line}:15: error: "listPageSize" must be at least 5, found the number 0 [invalid-value]`);
    } finally {
      rmSync(kb, { recursive: true, force: true });
    }
  });

  it('rejects an unknown format as a usage error', async () => {
    const run = await runKb(['check', '--format', 'xml'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown format "xml"');
  });
});

describe('kb', () => {
  it('suggests the closest command for a typo and exits 2', async () => {
    const run = await runKb(['chekc'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "chekc". Did you mean "check"?');
  });

  it('prints usage with --help and exits 0', async () => {
    const run = await runKb(['walk', '--help'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: kb walk <flow-id>');
  });
});
