/**
 * Heading ids that stay readable in every locale: letters and digits of any
 * script are kept ("Über den Router" → "über-den-router", "Ką daryti" →
 * "ką-daryti"), everything else becomes a single hyphen or goes.
 */

/** The id a heading's text gets before duplicates are numbered; "section" when no letter or digit is left. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]+/gu, '')
    .replace(/[\s_-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}

/** Hands out unique slugs within one article: the second "Step" is "step-2", the third "step-3". */
export function createSlugger(): (text: string) => string {
  const used = new Set<string>();
  return (text) => {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}
