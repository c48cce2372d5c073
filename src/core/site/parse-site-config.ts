/**
 * `content/site.yaml` read and checked: the settings, or diagnostics with
 * positions. Given the knowledge base's flow ids, it also checks the
 * featured troubleshooters against them.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { didYouMean, listWords } from '../flows/_did-you-mean.ts';
import { parseYaml, type ParsedYaml } from '../flows/parse-yaml.ts';
import { validateWithSchema } from '../flows/validate-flow.ts';
import { siteConfigSchema, type SiteConfig } from './site-config-schema.ts';

/** The site settings path, relative to a knowledge base's root. */
export const SITE_CONFIG_FILE = 'content/site.yaml';

/**
 * The settings in `text` (the file `file`); no value when any diagnostic is
 * an error. With `flowIds`, every featured troubleshooter must be one of them.
 */
export function parseSiteConfig(
  text: string,
  file = SITE_CONFIG_FILE,
  flowIds?: ReadonlySet<string>,
): { value?: SiteConfig; diagnostics: Diagnostic[] } {
  const parsed = parseYaml(text, file);
  const validated = validateWithSchema(siteConfigSchema, parsed, 'the site settings');
  const diagnostics = [...parsed.diagnostics, ...validated.diagnostics];
  if (validated.value) diagnostics.push(...checkFeatured(parsed, validated.value, flowIds));
  return validated.value && !diagnostics.some((d) => d.severity === 'error') ? { value: validated.value, diagnostics } : { diagnostics };
}

/**
 * Featured troubleshooters that do not exist, appear twice, or outnumber the
 * home page's troubleshooters; and a warning when the home page cannot show
 * every troubleshooter and none is featured, so its choice is alphabetical.
 */
function checkFeatured(parsed: ParsedYaml, config: SiteConfig, flowIds: ReadonlySet<string> | undefined): Diagnostic[] {
  const featured = config.featuredTroubleshooters ?? [];
  const found: Diagnostic[] = [];
  const at = (path: Array<string | number>, code: string, message: string, hint: string, where = parsed.map.valueAt(path)) => {
    const { line, column } = where;
    found.push({ file: parsed.file, line, column, severity: 'error', code, message, hint });
  };
  const seen = new Set<string>();
  featured.forEach((id, i) => {
    if (seen.has(id)) at(['featuredTroubleshooters', i], 'duplicate-featured', `troubleshooter "${id}" is featured twice`, 'Remove one of them.');
    seen.add(id);
    if (flowIds && !flowIds.has(id)) {
      const ids = [...flowIds].sort();
      const use = ids.length <= 8 ? `: ${listWords(ids)}` : ' (its file name without .yaml)';
      at(['featuredTroubleshooters', i], 'missing-flow', `flow "${id}" does not exist`, didYouMean(id, ids, `Use the id of a flow in flows/${use}.`));
    }
  });
  if (flowIds && config.featuredTroubleshooters === undefined && flowIds.size > config.homeTroubleshooters) {
    const where = parsed.map.has(['homeTroubleshooters']) ? parsed.map.keyAt(['homeTroubleshooters']) : { line: 1, column: 1 };
    found.push({
      file: parsed.file,
      ...where,
      severity: 'warning',
      code: 'unfeatured-troubleshooters',
      message: `the home page shows ${config.homeTroubleshooters} of ${flowIds.size} troubleshooters, the first by title`,
      hint: 'List the ones customers need most under featuredTroubleshooters: (flow ids, in the order to show them).',
    });
  }
  if (featured.length > config.homeTroubleshooters) {
    at(
      ['featuredTroubleshooters'],
      'too-many-featured',
      `${featured.length} troubleshooters are featured, but the home page shows ${config.homeTroubleshooters} (homeTroubleshooters)`,
      `Feature at most ${config.homeTroubleshooters}, or raise homeTroubleshooters.`,
      parsed.map.keyAt(['featuredTroubleshooters']),
    );
  }
  return found;
}
