/**
 * Callouts: `:::note`, `:::tip`, `:::warning` and `:::danger` container
 * directives (remark-directive) become
 * `<aside class="callout callout-note" role="note" aria-label="Note">` with a
 * title and the content. `:::warning[Before you start]` sets its own title.
 *
 * Directive syntax is easy to trigger by accident ("Tip:restart", "10:30"),
 * so text and leaf directives that are not ours are put back as the text the
 * writer typed, and an unknown container (`:::nite`) is reported with a
 * did-you-mean and its content kept.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { walk } from './_walk.ts';
import { CALLOUT_KINDS, CALLOUT_LABELS, isCalloutKind, type CalloutLabels } from './callout-labels.ts';
import { closestMatch } from './_did-you-mean.ts';
import { report } from './_report.ts';

/** Options of `remarkCallouts`. */
export interface RemarkCalloutsOptions {
  /** Callout titles in the article's locale (default: English), e.g. `CALLOUT_LABELS.de`. */
  labels?: CalloutLabels;
}

const KIND_LIST = CALLOUT_KINDS.map((kind) => `:::${kind}`).join(', ');

/** The writer's own text of a directive, with its label's children kept as parsed Markdown. */
function directiveAsText(node: TextDirective | LeafDirective, source: string): PhrasingContent[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const prefix = node.type === 'leafDirective' ? '::' : ':';
  if (start === undefined || end === undefined) {
    return [{ type: 'text', value: `${prefix}${node.name}` }, ...node.children];
  }
  const labelStart = node.children[0]?.position?.start.offset;
  const labelEnd = node.children[node.children.length - 1]?.position?.end.offset;
  if (labelStart === undefined || labelEnd === undefined) return [{ type: 'text', value: source.slice(start, end) }];
  return [
    { type: 'text', value: source.slice(start, labelStart) },
    ...node.children,
    { type: 'text', value: source.slice(labelEnd, end) },
  ];
}

function calloutHint(name: string): string {
  const match = closestMatch(name, CALLOUT_KINDS);
  return match ? `Did you mean ":::${match}"?` : `Use one of ${KIND_LIST}.`;
}

/** Turns a `:::note` container into the aside, its title and a content wrapper. */
function buildCallout(node: ContainerDirective, labels: CalloutLabels): void {
  const kind = node.name as keyof CalloutLabels;
  const first = node.children[0];
  const label = first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
  const body = label ? node.children.slice(1) : node.children;
  const customTitle = label ? toString(label).trim() : '';
  // Removed raw HTML can leave blanks at the ends of the title.
  const head = label?.children[0];
  const tail = label?.children[label.children.length - 1];
  if (head?.type === 'text') head.value = head.value.trimStart();
  if (tail?.type === 'text') tail.value = tail.value.trimEnd();
  const titleProperties = { className: ['callout-title'], ariaHidden: 'true' };
  // The aside's label carries the title for screen readers, so the visible title is hidden from them.
  const title: Paragraph =
    label && customTitle
      ? { ...label, data: { hName: 'p', hProperties: titleProperties } }
      : {
          type: 'paragraph',
          children: [],
          data: { hName: 'p', hProperties: titleProperties, hChildren: [{ type: 'text', value: labels[kind] }] },
        };
  const content: ContainerDirective = {
    type: 'containerDirective',
    name: kind,
    children: body,
    data: { hName: 'div', hProperties: { className: ['callout-content'] } },
  };
  node.children = [title, content];
  node.data = {
    hName: 'aside',
    hProperties: {
      className: ['callout', `callout-${kind}`],
      role: 'note',
      ariaLabel: customTitle ? `${labels[kind]}: ${customTitle}` : labels[kind],
    },
  };
}

/**
 * Renders callout directives and reports unknown ones (`unknown-callout`).
 * Text and leaf directives that are not callouts are rendered as the text
 * the writer typed.
 */
export const remarkCallouts: Plugin<[RemarkCalloutsOptions?], Root> = function (options = {}) {
  const labels = options.labels ?? CALLOUT_LABELS.en;
  return (tree, file) => {
    const source = String(file);
    const callouts: ContainerDirective[] = [];
    walk(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'textDirective') {
        parent.children.splice(index, 1, ...(directiveAsText(node, source) as typeof parent.children));
        return index;
      }
      if (node.type === 'leafDirective') {
        const meant = closestMatch(node.name, CALLOUT_KINDS);
        if (meant) {
          report(file, node, {
            code: 'unknown-callout',
            message: `"::${node.name}" has two colons, so it is not a callout`,
            hint: `Write ":::${meant}" on its own line, the text below it, and ":::" on a line of its own to close it.`,
          });
        }
        const paragraph: Paragraph = { type: 'paragraph', children: directiveAsText(node, source) };
        if (node.position) paragraph.position = node.position;
        parent.children.splice(index, 1, paragraph as (typeof parent.children)[number]);
        return index;
      }
      if (node.type !== 'containerDirective') return;
      if (isCalloutKind(node.name)) {
        callouts.push(node);
        return;
      }
      report(file, node, {
        code: 'unknown-callout',
        message: `unknown callout ":::${node.name}"`,
        hint: calloutHint(node.name),
      });
      const label = node.children[0];
      if (label?.type === 'paragraph' && label.data?.directiveLabel) label.data = {};
      parent.children.splice(index, 1, ...(node.children as typeof parent.children));
      return index;
    });
    for (const node of callouts) buildCallout(node, labels);
  };
};
