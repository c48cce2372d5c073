import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { runKb } from '../cli/run-kb.ts';
import { article, gitProject, sampleFiles, type GitProject } from './git-project.ts';

let project: GitProject | undefined;
afterEach(() => project?.dispose());

/** A project where the Danish article is stale, the flow's Danish texts are current, and one article has no translation. */
function staleProject(): GitProject {
  const p = gitProject({
    ...sampleFiles(),
    'content/en/internet/modem.md': article('modem', 'Your modem', 'It is the box on the wall.'),
  });
  p.commit('English and Danish', '2026-01-01T12:00:00Z');
  p.edit('content/en/internet/router.md', 'Restart it', 'Restart it now');
  p.commit('English', '2026-02-01T12:00:00Z');
  return p;
}

/** Runs kb in-process as a terminal would: stdout is a TTY. */
async function runOnTerminal(args: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  const io = {
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: true },
    stderr: { write: () => true, isTTY: true },
    stdin: new PassThrough(),
    cwd,
    env,
  };
  const code = await main(args, io);
  return { code, stdout };
}

describe('kb check --translations', () => {
  it('prints the matrix of articles and flows against locales, then every warning', async () => {
    project = staleProject();
    const run = await runKb(['check', '--translations'], { cwd: project.root });
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\([0-9a-f]{7}\)/g, '(…)').replace(/[0-9a-f]{7} [0-9a-f]{7}/, '… …')).toMatchInlineSnapshot(`
      "                   en  da       de       fi       sv       lt
      Articles
        internet/modem   ✓   missing  missing  missing  missing  missing
        internet/router  ✓   stale    missing  missing  missing  missing
      Flows
        wifi             ✓   ✓        missing  missing  missing  missing

      ✓ translated · missing: readers see the English text · stale: the English text changed after the translation
      2 articles: 1 stale, 9 missing translations; 1 flow: 0 stale, 20 missing texts

      content/da/internet/router.md:1:1: warning: this da translation is stale: content/en/internet/router.md changed on 2026-02-01 (…), after this file last changed on 2026-01-01 (…) [translation-stale]
        hint: Update it to match the English text; \`git diff … … -- content/en/internet/router.md\` shows what changed since. Commit the update to clear this warning.
      content/en/internet/modem.md:1:1: warning: "modem" is not translated into da, de, fi, sv and lt [missing-translation]
        hint: Start a translation with npx kb new article modem --locale da; until then readers of those locales see the English text.
      content/en/internet/router.md:1:1: warning: "router" is not translated into de, fi, sv and lt [missing-translation]
        hint: Start a translation with npx kb new article router --locale de; until then readers of those locales see the English text.
      0 errors, 3 warnings
      "
    `);
  });

  it('prints {diagnostics, translations} as data with --format json', async () => {
    project = staleProject();
    const run = await runKb(['check', '--translations', '--format', 'json'], { cwd: project.root });
    const data = JSON.parse(run.stdout);
    expect(Object.keys(data)).toEqual(['diagnostics', 'translations']);
    expect(data.diagnostics.map((d: { code: string }) => d.code)).toEqual(['translation-stale', 'missing-translation', 'missing-translation']);
    const router = data.translations.articles.find((a: { key: string }) => a.key === 'router');
    expect(router.locales.da).toEqual({
      state: 'stale',
      file: 'content/da/internet/router.md',
      englishChanged: { commit: expect.stringMatching(/^[0-9a-f]{40}$/), date: '2026-02-01' },
      translated: { commit: expect.stringMatching(/^[0-9a-f]{40}$/), date: '2026-01-01' },
    });
    expect(router.locales.de).toEqual({ state: 'missing', file: null });
    const [wifi] = data.translations.flows;
    expect(wifi).toMatchObject({ id: 'wifi', file: 'flows/wifi.yaml', texts: 5, offeredIn: ['en', 'da'] });
    expect(wifi.locales.da).toEqual({ state: 'current', missing: [], stale: [] });
    expect(wifi.locales.fi.missing[0]).toEqual({ path: 'title', label: '"title"', node: null, line: 4, column: 1 });
  });

  it('leaves the matrix out and keeps the plain array without --translations', async () => {
    project = staleProject();
    const run = await runKb(['check', '--format', 'json'], { cwd: project.root });
    expect(JSON.parse(run.stdout).map((d: { code: string }) => d.code)).toEqual(['translation-stale']);
  });
});

describe('kb check on a terminal', () => {
  it('groups problems by file, in colour', async () => {
    project = staleProject();
    project.write('flows/wifi.yaml', project.git('show', 'HEAD:flows/wifi.yaml').replace('not-fixed: tech', 'not-fixed: tec'));
    const run = await runOnTerminal(['check'], project.root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('\u001b[31merror  \u001b[0m');
    expect(run.stdout).toContain('\u001b[1mflows/wifi.yaml\u001b[0m');
  });

  it('groups problems by file without colour when NO_COLOR is set', async () => {
    project = staleProject();
    project.write('flows/wifi.yaml', project.git('show', 'HEAD:flows/wifi.yaml').replace('not-fixed: tech', 'not-fixed: tec'));
    const run = await runOnTerminal(['check'], project.root, { NO_COLOR: '1' });
    expect(run.stdout.replace(/\([0-9a-f]{7}\)/g, '(…)').replace(/[0-9a-f]{7} [0-9a-f]{7}/, '… …')).toMatchInlineSnapshot(`
      "content/da/internet/router.md
        1:1    warning  this da translation is stale: content/en/internet/router.md changed on 2026-02-01 (…), after this file last changed on 2026-01-01 (…)  [translation-stale]
                        hint: Update it to match the English text; \`git diff … … -- content/en/internet/router.md\` shows what changed since. Commit the update to clear this warning.

      flows/wifi.yaml
        18:41  error    not-fixed "tec" of node "restart" does not exist  [missing-node]
                        hint: Did you mean "tech"?
        24:3   error    node "tech" can never be reached from start "restart"  [unreachable-node]
                        hint: Lead to it from another node (an answer, outcome, case or then), or delete it.

      2 errors, 1 warning
      "
    `);
  });
});
