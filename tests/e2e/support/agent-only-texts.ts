/**
 * Finds representatives' text in a built site: every script, internal note,
 * transfer instruction and agent-only article of the knowledge base, as
 * distinctive snippets, looked for in every file however it was serialised
 * (HTML entities, JSON escapes, URL encoding in a prefilled link).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkProject } from '../../../src/core/flows/check-project.ts';
import { parseFrontmatter, splitFrontmatter } from '../../../src/core/content/index.ts';
import { readProject } from '../../../src/node/read-project.ts';

/** Every file under `dir`, at any depth. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Percent-encoded runs decoded, and `+` read as a space as in a query string: a prefilled issue link's text. */
function decodeUrl(text: string): string {
  return text.replace(/\+/g, ' ').replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Normalises white space, URL encoding and JSON/JS escapes so a text is found however it was serialised. */
export function normalise(text: string): string {
  return decodeEntities(decodeUrl(text))
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\n/g, ' ')
    .replace(/\\(["'\\/])/g, '$1')
    .replace(/\s+/g, ' ');
}

/** Every representatives-only text of the knowledge base at `root`, as distinctive snippets. */
export function agentOnlyTexts(root: string): Array<{ where: string; text: string }> {
  const project = readProject(root);
  const checked = checkProject(project);
  const out: Array<{ where: string; text: string }> = [];
  for (const [id, flow] of checked.flows) {
    for (const [nodeId, node] of Object.entries(flow.nodes)) {
      for (const field of ['script', 'note'] as const) {
        const texts = (node as Record<string, unknown>)[field] as Record<string, string> | undefined;
        for (const [locale, text] of Object.entries(texts ?? {})) out.push({ where: `flows/${id}.yaml ${nodeId}.${field}.${locale}`, text });
      }
    }
  }
  for (const [queueId, queue] of Object.entries(checked.handoff?.queues ?? {})) {
    for (const [locale, text] of Object.entries(queue.transfer ?? {})) out.push({ where: `handoff ${queueId}.transfer.${locale}`, text });
  }
  for (const article of project.articles.filter((a) => a.audience === 'agent')) {
    const source = readFileSync(join(root, article.file), 'utf8');
    const { data } = parseFrontmatter(source, article.file);
    if (data) out.push({ where: `${article.file} title`, text: data.title }, { where: `${article.file} summary`, text: data.summary });
    // Every paragraph of the body, as plain text.
    for (const paragraph of splitFrontmatter(source).body.split(/\n\s*\n/)) {
      const plain = paragraph.replace(/[#>*_`:[\]()!-]/g, ' ').replace(/\s+/g, ' ').trim();
      if (plain.length >= 40) out.push({ where: `${article.file} body`, text: plain });
    }
  }
  return out
    .map(({ where, text }) => ({ where, text: text.replace(/\s+/g, ' ').trim() }))
    .filter(({ text }) => text.length >= 20);
}

/** Where the files of `dist` contain any of `secrets`: "<file> contains <where>: <text>" lines. */
export function leaksIn(dist: string, secrets: ReadonlyArray<{ where: string; text: string }>): string[] {
  const files = filesUnder(dist).filter((f) => /\.(html|js|mjs|json|txt|xml|css|svg|map|webmanifest)$/.test(f));
  const leaks: string[] = [];
  for (const file of files) {
    const content = normalise(readFileSync(file, 'utf8'));
    for (const { where, text } of secrets) {
      // A distinctive run of the text: its first 60 characters, with white space normalised.
      const probe = normalise(text).slice(0, 60);
      if (content.includes(probe)) leaks.push(`${relative(dist, file)} contains ${where}: "${probe}"`);
    }
  }
  return leaks;
}
