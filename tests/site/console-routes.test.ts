import { describe, expect, test } from 'vitest';
import { consoleRoutes } from '../../src/pages/[locale]/console/_console-routes.ts';

/** The routes the integration injects for an environment. */
function injected(env: Record<string, string | undefined>): string[] {
  const patterns: string[] = [];
  const hook = consoleRoutes(env).hooks['astro:config:setup'];
  const injectRoute = (route: { pattern: string }) => patterns.push(route.pattern);
  // Only `injectRoute` is used; the rest of Astro's hook options do not matter here.
  void hook?.({ injectRoute } as unknown as Parameters<NonNullable<typeof hook>>[0]);
  return patterns;
}

describe('the console routes', () => {
  test("exist on the representatives' build", () => {
    expect(injected({ KB_AUDIENCE: 'agent' })).toEqual(['/[locale]/console', '/[locale]/console/[flow].json']);
  });

  test('do not exist on the public build', () => {
    expect(injected({})).toEqual([]);
    expect(injected({ KB_AUDIENCE: 'public' })).toEqual([]);
  });

  test('a mistyped audience stops the build instead of silently building the public site', () => {
    expect(() => injected({ KB_AUDIENCE: 'agnet' })).toThrow('KB_AUDIENCE is "agnet", but it must be "public" or "agent".');
  });
});
