import { describe, expect, test } from 'vitest';
import {
  ARTICLE_CATEGORIES,
  articleFrontmatterSchema,
  articleJsonSchema,
} from '../../src/core/content/article-schema.ts';

const minimal = {
  title: 'Restart your router',
  summary: 'How to restart it.',
  key: 'restart-router',
  category: 'internet',
};

describe('articleFrontmatterSchema', () => {
  test('fills in public audience and empty tags, related and flows', () => {
    expect(articleFrontmatterSchema.parse(minimal)).toEqual({
      ...minimal,
      tags: [],
      audience: 'public',
      related: [],
      flows: [],
    });
  });

  test('accepts an agent-only article with tags, related articles and flows', () => {
    const full = {
      ...minimal,
      tags: ['router', 'wifi'],
      audience: 'agent',
      related: ['router-lights'],
      flows: ['internet-down'],
    };
    expect(articleFrontmatterSchema.parse(full)).toEqual(full);
  });

  test('rejects a title longer than 120 characters and a blank summary', () => {
    const result = articleFrontmatterSchema.safeParse({ ...minimal, title: 'x'.repeat(121), summary: '   ' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['title', 'too_big'],
      ['summary', 'too_small'],
    ]);
  });

  test('rejects keys and tags that are not kebab-case, and unknown categories and fields', () => {
    const result = articleFrontmatterSchema.safeParse({
      ...minimal,
      key: 'Restart Router',
      category: 'wifi',
      tags: ['Wi-Fi'],
      tag: [],
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['key', 'invalid_format'],
      ['category', 'invalid_value'],
      ['tags.0', 'invalid_format'],
      ['', 'unrecognized_keys'],
    ]);
  });

  test('generates a JSON Schema for editors that lists the categories and describes every field', () => {
    const schema = articleJsonSchema() as { properties: Record<string, { description?: string; enum?: string[] }> };
    expect(schema.properties.category?.enum).toEqual([...ARTICLE_CATEGORIES]);
    for (const [name, field] of Object.entries(schema.properties)) expect(field.description, name).toBeTruthy();
  });
});
