import { describe, expect, test } from 'vitest';
import { buildAudience } from '../../src/node/audience.ts';

describe('buildAudience', () => {
  test('builds the public site unless KB_AUDIENCE says agent', () => {
    expect(buildAudience({})).toBe('public');
    expect(buildAudience({ KB_AUDIENCE: '' })).toBe('public');
    expect(buildAudience({ KB_AUDIENCE: 'public' })).toBe('public');
    expect(buildAudience({ KB_AUDIENCE: 'agent' })).toBe('agent');
  });

  test('stops on any other value rather than guess', () => {
    expect(() => buildAudience({ KB_AUDIENCE: 'agents' })).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: KB_AUDIENCE is "agents", but it must be "public" or "agent".
      hint: unset it for the public site; set KB_AUDIENCE=agent for the representatives' build.]
    `);
  });
});
