import { describe, expect, it } from 'vitest';
import { articleTranslations, type FileHistory, type Revision } from '../../src/core/translations/index.ts';

const old: Revision = { commit: 'a'.repeat(40), time: 100, rank: 1 };
const fresh: Revision = { commit: 'b'.repeat(40), time: 200, rank: 2 };
const committed = (latest: Revision, latestSource: Revision | undefined = latest): FileHistory => ({ kind: 'committed', latest, latestSource });

const en = { key: 'router', locale: 'en', file: 'content/en/internet/router.md', category: 'internet' } as const;
const da = { key: 'router', locale: 'da', file: 'content/da/internet/router.md', category: 'internet' } as const;
const sv = { key: 'router', locale: 'sv', file: 'content/sv/internet/router.md', category: 'internet' } as const;

describe('articleTranslations', () => {
  it('gives each locale its state: the original, current, stale, missing or unknown', () => {
    const history: Record<string, FileHistory> = {
      [en.file]: committed(fresh),
      [da.file]: committed(old),
      [sv.file]: { kind: 'uncommitted' },
    };
    const [row] = articleTranslations([en, da, sv], (file) => history[file] ?? { kind: 'unknown' });
    expect(row?.source).toBe(en.file);
    expect(Object.fromEntries(Object.entries(row!.cells).map(([locale, cell]) => [locale, cell.state]))).toEqual({
      en: 'source',
      da: 'stale',
      de: 'missing',
      fi: 'missing',
      sv: 'unknown',
      lt: 'missing',
    });
    expect(row?.cells.da).toEqual({ state: 'stale', file: da.file, sourceRevision: fresh, translationRevision: old });
  });

  it('keeps a translation current when the English changes since were all marked "Translations: unchanged"', () => {
    const history: Record<string, FileHistory> = { [en.file]: committed(fresh, old), [da.file]: committed(old) };
    const [row] = articleTranslations([en, da], (file) => history[file]!);
    expect(row?.cells.da.state).toBe('current');
  });

  it('shows a translation without an English original in a row whose English cell is missing', () => {
    const [row] = articleTranslations([da], () => committed(old));
    expect(row).toMatchObject({ key: 'router', category: 'internet', cells: { en: { state: 'missing' }, da: { state: 'current' } } });
    expect(row?.source).toBeUndefined();
  });
});
