/**
 * Lists split into pages of a fixed size, so a category page or the list
 * of troubleshooters weighs the same with 100 articles or 10,000; and the
 * page links a paged list shows: always the first, the last, and the pages
 * around the current one, with a gap for what lies between.
 */

/** One page of a paged list; `number` counts from 1. */
export interface ListPage<T> {
  number: number;
  total: number;
  items: T[];
}

/** `items` in pages of `size` (at least 1); an empty list is one empty page. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  const per = Math.max(1, Math.floor(size));
  const total = Math.max(1, Math.ceil(items.length / per));
  return Array.from({ length: total }, (_, i) => ({ number: i + 1, total, items: items.slice(i * per, (i + 1) * per) }));
}

/** A link to a page, or a gap standing for the pages left out. */
export type PageLink = { page: number; current: boolean } | { gap: true };

/**
 * The page links of page `current` of `total`: the first and last pages and
 * `around` pages on each side of the current one. A gap of a single page is
 * shown as that page, since a number is no longer than the ellipsis.
 */
export function pageLinks(current: number, total: number, around = 1): PageLink[] {
  const shown = new Set<number>([1, total]);
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= total) shown.add(p);
  const pages = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  pages.forEach((page, i) => {
    const before = i > 0 ? pages[i - 1]! : 0;
    if (page - before === 2) links.push({ page: page - 1, current: page - 1 === current });
    else if (page - before > 2) links.push({ gap: true });
    links.push({ page, current: page === current });
  });
  return links;
}
