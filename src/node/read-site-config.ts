/** Reads and checks content/site.yaml; a bad file stops the build with positions. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostics } from '../core/diagnostics.ts';
import { parseYaml } from '../core/flows/parse-yaml.ts';
import { validateWithSchema } from '../core/flows/validate-flow.ts';
import { siteConfigSchema, type SiteConfig } from '../core/site/site-config-schema.ts';
import { ContentError } from './load-flows.ts';
import { memoByFiles } from './_files-memo.ts';

/** The site settings of the knowledge base at `root`, read once per change of the file. */
export function readSiteConfig(root: string): SiteConfig {
  return memoByFiles(`site:${root}`, [join(root, 'content/site.yaml')], () => parseSiteConfig(root));
}

function parseSiteConfig(root: string): SiteConfig {
  const file = 'content/site.yaml';
  const path = join(root, file);
  if (!existsSync(path)) throw new ContentError(`${file} is missing.\nhint: create it with the site name and the repository URL; see docs.`);
  const parsed = parseYaml(readFileSync(path, 'utf8'), file);
  const validated = validateWithSchema(siteConfigSchema, parsed, 'the site settings');
  const diagnostics = [...parsed.diagnostics, ...validated.diagnostics];
  if (!validated.value || diagnostics.some((d) => d.severity === 'error')) {
    throw new ContentError(`the site settings have errors:\n${formatDiagnostics(diagnostics, 'human')}`);
  }
  return validated.value;
}
