import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRoot } from '../../src/node/content-root.ts';

describe('contentRoot', () => {
  it('builds the project itself when KB_ROOT is not set', () => {
    expect(contentRoot('/srv/kb', {})).toBe('/srv/kb');
    expect(contentRoot('/srv/kb', { KB_ROOT: '  ' })).toBe('/srv/kb');
  });

  it('names one folder one way, so work memoised under it is found again (Astro\'s root ends in a slash)', () => {
    expect(contentRoot('/srv/kb/', {})).toBe('/srv/kb');
    expect(contentRoot('/srv/kb/', { KB_ROOT: '/data/help-centre/' })).toBe('/data/help-centre');
  });

  it('reads another knowledge base from KB_ROOT, resolved against the working directory', () => {
    expect(contentRoot('/srv/kb', { KB_ROOT: '/data/help-centre' })).toBe('/data/help-centre');
    expect(contentRoot('/srv/kb', { KB_ROOT: 'corpus' })).toBe(resolve('corpus'));
  });
});
