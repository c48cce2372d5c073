import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/core/locales.ts';
import { indexArticles } from '../../src/core/site/article-alternates.ts';
import type { ArticleEntryData } from '../../src/core/site/article-entry-schema.ts';
import { articlePageValues, articleShellKind, type ArticlePageContext } from '../../src/core/site/article-page-values.ts';

const article = (locale: Locale, key: string, more: Partial<ArticleEntryData> = {}): ArticleEntryData => ({
  title: `${key} in ${locale}`,
  summary: `About ${key}.`,
  key,
  category: 'internet',
  tags: [],
  audience: 'public',
  related: [],
  flows: [],
  locale,
  sourceLocale: locale,
  translated: true,
  file: `content/${locale}/internet/${key}.md`,
  toc: [],
  ...more,
});

const restartEn = article('en', 'restart-router', {
  related: ['router-lights', 'no-such-article'],
  flows: ['internet-down', 'not-in-this-build'],
  lastUpdated: '2026-03-03T10:00:00Z',
  toc: [
    { depth: 2, id: 'before', text: 'Before <you> start' },
    { depth: 3, id: 'cables', text: 'Cables' },
    { depth: 2, id: 'after', text: 'After' },
  ],
});
const translations = [restartEn, article('da', 'restart-router'), article('en', 'router-lights'), article('da', 'router-lights')];

const context = (more: Partial<ArticlePageContext> = {}): ArticlePageContext => ({
  site: 'https://help.example.com',
  index: indexArticles(translations),
  repository: 'https://github.com/acme/help',
  branch: 'main',
  feedback: false,
  flowLink: (id, locale) => (id === 'internet-down' ? { id, title: `Internet down (${locale})`, summary: '', url: `/${locale}/troubleshoot/${id}/` } : undefined),
  ...more,
});

describe('the slot values of an article page', () => {
  test('a translation: its own title and summary, hreflang for every translated version, a switcher naming every page', () => {
    const values = articlePageValues(context(), translations[1]!, '<p>Genstart.</p>');
    expect(articleShellKind(translations[1]!)).toBe('translated');
    expect(values.title).toBe('restart-router in da');
    expect(values.summary).toBe('About restart-router.');
    expect(values.body).toBe('<p>Genstart.</p>');
    expect(values.lang).toBe('');
    expect(values.hreflang).toBe(
      '<link rel="alternate" hreflang="en" href="https://help.example.com/en/internet/restart-router/">' +
        '<link rel="alternate" hreflang="da" href="https://help.example.com/da/internet/restart-router/">',
    );
    expect(values.switcher).toContain('<a href="/da/internet/restart-router/" hreflang="da" lang="da" aria-current="page">Dansk</a>');
    expect(values.switcher).toContain('<a href="/fi/internet/restart-router/" hreflang="fi" lang="fi">Suomi</a>');
    expect(values.crumbs).toBe(
      '<nav class="breadcrumbs" aria-label="Brødkrummesti"><ol><li><a href="/da/">Forside</a></li>' +
        '<li><a href="/da/internet/">Internet og wifi</a></li><li><span aria-current="page">restart-router in da</span></li></ol></nav>',
    );
  });

  test('a fallback page: the English text marked as English, the interface around it in the reader’s language', () => {
    const fallback = { ...restartEn, locale: 'fi' as const, translated: false };
    const values = articlePageValues(context(), fallback, '<p>Restart.</p>');
    expect(articleShellKind(fallback)).toBe('fallback');
    expect(values.lang).toBe('en');
    expect(values.crumbs).toContain('<span aria-current="page" lang="en">restart-router in en</span>');
    expect(values.toc).toContain('<h2 id="toc_title" lang="fi">');
    expect(values.switcher).toContain('aria-current="page">Suomi</a>');
  });

  test('the table of contents nests h3s under their h2 and escapes the headings', () => {
    const { toc } = articlePageValues(context(), restartEn, '');
    expect(toc).toBe(
      '<nav class="toc" aria-labelledby="toc_title"><h2 id="toc_title">On this page</h2><ol>' +
        '<li><a href="#before">Before &#60;you&#62; start</a><ol><li><a href="#cables">Cables</a></li></ol></li>' +
        '<li><a href="#after">After</a></li></ol></nav>',
    );
    expect(articlePageValues(context(), translations[1]!, '').toc).toBe('');
  });

  test('the date in the reader’s language, and the edit link to the file shown', () => {
    const { meta } = articlePageValues(context(), { ...restartEn, locale: 'da', translated: false }, '');
    expect(meta).toContain('<time datetime="2026-03-03">3. marts 2026</time>');
    expect(meta).toContain('href="https://github.com/acme/help/edit/main/content/en/internet/restart-router.md"');
    expect(articlePageValues(context(), translations[1]!, '').meta).not.toContain('<time');
  });

  test('related lists hold only what the build has: a missing article or troubleshooter is left out', () => {
    const { related } = articlePageValues(context(), restartEn, '');
    expect(related).toContain('<a href="/en/troubleshoot/internet-down/">Internet down (en)</a>');
    expect(related).toContain('<a href="/en/internet/router-lights/">router-lights in en</a>');
    expect(related).not.toContain('no-such-article');
    expect(related).not.toContain('not-in-this-build');
    expect(articlePageValues(context(), translations[1]!, '').related).toBe('');
  });

  test('feedback subject and flag link only where the site shows them; the flag points at the title line of the file shown', () => {
    const none = articlePageValues(context(), restartEn, '');
    expect(none.subject).toBe('');
    expect(none.flag).toBe('');
    const both = articlePageValues(context({ feedback: true, titleLine: (file) => (file.endsWith('restart-router.md') ? 2 : 1) }), restartEn, '');
    expect(JSON.parse(both.subject)).toEqual({ kind: 'article', id: 'restart-router', locale: 'en', file: 'content/en/internet/restart-router.md' });
    const flag = new URL(both.flag);
    expect(flag.pathname).toBe('/acme/help/issues/new');
    expect(flag.searchParams.get('body')).toContain('content/en/internet/restart-router.md#L2');
    expect(flag.searchParams.get('body')).toContain('https://help.example.com/en/internet/restart-router/');
  });
});
