/**
 * The articles side of the help site in a real browser against the real
 * build: reading an article and switching its language, the fallback
 * notice, links that all lead somewhere, accessibility, the keyboard, and
 * a broken link that stops the build.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { parseFrontmatter, type ArticleFrontmatter } from '../../src/core/content/index.ts';
import { SITE_STRINGS } from '../../src/core/i18n/site-strings.ts';
import { LOCALES, type Locale } from '../../src/core/locales.ts';
import { editUrl } from '../../src/core/site/edit-url.ts';
import { formatDate } from '../../src/core/site/format-date.ts';
import { readArticleFiles } from '../../src/node/articles-loader.ts';
import { readGitDates } from '../../src/node/git-dates.ts';
import { readSiteConfig } from '../../src/node/read-site-config.ts';
import { seriousA11yViolations, useBrowser } from './support/browser.ts';

const root = join(import.meta.dirname, '../..');
const baseURL = inject('baseURL');
const distDir = inject('distDir');

/** The public articles of the sample content, by key and locale. */
function publicArticles(): Map<string, Map<Locale, ArticleFrontmatter & { file: string }>> {
  const byKey = new Map<string, Map<Locale, ArticleFrontmatter & { file: string }>>();
  for (const { file, locale, text } of readArticleFiles(root)) {
    const { data } = parseFrontmatter(text, file);
    if (!data || data.audience !== 'public') continue;
    if (!byKey.has(data.key)) byKey.set(data.key, new Map());
    byKey.get(data.key)!.set(locale, { ...data, file });
  }
  return byKey;
}

const articles = publicArticles();
const gitDates = readGitDates(root);
/** An article written in English and Danish, preferably one whose English file is committed. */
const translated = [...articles.values()]
  .filter((byLocale) => byLocale.has('en') && byLocale.has('da'))
  .sort((a, b) => Number(gitDates.has(b.get('en')!.file)) - Number(gitDates.has(a.get('en')!.file)))[0];
/** An English article and a locale it is not translated into. */
const untranslated = [...articles.values()].flatMap((byLocale) => {
  const missing = LOCALES.find((l) => !byLocale.has(l));
  return byLocale.has('en') && missing ? [{ en: byLocale.get('en')!, locale: missing }] : [];
})[0];

const session = useBrowser();
const { screenshots } = session;
const open = (path: string, locale = 'en-GB'): Promise<Page> => session.open(new URL(path, baseURL).href, { locale });

async function close(page: Page): Promise<void> {
  await page.context().close();
}

describe('the sample content', () => {
  test('has an article in English and Danish, and one that falls back to English', () => {
    expect(translated).toBeDefined();
    expect(untranslated).toBeDefined();
  });
});

describe('an article page', () => {
  test('is read in English and switched to Danish with the language switcher', async () => {
    const en = translated!.get('en')!;
    const da = translated!.get('da')!;
    const page = await open(`/en/${en.category}/${en.key}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(en.title);
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Dansk' }).click();
    await page.waitForURL(`**/da/${da.category}/${da.key}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(da.title);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    expect(await page.locator('.fallback-notice').count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Sprog' }).getByRole('link', { name: 'Dansk' }).getAttribute('aria-current')).toBe('page');
    await close(page);
  });

  test('shows the English text with a notice in the reader\'s language when there is no translation', async () => {
    const { en, locale } = untranslated!;
    const page = await open(`/${locale}/${en.category}/${en.key}/`);
    await expect.poll(() => page.getByRole('note').first().textContent()).toBe(SITE_STRINGS[locale].fallbackNotice);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.getAttribute('article', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe(en.title);
    // The switcher offers the page in this locale, but hreflang names only real translations.
    const hreflangs = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
    expect(hreflangs).toContain('en');
    expect(hreflangs).not.toContain(locale);
    await page.screenshot({ path: join(screenshots, 'article-fallback.png'), fullPage: true });
    await close(page);
  });

  test('has breadcrumbs, last updated from git history and an edit link', async () => {
    const en = translated!.get('en')!;
    const page = await open(`/en/${en.category}/${en.key}/`);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('listitem');
    await expect.poll(() => crumbs.allTextContents()).toEqual(['Home', SITE_STRINGS.en.categories[en.category].name, en.title]);
    const date = gitDates.get(en.file);
    if (date) expect(await page.locator('.article-meta time').textContent()).toBe(formatDate('en', date));
    else expect(await page.locator('.article-meta time').count()).toBe(0);
    const config = readSiteConfig(root);
    expect(await page.getByRole('link', { name: 'Edit this page' }).getAttribute('href')).toBe(
      editUrl(config.repository, config.branch, en.file),
    );
    await page.screenshot({ path: join(screenshots, 'article.png'), fullPage: true });
    await close(page);
  });
});

describe('the language chooser at /', () => {
  test('sends a reader on to the first of their languages the site has', async () => {
    const page = await open('/', 'da-DK');
    await page.waitForURL('**/da/');
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await close(page);
  });

  test('stays and offers every language when none of the reader\'s matches', async () => {
    const page = await open('/', 'fr-FR');
    const links = page.locator('.language-chooser a');
    await expect.poll(() => links.count()).toBe(LOCALES.length);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'language-chooser.png'), fullPage: true });
    await close(page);
  });
});

describe('accessibility', () => {
  const pages = () => [
    { name: 'home', path: '/en/' },
    { name: 'home-lt', path: '/lt/' },
    { name: 'category', path: `/da/${translated!.get('da')!.category}/` },
    { name: 'article-en', path: `/en/${translated!.get('en')!.category}/${translated!.get('en')!.key}/` },
    { name: 'article-fallback', path: `/${untranslated!.locale}/${untranslated!.en.category}/${untranslated!.en.key}/` },
    { name: '404', path: '/no/such/page/' },
  ];

  test('home, category, article and 404 pages have no serious or critical axe violations', async () => {
    const found: string[] = [];
    for (const { name, path } of pages()) {
      const page = await open(path);
      await page.locator('main h1').waitFor();
      found.push(...(await seriousA11yViolations(page)).map((v) => `${name}: ${v}`));
      if (name === 'home' || name === 'category') await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
      await close(page);
    }
    expect(found).toEqual([]);
  });

  test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const en = translated!.get('en')!;
    const page = await open(`/en/${en.category}/${en.key}/`);
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement?.classList.contains('skip-link'));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await close(page);
  });
});

/** Every HTML file of the build. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('the build', () => {
  test('has no broken internal link or anchor on any page', () => {
    const files = htmlFiles(distDir);
    const site = new URL('http://127.0.0.1:4321');
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) {
        const html = readFileSync(file, 'utf8');
        ids.set(file, (set = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)))));
      }
      return set;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const pageUrl = new URL(`/${relative(distDir, file).replace(/index\.html$/, '')}`, site);
      const hrefs = [...html.matchAll(/<(?:a|link)\s[^>]*?href="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
      for (const href of hrefs) {
        const url = new URL(href, pageUrl);
        if (url.origin !== site.origin) continue;
        checked++;
        const path = decodeURIComponent(url.pathname);
        const target = path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
        const where = `${relative(distDir, file)} → ${href}`;
        if (!existsSync(target)) broken.push(`${where}: no such page`);
        else if (url.hash && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${where}: no such anchor`);
      }
    }
    expect(checked).toBeGreaterThan(files.length);
    expect(broken).toEqual([]);
  });

  test(
    'stops at a broken article link with its file, line and column, and writes no site',
    () => {
      const copy = mkdtempSync(join(tmpdir(), 'kb-broken-'));
      try {
        // The project without its history, dependencies and outputs: also proves a build without git works.
        const skip = new Set(['.git', 'node_modules', '.astro', '.kb-build', 'dist', 'dist-agent', 'tests', 'bench']);
        for (const name of readdirSync(root).filter((n) => !skip.has(n))) {
          cpSync(join(root, name), join(copy, name), { recursive: true });
        }
        symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
        const en = translated!.get('en')!;
        const file = join(copy, en.file);
        const lines = readFileSync(file, 'utf8').split('\n');
        lines.push('', 'See [the missing article](article:no-such-article).', '');
        writeFileSync(file, lines.join('\n'));
        const out = join(copy, 'out');
        let output = '';
        let failed = false;
        try {
          execFileSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', out], {
            cwd: copy,
            env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
            stdio: ['ignore', 'pipe', 'pipe'],
          });
        } catch (error) {
          failed = true;
          const e = error as { stdout?: Buffer; stderr?: Buffer };
          output = `${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`;
        }
        expect(failed).toBe(true);
        expect(output).toContain(
          `${en.file}:${lines.length - 1}:5: error: broken link "article:no-such-article": there is no article with the key "no-such-article" [broken-link]`,
        );
        expect(output).not.toContain('Stack trace');
        expect(existsSync(join(out, 'index.html'))).toBe(false);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
