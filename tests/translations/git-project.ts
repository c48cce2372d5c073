/**
 * A throwaway knowledge base in its own git repository, for tests of what
 * git history tells: files are written, then committed at a chosen time.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

/** A temporary project; `dispose` removes it. */
export interface GitProject {
  root: string;
  write(file: string, text: string): void;
  /** Replaces `from` with `to` in `file`; fails the test when `from` is not there. */
  edit(file: string, from: string, to: string): void;
  /** Commits everything at `date` (ISO 8601) and returns the full hash. */
  commit(message: string, date: string): string;
  git(...args: string[]): string;
  dispose(): void;
}

/** A project with `files` (path → text) and, unless `init` is false, a git repository. */
export function gitProject(files: Record<string, string>, { init = true } = {}): GitProject {
  const root = mkdtempSync(join(tmpdir(), 'kb-git-'));
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Writer',
    GIT_AUTHOR_EMAIL: 'writer@example.invalid',
    GIT_COMMITTER_NAME: 'Writer',
    GIT_COMMITTER_EMAIL: 'writer@example.invalid',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const project: GitProject = {
    root,
    write(file, text) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    },
    edit(file, from, to) {
      const text = readFileSync(join(root, file), 'utf8');
      if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
      writeFileSync(join(root, file), text.replace(from, to));
    },
    commit(message, date) {
      git('add', '-A');
      execFileSync('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], {
        cwd: root,
        env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
        stdio: 'ignore',
      });
      return git('rev-parse', 'HEAD').trim();
    },
    git,
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
  if (init) git('init', '-q', '-b', 'main');
  for (const [file, text] of Object.entries(files)) project.write(file, text);
  return project;
}

/** The handoff file of the sample knowledge base: flows need its queues. */
export const HANDOFF = readFileSync(join(repoRoot, 'content/handoff.yaml'), 'utf8');

/** A small flow in English and Danish, one locale per line. */
export const WIFI_FLOW = `# yaml-language-server: $schema=../schema/flow.schema.json
id: wifi
version: 1
title:
  en: My Wi-Fi is slow
  da: Mit wifi er langsomt
summary:
  en: Make your Wi-Fi fast again.
  da: Gør dit wifi hurtigt igen.
locales: [en, da]
start: restart
nodes:
  restart:
    type: step
    text:
      en: Restart the router.
      da: Genstart routeren.
    outcomes: { fixed: done, not-fixed: tech }
  done:
    type: resolution
    text:
      en: Good, it works again.
      da: Godt, det virker igen.
  tech:
    type: handoff
    queue: technical-support
    text:
      en: >-
        A technician will call you
        within a day.
      da: >-
        En tekniker ringer til dig
        inden for et døgn.
`;

/** An article's text with the given title and body. */
export function article(key: string, title: string, body: string): string {
  return `---
title: ${title}
summary: ${title}.
key: ${key}
category: internet
---

${body}
`;
}

/** A small knowledge base: the flow above and one article in English and Danish. */
export function sampleFiles(): Record<string, string> {
  return {
    'content/handoff.yaml': HANDOFF,
    'flows/wifi.yaml': WIFI_FLOW,
    'content/en/internet/router.md': article('router', 'Your router', 'Restart it when it is slow.'),
    'content/da/internet/router.md': article('router', 'Din router', 'Genstart den, når den er langsom.'),
  };
}
