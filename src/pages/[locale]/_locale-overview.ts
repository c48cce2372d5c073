/**
 * What the home page and the search page of each locale list: the
 * troubleshooters and the categories with their articles. One definition for
 * both pages' getStaticPaths. (Files starting with _ are not routes.)
 */
import { getCollection } from 'astro:content';
import { LOCALES } from '../../core/locales.ts';
import { indexArticles } from '../../core/site/article-alternates.ts';
import { listCategories, listedArticles } from '../../core/site/article-listing.ts';
import { flowLinks } from '../../core/site/flow-links.ts';
import { siteName } from '../../core/site/site-name.ts';
import { buildAudience } from '../../node/audience.ts';
import { loadFlows } from '../../node/load-flows.ts';
import { readSiteConfig } from '../../node/read-site-config.ts';
import { contentRoot } from '../../node/content-root.ts';

/** One static path per locale, with the locale's troubleshooters and categories as props. */
export async function localeOverviewPaths() {
  const root = contentRoot();
  const audience = buildAudience();
  const config = readSiteConfig(root);
  const { flows } = loadFlows(root, audience);
  const entries = await getCollection('articles', (entry) => entry.data.translated);
  const index = indexArticles(entries.map((entry) => entry.data));
  return LOCALES.map((locale) => ({
    params: { locale },
    props: {
      locale,
      internal: audience === 'agent',
      siteName: siteName(config, locale),
      categories: listCategories(listedArticles(index, locale), locale),
      flows: flowLinks(flows.values(), locale),
    },
  }));
}
