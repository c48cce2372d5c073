/**
 * Text for flow diagrams: XML escaping, a per-character width estimate (the
 * core has no fonts or DOM to measure with) and word wrapping to a width.
 */

/** Escapes text for SVG/XML content and attribute values, dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const NARROW = new Set("ijlI.,:;'|!`ı ");
const SEMI_NARROW = new Set('frt()[]{}/\\-"*');
const WIDE = new Set('mwMW@%');

/**
 * The width of `text` in a common sans-serif font at `fontSize` pixels,
 * estimated per character. It errs on the wide side, so text fits its box
 * in most fonts a browser falls back to.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.3;
    else if (SEMI_NARROW.has(ch)) em += 0.38;
    else if (WIDE.has(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else if (ch >= '0' && ch <= '9') em += 0.58;
    else if (ch >= 'a' && ch <= 'z') em += 0.56;
    else if (ch.codePointAt(0)! >= 0x2e80) em += 1.0; // CJK and other full-width scripts
    else em += 0.62; // accented letters, symbols
  }
  return em * fontSize;
}

/** Collapses runs of white space into single spaces. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts `text` so that it and an ellipsis fit in `maxWidth`. */
function cut(text: string, maxWidth: number, fontSize: number): string {
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch + '…', fontSize) > maxWidth) break;
    out += ch;
  }
  return out.trimEnd() + '…';
}

/**
 * Wraps `text` into at most `maxLines` lines no wider than `maxWidth`. Words
 * longer than a line are broken; text that does not fit ends with "…".
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const words = squash(text).split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let truncated = false;
  words: for (let i = 0; i < words.length; i++) {
    const whole = words[i]!;
    const candidate = line ? `${line} ${whole}` : whole;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (lines.length >= maxLines) {
      truncated = true;
      break;
    }
    // A word wider than a whole line (a URL, a long compound) is broken across lines.
    let word = whole;
    while (textWidth(word, fontSize) > maxWidth) {
      let head = '';
      for (const ch of word) {
        if (head && textWidth(head + ch, fontSize) > maxWidth) break;
        head += ch;
      }
      lines.push(head);
      word = word.slice(head.length);
      if (lines.length >= maxLines) {
        truncated = word.length > 0 || i < words.length - 1;
        break words;
      }
    }
    line = word;
  }
  if (line) {
    if (lines.length < maxLines) lines.push(line);
    else truncated = true;
  }
  if (truncated && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = cut(lines[last]!, maxWidth, fontSize);
  }
  return lines;
}

/** Shortens `text` to one line of at most `maxChars` characters, ending in "…" when cut. */
export function shorten(text: string, maxChars: number): string {
  const flat = squash(text);
  const chars = [...flat];
  return chars.length <= maxChars ? flat : chars.slice(0, maxChars - 1).join('').trimEnd() + '…';
}
