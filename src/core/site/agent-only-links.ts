/**
 * Public articles may link only to public ones. Without this, a link from a
 * public article to an article for representatives reads "there is no
 * article", which sends the writer looking for a typo.
 */
import type { LinkResolver } from '../content/index.ts';

/**
 * Wraps the resolver of public articles: a link it cannot resolve to an
 * article that exists for representatives only (`isAgentOnly`) gets the
 * code `link-to-agent-only` and says so.
 */
export function refuseAgentOnlyLinks(resolve: LinkResolver, isAgentOnly: (key: string) => boolean): LinkResolver {
  return (kind, id, anchor) => {
    const result = resolve(kind, id, anchor);
    if ('url' in result || kind !== 'article' || !isAgentOnly(id)) return result;
    return {
      code: 'link-to-agent-only',
      error: `"${id}" is an article for representatives only (audience: agent), which the public site does not have`,
      hint: 'A public article may link only to public articles: remove the link, or set audience: public on that article if customers may read it.',
    };
  };
}
