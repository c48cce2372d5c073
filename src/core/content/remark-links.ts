/**
 * Links between articles and to flows go by id, never by path:
 * `[Restart your router](article:restart-router#step-2)` and
 * `[Get help](flow:internet-down)`. The caller's resolver knows the URLs
 * (and the fallback locales); this plugin rewrites the links and reports
 * every link it cannot resolve at the link's own line and column.
 *
 * Links with a scheme other than http(s), mailto, tel, article and flow
 * (`javascript:`, `data:` …) lose their target: the Markdown-to-HTML step
 * does not sanitise URLs, so this is where it happens.
 */
import type { Definition, Image, ImageReference, Link, LinkReference, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import type { Plugin } from 'unified';
import { walk } from './_walk.ts';
import type { VFile } from 'vfile';
import { ID_PATTERN } from '../flows/schema.ts';
import { toKebabCase } from './_kebab-case.ts';
import { quoteValue, report, type ContentDiagnosticCode } from './_report.ts';

/** What an id link points at. */
export type LinkKind = 'article' | 'flow';

/**
 * A resolved link, or why it cannot be resolved (with a did-you-mean hint
 * when there is one, and a code of its own when "broken link" would mislead).
 */
export type LinkResolution = { url: string } | { error: string; hint?: string; code?: ContentDiagnosticCode };

/**
 * Resolves `article:<key>#<anchor>` and `flow:<id>` links. It must report a
 * missing anchor as an error too: the plugin tells a broken anchor from a
 * broken link by resolving again without the anchor.
 */
export type LinkResolver = (kind: LinkKind, id: string, anchor: string | undefined) => LinkResolution;

/** Options of `remarkLinks`. */
export interface RemarkLinksOptions {
  resolve: LinkResolver;
}

const ID_LINK = /^(article|flow):([^#]*)(?:#(.*))?$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const MARKDOWN_PATH = /^([^?#]*?)([^/?#]+)\.(?:md|mdx|markdown)(?:[?#](.*))?$/i;

const DEFAULT_HINT: Record<LinkKind, string> = {
  article: "Use the key: from the target article's frontmatter, like article:restart-router.",
  flow: 'Use the id of a flow in flows/, like flow:internet-down.',
};

type Target = Link | Definition | Image;

/**
 * A link whose target was removed renders as a span, so the page shows the
 * text but no dead or unsafe link; an image shows its alternative text.
 */
function disable(node: Target | LinkReference | ImageReference): void {
  if (node.type === 'definition') {
    node.url = '';
    return;
  }
  // hProperties are merged into the element's own, so the target attributes are cleared explicitly.
  const hProperties = { className: ['broken-link'], href: undefined, src: undefined, alt: undefined, title: undefined };
  node.data =
    node.type === 'image' || node.type === 'imageReference'
      ? { hName: 'span', hProperties, hChildren: [{ type: 'text', value: node.alt ?? '' }] }
      : { hName: 'span', hProperties };
}

/** The scheme as a browser reads it: tabs and newlines anywhere and leading blanks do not count. */
function normaliseScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return SCHEME.exec(cleaned)?.[1]?.toLowerCase();
}

function resolveIdLink(node: Target, file: VFile, resolve: LinkResolver, match: RegExpExecArray): boolean {
  const kind = (match[1] ?? '').toLowerCase() as LinkKind;
  const id = match[2] ?? '';
  const anchor = match[3] || undefined;
  const written = `${kind}:${id}${anchor === undefined ? '' : `#${anchor}`}`;
  if (!ID_PATTERN.test(id)) {
    const suggestion = toKebabCase(id);
    report(file, node, {
      code: 'broken-link',
      message: id
        ? `${kind} id ${quoteValue(id)} in ${quoteValue(written)} is not lower-case kebab-case`
        : `link ${quoteValue(written)} names no ${kind}`,
      hint: suggestion ? `Write it as ${kind}:${suggestion}.` : DEFAULT_HINT[kind],
    });
    return false;
  }
  const result = resolve(kind, id, anchor);
  if ('url' in result) {
    node.url = result.url;
    return true;
  }
  const anchorOnly = anchor !== undefined && 'url' in resolve(kind, id, undefined);
  report(file, node, {
    code: result.code ?? (anchorOnly ? 'broken-anchor' : 'broken-link'),
    message: `${result.code ? 'link' : 'broken link'} ${quoteValue(written)}: ${result.error}`,
    hint:
      result.hint ?? (anchorOnly ? 'Link to a heading id of that article, or drop the #anchor.' : DEFAULT_HINT[kind]),
  });
  return false;
}

/** Checks and rewrites one URL; false when its target had to be removed. */
function checkUrl(node: Target, file: VFile, resolve: LinkResolver): boolean {
  const url = node.url;
  const idLink = ID_LINK.exec(url);
  if (idLink && node.type !== 'image') return resolveIdLink(node, file, resolve, idLink);
  const scheme = normaliseScheme(url);
  if (scheme !== undefined) {
    if (SAFE_SCHEMES.has(scheme)) return true;
    report(file, node, {
      code: 'unsafe-link',
      message: `${node.type === 'image' ? 'image' : 'link'} ${quoteValue(url)} uses the ${scheme}: scheme, which is not allowed`,
      hint:
        node.type === 'image'
          ? 'Images may use https: or a relative path.'
          : 'Links may use https:, http:, mailto:, tel:, article:<key> or flow:<id>.',
    });
    return false;
  }
  const path = node.type === 'image' || url.startsWith('//') ? null : MARKDOWN_PATH.exec(url);
  if (path) {
    const key = toKebabCase(path[2] ?? '');
    const anchor = path[3] ? `#${path[3]}` : '';
    report(file, node, {
      code: 'path-link',
      message: `link ${quoteValue(url)} points to a file path`,
      hint: `Link by key instead: (article:${key}${anchor}); paths break when articles move or are translated.`,
    });
  }
  return true;
}

/** Resolves `article:` and `flow:` links and reports broken, unsafe and path links. */
export const remarkLinks: Plugin<[RemarkLinksOptions], Root> = function (options) {
  return (tree, file) => {
    const removed = new Set<string>();
    walk(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return;
      if (checkUrl(node, file, options.resolve)) return;
      disable(node);
      if (node.type === 'definition') removed.add(node.identifier);
    });
    if (removed.size === 0) return;
    // `[text][ref]` takes its URL from the definition, so it goes with it.
    walk(tree, (node) => {
      if ((node.type === 'linkReference' || node.type === 'imageReference') && removed.has(node.identifier))
        disable(node);
    });
  };
};
