/**
 * The element builder of the search code: the same as the troubleshooter's
 * (src/client/troubleshooter/dom.ts), kept apart on purpose. A module both
 * import would be split into a chunk of its own, one more request and more
 * bytes for every troubleshooter page, which has a tight budget.
 */

/** Creates an element with attributes and children; `undefined` attributes are left out. Never parses HTML. */
export function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Array<Node | string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** The element with `id`; the search box's markup always has it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}
