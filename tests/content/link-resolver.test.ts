import { describe, expect, test } from 'vitest';
import { createLinkResolver } from '../../src/core/content/link-resolver.ts';

const resolve = createLinkResolver({
  articles: new Map([
    ['restart-router', { url: '/da/internet/restart-router/', anchors: ['trin-2', 'über-den-router'] }],
  ]),
  flows: new Map([['internet-down', { url: '/da/flows/internet-down/' }]]),
});

describe('createLinkResolver', () => {
  test('returns the URL of an article, an article heading and a flow', () => {
    expect(resolve('article', 'restart-router', undefined)).toEqual({ url: '/da/internet/restart-router/' });
    expect(resolve('article', 'restart-router', 'über-den-router')).toEqual({
      url: '/da/internet/restart-router/#über-den-router',
    });
    expect(resolve('flow', 'internet-down', undefined)).toEqual({ url: '/da/flows/internet-down/' });
  });

  test('suggests the closest article, heading or flow for a typo', () => {
    expect(resolve('article', 'restart-routr', undefined)).toEqual({
      error: 'there is no article with the key "restart-routr"',
      hint: 'Did you mean "restart-router"?',
    });
    expect(resolve('article', 'restart-router', 'trin-3')).toEqual({
      error: 'the article "restart-router" has no heading with the id "trin-3"',
      hint: 'Did you mean "#trin-2"?',
    });
    expect(resolve('flow', 'internet-dwn', undefined)).toEqual({
      error: 'there is no flow "internet-dwn"',
      hint: 'Did you mean "internet-down"?',
    });
  });

  test('gives no hint when nothing is close', () => {
    expect(resolve('article', 'billing-overview', undefined)).toEqual({
      error: 'there is no article with the key "billing-overview"',
    });
  });

  test('refuses an anchor on a flow link', () => {
    expect(resolve('flow', 'internet-down', 'lights')).toEqual({
      error: 'a flow link cannot point at an #anchor',
      hint: 'Write flow:internet-down without #lights.',
    });
  });
});
