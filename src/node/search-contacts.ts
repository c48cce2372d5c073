/**
 * The contact options search offers when it finds nothing, read from the
 * project's handoff file (checked as the checker does, flows aside) and
 * worded per locale. Read again only when the file changes, so a build
 * reads it once (and, its files frozen, never looks at it again: every page
 * has a search box) while `astro dev` shows a writer's edit on the next page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkProject } from '../core/flows/check-project.ts';
import type { HandoffConfig } from '../core/handoff/config-schema.ts';
import { TROUBLESHOOTER_STRINGS } from '../core/i18n/troubleshooter-strings.ts';
import type { Locale } from '../core/locales.ts';
import { searchContacts, type SearchContact } from '../core/site/search-contacts.ts';
import { memoByFiles } from './_files-memo.ts';

const HANDOFF_FILE = 'content/handoff.yaml';

/** The handoff configuration of the project at `root`; undefined when there is none or it has errors (kb check reports them). */
function readHandoff(path: string): HandoffConfig | undefined {
  if (!existsSync(path)) return undefined;
  return checkProject({ flows: [], handoff: { file: HANDOFF_FILE, text: readFileSync(path, 'utf8') }, articles: [] }).handoff;
}

/** The contact options for readers of `locale` in the project at `root` (none without a usable handoff file). */
export function loadSearchContacts(root: string, locale: Locale): SearchContact[] {
  const path = join(root, HANDOFF_FILE);
  return memoByFiles(`search-contacts:${path}:${locale}`, [path], () => searchContacts(readHandoff(path), locale, TROUBLESHOOTER_STRINGS[locale]));
}
