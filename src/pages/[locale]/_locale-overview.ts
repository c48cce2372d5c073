/**
 * What the home page and the search page of each locale list: the
 * troubleshooters and the categories with their articles. One definition for
 * both pages' getStaticPaths. (Files starting with _ are not routes.)
 */
import { getCollection } from 'astro:content';
import { SITE_STRINGS, fillNumbers } from '../../core/i18n/site-strings.ts';
import { LOCALES } from '../../core/locales.ts';
import { indexArticles } from '../../core/site/article-alternates.ts';
import { listCategories, listedArticles } from '../../core/site/article-listing.ts';
import { flowLinks, homeFlowLinks } from '../../core/site/flow-links.ts';
import { siteName } from '../../core/site/site-name.ts';
import { troubleshootersUrl } from '../../core/site/urls.ts';
import { buildAudience } from '../../node/audience.ts';
import { loadFlows } from '../../node/load-flows.ts';
import { readSiteConfig } from '../../node/read-site-config.ts';
import { contentRoot } from '../../node/content-root.ts';

/**
 * One static path per locale, with the locale's categories and its first
 * `homeTroubleshooters` troubleshooters (the featured ones, then by title) as props;
 * when there are more, `allFlows` links to the list of all of them.
 */
export async function localeOverviewPaths() {
  const root = contentRoot();
  const audience = buildAudience();
  const config = readSiteConfig(root);
  const { flows } = loadFlows(root, audience);
  const entries = await getCollection('articles', (entry) => entry.data.translated);
  const index = indexArticles(entries.map((entry) => entry.data));
  return LOCALES.map((locale) => {
    const all = flowLinks(flows.values(), locale);
    return {
      params: { locale },
      props: {
        locale,
        internal: audience === 'agent',
        siteName: siteName(config, locale),
        categories: listCategories(listedArticles(index, locale), locale),
        flows: homeFlowLinks(all, config.featuredTroubleshooters, config.homeTroubleshooters),
        allFlows:
          all.length > config.homeTroubleshooters
            ? { url: troubleshootersUrl(locale), label: fillNumbers(locale, SITE_STRINGS[locale].allTroubleshootersLink, { n: all.length }) }
            : undefined,
      },
    };
  });
}
