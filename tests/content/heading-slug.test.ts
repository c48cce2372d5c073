import { describe, expect, test } from 'vitest';
import { createSlugger, slugify } from '../../src/core/content/heading-slug.ts';

describe('slugify', () => {
  test('keeps letters of every script and joins words with hyphens', () => {
    expect(slugify('Über den Router')).toBe('über-den-router');
    expect(slugify('Ką daryti?')).toBe('ką-daryti');
    expect(slugify('Skift adgangskode på Mit Selskab')).toBe('skift-adgangskode-på-mit-selskab');
    expect(slugify('Wi-Fi & Ethernet — 2.4 GHz')).toBe('wi-fi-ethernet-24-ghz');
  });

  test('gives the same id to composed and decomposed umlauts', () => {
    expect(slugify('U\u0308ber')).toBe(slugify('Über'));
  });

  test('falls back to "section" when nothing readable is left', () => {
    expect(slugify('!!! ???')).toBe('section');
  });
});

describe('createSlugger', () => {
  test('numbers repeated headings from 2 and never reuses an id', () => {
    const slug = createSlugger();
    expect(['Step', 'Step', 'Step', 'Step 2'].map(slug)).toEqual(['step', 'step-2', 'step-3', 'step-2-2']);
  });
});
