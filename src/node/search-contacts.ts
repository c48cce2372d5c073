/**
 * The contact options search offers when it finds nothing, read from the
 * project's handoff file (checked as the checker does, flows aside) and
 * worded per locale. Read again only when the file changes, so a build
 * reads it once and `astro dev` shows a writer's edit on the next page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkProject } from '../core/flows/check-project.ts';
import type { HandoffConfig } from '../core/handoff/config-schema.ts';
import { TROUBLESHOOTER_STRINGS } from '../core/i18n/troubleshooter-strings.ts';
import type { Locale } from '../core/locales.ts';
import { searchContacts, type SearchContact } from '../core/site/search-contacts.ts';

const HANDOFF_FILE = 'content/handoff.yaml';
const cache = new Map<string, { mtime: number; handoff: HandoffConfig | undefined }>();

/** The handoff configuration of the project at `root`; undefined when there is none or it has errors (kb check reports them). */
function readHandoff(root: string): HandoffConfig | undefined {
  const path = join(root, HANDOFF_FILE);
  if (!existsSync(path)) return undefined;
  const mtime = statSync(path).mtimeMs;
  const known = cache.get(root);
  if (known?.mtime === mtime) return known.handoff;
  const { handoff } = checkProject({ flows: [], handoff: { file: HANDOFF_FILE, text: readFileSync(path, 'utf8') }, articles: [] });
  cache.set(root, { mtime, handoff });
  return handoff;
}

/** The contact options for readers of `locale` in the project at `root` (none without a usable handoff file). */
export function loadSearchContacts(root: string, locale: Locale): SearchContact[] {
  return searchContacts(readHandoff(root), locale, TROUBLESHOOTER_STRINGS[locale]);
}
