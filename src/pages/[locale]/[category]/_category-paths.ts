/**
 * The static paths of the category pages: page 1 at /<locale>/<category>/
 * (index.astro), the later ones at /<locale>/<category>/page/<n>/
 * (page/[page].astro). One definition for both routes. (Files starting
 * with _ are not routes.)
 */
import { getCollection } from 'astro:content';
import { LOCALES } from '../../../core/locales.ts';
import { indexArticles } from '../../../core/site/article-alternates.ts';
import { listedArticles } from '../../../core/site/article-listing.ts';
import { categoryPages } from '../../../core/site/category-pages.ts';
import { siteName } from '../../../core/site/site-name.ts';
import { buildAudience } from '../../../node/audience.ts';
import { contentRoot } from '../../../node/content-root.ts';
import { readSiteConfig } from '../../../node/read-site-config.ts';

/** The paths of the first pages (`first`) or of the later ones, with what each page shows as props. */
export async function categoryPaths(first: boolean) {
  const config = readSiteConfig(contentRoot());
  const internal = buildAudience() === 'agent';
  const entries = await getCollection('articles', (entry) => entry.data.translated);
  const index = indexArticles(entries.map((entry) => entry.data));
  const listed = LOCALES.map((locale) => ({ locale, articles: listedArticles(index, locale) }));
  return categoryPages(listed, config.listPageSize)
    .filter(({ page }) => (page.number === 1) === first)
    .map(({ locale, category, page, alternates }) => ({
      params: first ? { locale, category } : { locale, category, page: String(page.number) },
      props: { locale, category, internal, siteName: siteName(config, locale), page, alternates },
    }));
}

export type CategoryPageProps = Awaited<ReturnType<typeof categoryPaths>>[number]['props'];
