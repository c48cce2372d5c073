/**
 * The static paths of the list of every troubleshooter: page 1 at
 * /<locale>/troubleshooters/ (index.astro), the later ones at
 * /<locale>/troubleshooters/page/<n>/ (page/[page].astro). The home and
 * search pages show the first few and link here. (Files starting with _
 * are not routes.)
 */
import { LOCALES } from '../../../core/locales.ts';
import { flowLinks } from '../../../core/site/flow-links.ts';
import { paginate } from '../../../core/site/pagination.ts';
import { siteName } from '../../../core/site/site-name.ts';
import { troubleshootersUrl } from '../../../core/site/urls.ts';
import { buildAudience } from '../../../node/audience.ts';
import { contentRoot } from '../../../node/content-root.ts';
import { loadFlows } from '../../../node/load-flows.ts';
import { readSiteConfig } from '../../../node/read-site-config.ts';

/** The paths of the first pages (`first`) or of the later ones, with what each page shows as props; none without troubleshooters. */
export async function troubleshooterPaths(first: boolean) {
  const root = contentRoot();
  const audience = buildAudience();
  const config = readSiteConfig(root);
  const { flows } = loadFlows(root, audience);
  if (flows.size === 0) return [];
  const paged = LOCALES.map((locale) => ({ locale, pages: paginate(flowLinks(flows.values(), locale), config.listPageSize) }));
  return paged.flatMap(({ locale, pages }) =>
    pages
      .filter((page) => (page.number === 1) === first)
      .map((page) => ({
        params: first ? { locale } : { locale, page: String(page.number) },
        props: {
          locale,
          internal: audience === 'agent',
          siteName: siteName(config, locale),
          page,
          // Every locale lists every troubleshooter, so each has this page.
          alternates: LOCALES.map((l) => ({ locale: l, url: troubleshootersUrl(l, page.number) })),
        },
      })),
  );
}

export type TroubleshootersPageProps = Awaited<ReturnType<typeof troubleshooterPaths>>[number]['props'];
