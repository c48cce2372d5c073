/**
 * Reads a knowledge base from disk into the plain sources the core checks:
 * flow files, the handoff configuration and the list of articles. The only
 * file-system code the CLI and the Astro build share.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load } from 'js-yaml';
import { isLocale, type Locale } from '../core/locales.ts';

/** A file's project-relative path (forward slashes) and its text. */
export interface SourceFileOnDisk {
  file: string;
  text: string;
}

/** An article known by id, for link checks. */
export interface ArticleOnDisk {
  id: string;
  locale: Locale;
  file: string;
  audience: 'public' | 'agent';
}

/** Everything `kb check` and the build read. */
export interface ProjectOnDisk {
  root: string;
  flows: SourceFileOnDisk[];
  handoff?: SourceFileOnDisk;
  articles: ArticleOnDisk[];
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function listFiles(dir: string, accept: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, accept));
    else if (entry.isFile() && accept(entry.name)) out.push(full);
  }
  return out.sort();
}

/** Reads a file as UTF-8; invalid bytes become U+FFFD, which the parser reports. */
function readText(path: string): string {
  return readFileSync(path).toString('utf8');
}

/** The frontmatter block of a Markdown file, parsed leniently (the article checker reports errors). */
function frontmatterOf(text: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/.exec(text);
  if (!match) return {};
  try {
    const data = load(match[1] ?? '');
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The flow files of the project at `root`: every .yaml and .yml under flows/, as paths. */
export function flowFilesIn(root: string): string[] {
  return listFiles(join(root, 'flows'), (n) => n.endsWith('.yaml') || n.endsWith('.yml'));
}

/**
 * Reads `flows/*.yaml`, `content/handoff.yaml` and the articles under
 * `content/<locale>/` of the project at `root`.
 */
export function readProject(root: string): ProjectOnDisk {
  const flows = flowFilesIn(root).map((path) => ({
    file: toPosix(relative(root, path)),
    text: readText(path),
  }));
  const handoffPath = join(root, 'content', 'handoff.yaml');
  const handoff = existsSync(handoffPath) && statSync(handoffPath).isFile()
    ? { file: toPosix(relative(root, handoffPath)), text: readText(handoffPath) }
    : undefined;
  const articles: ArticleOnDisk[] = [];
  const contentDir = join(root, 'content');
  if (existsSync(contentDir)) {
    for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
      if (!entry.isDirectory() || !isLocale(entry.name)) continue;
      const locale = entry.name;
      for (const path of listFiles(join(contentDir, locale), (n) => n.endsWith('.md'))) {
        const data = frontmatterOf(readText(path));
        const slug = path.slice(path.lastIndexOf(sep) + 1).replace(/\.md$/, '');
        const id = typeof data.key === 'string' ? data.key : slug;
        articles.push({
          id,
          locale,
          file: toPosix(relative(root, path)),
          audience: data.audience === 'agent' ? 'agent' : 'public',
        });
      }
    }
  }
  return { root, flows, ...(handoff ? { handoff } : {}), articles };
}
