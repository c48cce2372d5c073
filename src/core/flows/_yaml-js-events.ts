/**
 * Reads a YAML text with js-yaml's event parser and tells its events to a
 * builder: the way to read any YAML, used for files the fast scanner leaves
 * alone. Internal to parse-yaml.ts.
 */
import { EVENT_ID, SCALAR_STYLE, YAMLException, parseEvents } from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';
import type { YamlBuilder } from './_yaml-builder.ts';
import { syntaxHint } from './_yaml-problems.ts';

/** How deep collections may nest; flows need fewer than ten levels. */
const MAX_DEPTH = 64;

/** The offset of a scalar's first character as written: its opening quote or block indicator. */
function scalarTokenStart(text: string, event: ScalarEvent): number {
  if (event.valueStart < 0) return -1;
  if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) return event.valueStart - 1;
  if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) {
    const headerEnd = text.lastIndexOf('\n', event.valueStart - 1);
    const headerStart = text.lastIndexOf('\n', headerEnd - 1) + 1;
    const match = /[|>][0-9+-]*[ \t]*(?:#.*)?\r?$/.exec(text.slice(headerStart, headerEnd));
    return match ? headerStart + match.index : event.valueStart;
  }
  return event.valueStart;
}

/** Why js-yaml could not read a text: where, and the words of a `yaml-syntax` diagnostic. */
export interface SyntaxProblem {
  offset: number;
  message: string;
  hint: string;
}

/** Tells js-yaml's events for `text` to `builder`; the syntax problem instead when js-yaml cannot read the text. */
export function tellJsYamlEvents(text: string, builder: YamlBuilder): SyntaxProblem | undefined {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch (error) {
    if (!(error instanceof YAMLException)) {
      return { offset: 0, message: 'invalid YAML: the file could not be read', hint: 'Check the indentation and the quotes.' };
    }
    return {
      offset: error.mark?.position ?? 0,
      message: `invalid YAML: ${error.reason.replace(/maxDepth \((\d+)\)/, 'the limit of $1 levels')}`,
      hint: syntaxHint(error.reason),
    };
  }
  // Every node comes from one event, and about half the events (keys, ends of collections) make none.
  builder.reserve((events.length >> 1) + 16);
  for (const event of events) {
    if (builder.stopped) break;
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        builder.document(event.explicitStart);
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        builder.open(event.type === EVENT_ID.MAPPING, event.start, event.anchorStart, event.anchorEnd, event.tagStart, event.tagEnd);
        break;
      case EVENT_ID.POP:
        builder.pop();
        break;
      case EVENT_ID.SCALAR:
        builder.scalar(
          scalarTokenStart(text, event), event.valueStart, event.valueEnd, event.style, event.fast, event.indent,
          event.anchorStart, event.anchorEnd, event.tagStart, event.tagEnd, event,
        );
        break;
      case EVENT_ID.ALIAS:
        builder.alias(event.anchorStart, event.anchorEnd);
        break;
    }
  }
  return undefined;
}
