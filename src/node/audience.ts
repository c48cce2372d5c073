/**
 * Who this build is for, read from the environment in this one place:
 * KB_AUDIENCE=agent builds the representatives' site; anything unset or
 * empty builds the public one.
 */
import { ContentError, type Audience } from './load-flows.ts';

export type { Audience };

/** The audience of this build; a value other than "public" or "agent" stops the build. */
export function buildAudience(env: Record<string, string | undefined> = process.env): Audience {
  const value = env.KB_AUDIENCE?.trim() ?? '';
  if (value === '' || value === 'public') return 'public';
  if (value === 'agent') return 'agent';
  throw new ContentError(`KB_AUDIENCE is "${value}", but it must be "public" or "agent".\nhint: unset it for the public site; set KB_AUDIENCE=agent for the representatives' build.`);
}
