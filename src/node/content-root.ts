/**
 * The folder a build reads its knowledge base from (content/, flows/):
 * `KB_ROOT` when set, so one installation can build another knowledge base
 * (a team's own repository, a benchmark corpus), else the project itself.
 */
import { resolve } from 'node:path';

/**
 * `KB_ROOT` resolved against the working directory, or `projectRoot`, as one
 * normal path: memoised work is keyed by it, and Astro's root ends in a slash.
 */
export function contentRoot(projectRoot: string = process.cwd(), env: Record<string, string | undefined> = process.env): string {
  const override = env.KB_ROOT?.trim();
  return resolve(override || projectRoot);
}
