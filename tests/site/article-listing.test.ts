import { describe, expect, test } from 'vitest';
import type { ArticleCategory } from '../../src/core/content/index.ts';
import type { Locale } from '../../src/core/locales.ts';
import { indexArticles } from '../../src/core/site/article-alternates.ts';
import { listArticles, listCategories, listedArticle, listedArticles } from '../../src/core/site/article-listing.ts';

const article = (locale: Locale, key: string, category: ArticleCategory, title: string) => ({
  locale,
  key,
  category,
  title,
  summary: `${title}.`,
});

const index = indexArticles([
  article('en', 'roaming', 'mobile', 'Roaming charges'),
  article('en', 'activate-sim', 'mobile', 'Activate your SIM'),
  article('da', 'activate-sim', 'mobile', 'Aktivér dit SIM-kort'),
  article('en', 'pin', 'mobile', 'PIN and PUK'),
  article('da', 'pin', 'mobile', 'PIN og PUK'),
  article('en', 'moving', 'moving', 'Moving house'),
]);

describe('listedArticle', () => {
  test('lists an untranslated article with its English title, marked as such', () => {
    expect(listedArticle(index, 'roaming', 'da')).toEqual({
      key: 'roaming',
      category: 'mobile',
      title: 'Roaming charges',
      summary: 'Roaming charges.',
      url: '/da/mobile/roaming/',
      translated: false,
    });
  });
});

describe('listCategories', () => {
  test('counts the articles of each category in the order of the categories, skipping empty ones', () => {
    expect(listCategories(listedArticles(index, 'da'), 'da')).toEqual([
      { category: 'mobile', count: 3, url: '/da/mobile/' },
      { category: 'moving', count: 1, url: '/da/moving/' },
    ]);
  });
});

describe('listArticles', () => {
  test('puts translations first, each group sorted as the locale sorts', () => {
    const titles = listArticles(listedArticles(index, 'da'), 'mobile', 'da').map((a) => a.title);
    expect(titles).toEqual(['Aktivér dit SIM-kort', 'PIN og PUK', 'Roaming charges']);
  });
});
