/** A small element builder for the islands: attributes as strings, listeners as `on…`, text always as text. */

type Attr = string | number | boolean | undefined | ((event: Event) => void);

/** Creates an element; `false`/`undefined` attributes and children are left out. Never parses HTML. */
export function h(tag: string, attrs: Record<string, Attr> = {}, ...children: Array<Node | string | false | undefined>): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else if (value !== false && value !== undefined) el.setAttribute(name, String(value));
  }
  for (const child of children) if (child !== false && child !== undefined) el.append(child);
  return el;
}

/** The element with `id`; the island's markup always has it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}
