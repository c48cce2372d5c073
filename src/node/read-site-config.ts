/** Reads and checks content/site.yaml; a bad file stops the build with positions. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatDiagnostics } from '../core/diagnostics.ts';
import { flowIdOfFile } from '../core/flows/check-flows.ts';
import { parseSiteConfig, SITE_CONFIG_FILE } from '../core/site/parse-site-config.ts';
import type { SiteConfig } from '../core/site/site-config-schema.ts';
import { ContentError } from './load-flows.ts';
import { memoByFiles } from './_files-memo.ts';
import { flowFilesIn } from './read-project.ts';

/** The site settings of the knowledge base at `root`, read once per change of the file (or of the flows it may feature). */
export function readSiteConfig(root: string): SiteConfig {
  return memoByFiles(`site:${root}`, [join(root, SITE_CONFIG_FILE), join(root, 'flows')], () => readAndCheck(root));
}

/** The ids of the flows in flows/ (their file names). */
function flowIdsIn(root: string): Set<string> {
  return new Set(flowFilesIn(root).map((path) => flowIdOfFile(basename(path))));
}

function readAndCheck(root: string): SiteConfig {
  const path = join(root, SITE_CONFIG_FILE);
  if (!existsSync(path)) throw new ContentError(`${SITE_CONFIG_FILE} is missing.\nhint: create it with the site name and the repository URL; see docs.`);
  const { value, diagnostics } = parseSiteConfig(readFileSync(path, 'utf8'), SITE_CONFIG_FILE, flowIdsIn(root));
  if (!value) throw new ContentError(`the site settings have errors:\n${formatDiagnostics(diagnostics, 'human')}`);
  return value;
}
