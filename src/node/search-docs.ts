/**
 * Collects what search indexes from the knowledge base on disk: articles
 * (title, summary, headings, body text, tags) and troubleshooters (title,
 * summary, symptom keywords, question and answer texts), per locale. The
 * public audience gets no agent-only article and no representatives'
 * script or note; the agent audience gets everything.
 */
import type { CompiledFlow, StateText } from '../core/flows/compiled-flow.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../core/locales.ts';
import type { SearchDocument } from '../core/search/search-document.ts';
import { articleUrl, flowUrl } from '../core/site/urls.ts';
import { compileProjectArticles } from './compile-project-articles.ts';
import { loadFlows, type Audience } from './load-flows.ts';

/** The documents of every locale, and what could not be indexed. */
export interface CollectedSearchDocuments {
  documents: Map<Locale, SearchDocument[]>;
  /** Problems that left something out of the index (the checker reports them in full). */
  warnings: string[];
}

const STATE_FIELDS = ['text', 'reason', 'script', 'note'] as const;

/** The searchable text of a flow's own states (not the sub-flows it goes into) in `locale`. */
function flowBody(flow: CompiledFlow, locale: Locale, audience: Audience): string {
  const own = flow.text[locale] ?? {};
  const english = flow.text[DEFAULT_LOCALE] ?? {};
  const lines: string[] = [];
  for (const [stateId, state] of Object.entries(flow.states)) {
    if (state.flow !== flow.id) continue;
    const text: StateText | undefined = own[stateId];
    if (!text) continue;
    // A text missing in this locale falls back to English; English has no place in another locale's index.
    const translated = (value: string | undefined, fallback: string | undefined) =>
      value !== undefined && (locale === DEFAULT_LOCALE || value !== fallback) ? value : undefined;
    for (const field of STATE_FIELDS) {
      if ((field === 'script' || field === 'note') && audience !== 'agent') continue;
      const value = translated(text[field], english[stateId]?.[field]);
      if (value) lines.push(value);
    }
    if (state.kind === 'question') {
      text.options.forEach((label, i) => {
        const value = translated(label, english[stateId]?.options[i]);
        if (value) lines.push(value);
      });
    }
  }
  return lines.join('\n');
}

/**
 * Reads the project at `root` and returns the documents to index per
 * locale (only `locales`, when given): troubleshooters first, then
 * articles by category and key.
 */
export async function collectSearchDocuments(
  root: string,
  audience: Audience,
  locales: readonly Locale[] = LOCALES,
): Promise<CollectedSearchDocuments> {
  const warnings: string[] = [];
  const documents = new Map<Locale, SearchDocument[]>(locales.map((l) => [l, []]));

  let flows: Map<string, CompiledFlow> = new Map();
  try {
    flows = loadFlows(root, audience).flows;
  } catch (error) {
    warnings.push(`troubleshooters are left out of search: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const flow of [...flows.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const locale of locales) {
      if (!flow.locales.includes(locale)) continue;
      documents.get(locale)!.push({
        id: flow.id,
        type: 'flow',
        locale,
        url: flowUrl(locale, flow.id),
        title: flow.title[locale] ?? flow.id,
        summary: flow.summary[locale] ?? '',
        headings: [],
        keywords: [...(flow.keywords[locale] ?? [])],
        body: flowBody(flow, locale, audience),
      });
    }
  }

  // The text the pages show, rendered once for the whole build (not again for search).
  const { pages, diagnostics } = await compileProjectArticles(root, audience);
  const broken = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const indexed = new Set<string>();
  const own = pages
    .filter((page) => page.translated && locales.includes(page.locale))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  for (const page of own) {
    const data = page.frontmatter;
    indexed.add(page.file);
    documents.get(page.locale)!.push({
      id: data.key,
      type: 'article',
      locale: page.locale,
      url: articleUrl(page.locale, data.category, data.key),
      title: data.title,
      summary: data.summary,
      headings: page.headings.map((h) => h.text),
      keywords: [...data.tags],
      body: page.plainText,
      category: data.category,
    });
  }
  for (const file of [...broken].sort()) {
    if (!indexed.has(file) && file.endsWith('.md')) warnings.push(`${file} is left out of search: it has errors (run kb check)`);
  }
  return { documents, warnings };
}
