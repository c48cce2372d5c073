import { afterEach, describe, expect, it } from 'vitest';
import { runKb } from '../cli/run-kb.ts';
import { gitProject, sampleFiles, type GitProject } from './git-project.ts';

let project: GitProject | undefined;
afterEach(() => project?.dispose());

/** The output with commit hashes replaced by their names, so expectations can be exact. */
function named(text: string, commits: Record<string, string>): string {
  let out = text;
  for (const [name, hash] of Object.entries(commits)) out = out.replaceAll(hash.slice(0, 7), `<${name}>`);
  return out;
}

describe('stale translations', () => {
  it('are clean when the translation was committed after its English text', async () => {
    project = gitProject(sampleFiles());
    project.commit('English and Danish', '2026-01-01T12:00:00Z');
    const run = await runKb(['check'], { cwd: project.root });
    expect(run.stdout).toBe('0 errors, 0 warnings\n');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('warn at the translation when its English original changed in a later commit', async () => {
    project = gitProject(sampleFiles());
    const translated = project.commit('English and Danish', '2026-01-01T12:00:00Z');
    project.edit('content/en/internet/router.md', 'Restart it', 'Restart it for 30 seconds');
    project.edit('flows/wifi.yaml', 'en: Restart the router.', 'en: Restart the router and wait five minutes.');
    const changed = project.commit('Longer restart', '2026-02-01T12:00:00Z');
    const run = await runKb(['check'], { cwd: project.root });
    expect(run.code).toBe(0);
    expect(named(run.stdout, { translated, changed })).toMatchInlineSnapshot(`
      "content/da/internet/router.md:1:1: warning: this da translation is stale: content/en/internet/router.md changed on 2026-02-01 (<changed>), after this file last changed on 2026-01-01 (<translated>) [translation-stale]
        hint: Update it to match the English text; \`git diff <translated> <changed> -- content/en/internet/router.md\` shows what changed since. Commit the update to clear this warning.
      flows/wifi.yaml:17:7: warning: "text" of node "restart" in da is stale: the English text changed on 2026-02-01 (<changed>), after the da text (2026-01-01) [translation-stale]
        hint: Update the da text to match the English; \`git show <changed> -- flows/wifi.yaml\` shows the English change.
      0 errors, 2 warnings
      "
    `);
  });

  it('are clean again once the translation is updated and committed', async () => {
    project = gitProject(sampleFiles());
    project.commit('English and Danish', '2026-01-01T12:00:00Z');
    project.edit('flows/wifi.yaml', 'en: Restart the router.', 'en: Restart the router and wait.');
    project.commit('English', '2026-02-01T12:00:00Z');
    project.edit('flows/wifi.yaml', 'da: Genstart routeren.', 'da: Genstart routeren, og vent.');
    project.commit('Danish', '2026-03-01T12:00:00Z');
    const run = await runKb(['check'], { cwd: project.root });
    expect(run.stdout).toBe('0 errors, 0 warnings\n');
  });

  it('tell commits made in the same second apart by their order in history', async () => {
    project = gitProject(sampleFiles());
    project.commit('English and Danish', '2026-01-01T12:00:00Z');
    project.edit('content/en/internet/router.md', 'Restart it', 'Restart it now');
    project.commit('English', '2026-01-01T12:00:00Z');
    const run = await runKb(['check', '--format', 'json'], { cwd: project.root });
    expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({ file: 'content/da/internet/router.md', code: 'translation-stale' })]);
  });

  it('only count lines of the English text itself, not its neighbours', async () => {
    project = gitProject(sampleFiles());
    project.commit('English and Danish', '2026-01-01T12:00:00Z');
    // The handoff's English text spans two lines; the change is on its second.
    project.edit('flows/wifi.yaml', '        within a day.', '        within one working day.');
    project.edit('flows/wifi.yaml', 'en: Good, it works again.', 'en: Good, it works again!');
    project.edit('flows/wifi.yaml', 'da: Godt, det virker igen.', 'da: Godt, det virker igen!');
    project.commit('Edits', '2026-02-01T12:00:00Z');
    const run = await runKb(['check', '--format', 'json'], { cwd: project.root });
    const found = JSON.parse(run.stdout) as Array<{ line: number; message: string }>;
    expect(found.map((d) => [d.line, d.message.split(':')[0]])).toEqual([[31, '"text" of node "tech" in da is stale']]);
  });

  it('ignore English changes whose commit says "Translations: unchanged"', async () => {
    project = gitProject(sampleFiles());
    project.commit('English and Danish', '2026-01-01T12:00:00Z');
    project.edit('content/en/internet/router.md', 'Restart it', 'Restart  it');
    project.edit('flows/wifi.yaml', 'en: Restart the router.', 'en: Restart the router!');
    project.commit('Fix typos\n\nTranslations: unchanged', '2026-02-01T12:00:00Z');
    const run = await runKb(['check'], { cwd: project.root });
    expect(run.stdout).toBe('0 errors, 0 warnings\n');
  });

  it('are not checked for files with uncommitted changes, and kb check says so once', async () => {
    project = gitProject(sampleFiles());
    project.commit('English and Danish', '2026-01-01T12:00:00Z');
    project.edit('content/en/internet/router.md', 'Restart it', 'Restart it now');
    project.commit('English', '2026-02-01T12:00:00Z');
    project.edit('content/da/internet/router.md', 'Genstart den', 'Genstart den nu');
    project.edit('flows/wifi.yaml', 'da: Genstart routeren.', 'da: Genstart routeren nu.');
    const run = await runKb(['check'], { cwd: project.root });
    expect(run.stdout).toBe('0 errors, 0 warnings\n');
    expect(run.stderr).toBe(
      'note: 2 files have uncommitted changes, so their translations were not checked for staleness: content/da/internet/router.md, flows/wifi.yaml. Commit, then run kb check again.\n',
    );
  });

  it('are not checked without git, and kb check says so once', async () => {
    project = gitProject(sampleFiles(), { init: false });
    const run = await runKb(['check'], { cwd: project.root });
    expect(run.stdout).toBe('0 errors, 0 warnings\n');
    expect(run.stderr).toBe('note: translations were not checked for staleness: the project is not in a git repository.\n');
  });
});
