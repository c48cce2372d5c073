/** `content/site.yaml` read and checked: the settings, or diagnostics with positions. */
import type { Diagnostic } from '../diagnostics.ts';
import { parseYaml } from '../flows/parse-yaml.ts';
import { validateWithSchema } from '../flows/validate-flow.ts';
import { siteConfigSchema, type SiteConfig } from './site-config-schema.ts';

/** The site settings path, relative to a knowledge base's root. */
export const SITE_CONFIG_FILE = 'content/site.yaml';

/** The settings in `text` (the file `file`); no value when any diagnostic is an error. */
export function parseSiteConfig(text: string, file = SITE_CONFIG_FILE): { value?: SiteConfig; diagnostics: Diagnostic[] } {
  const parsed = parseYaml(text, file);
  const validated = validateWithSchema(siteConfigSchema, parsed, 'the site settings');
  const diagnostics = [...parsed.diagnostics, ...validated.diagnostics];
  return validated.value && !diagnostics.some((d) => d.severity === 'error') ? { value: validated.value, diagnostics } : { diagnostics };
}
