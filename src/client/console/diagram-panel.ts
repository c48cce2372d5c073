/**
 * The console's diagram panel: the current flow's tree (the build's SVG at
 * /<locale>/diagrams/<flow>.svg), with the call's current step highlighted
 * after every step and scrolled into view inside the panel, never moving
 * the page. The representative can collapse it with a disclosure button.
 * The SVG is our own build output; it still goes through DOMParser as an
 * image/svg+xml document and is imported node by node, never as HTML.
 */
import { DIAGRAM_CLASSES, highlightDiagramElement, type DiagramTrailEntry } from '../../core/flows/diagram-highlight.ts';
import type { DiagramStrings } from '../../core/i18n/diagram-strings.ts';
import { h } from '../troubleshooter/dom.ts';

/** Where the call is: the diagram to show and the walk to mark on it. */
export interface DiagramPlace {
  url: string;
  current: string;
  trail: readonly DiagramTrailEntry[];
}

/** The panel: its element (placed in the call by renderCall) and `show`, called after every render. */
export interface DiagramPanel {
  element: HTMLElement;
  show(place: DiagramPlace): void;
}

const svgs = new Map<string, Promise<SVGSVGElement>>();

function fetchSvg(url: string): Promise<SVGSVGElement> {
  let pending = svgs.get(url);
  if (!pending) {
    pending = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${url}`);
        return response.text();
      })
      .then((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const svg = doc.documentElement;
        if (doc.getElementsByTagName('parsererror').length > 0 || svg.namespaceURI !== 'http://www.w3.org/2000/svg') {
          throw new Error(`${url} is not an SVG diagram`);
        }
        return document.importNode(svg, true) as unknown as SVGSVGElement;
      });
    // A failed load is tried again at the next step.
    pending.catch(() => svgs.delete(url));
    svgs.set(url, pending);
  }
  return pending;
}

/** Scrolls `view` (and only it) so that `target` is in the middle of it. */
function centre(view: HTMLElement, target: Element): void {
  const box = target.getBoundingClientRect();
  const frame = view.getBoundingClientRect();
  if (frame.width === 0 || frame.height === 0) return;
  view.scrollLeft += box.left + box.width / 2 - (frame.left + frame.width / 2);
  view.scrollTop += box.top + box.height / 2 - (frame.top + frame.height / 2);
}

/** Creates the panel, expanded. It lives as long as the page, so collapsing it holds for the next calls too. */
export function createDiagramPanel(s: DiagramStrings): DiagramPanel {
  const status = h('p', { class: 'console-muted', role: 'status' });
  const view = h('div', { class: 'console-diagram-view', id: 'console-diagram-view', tabindex: 0, role: 'region', 'aria-label': s.viewLabel });
  const link = h('a', { href: '#', target: '_blank' }, s.openInNewTab);
  const body = h('div', { id: 'console-diagram-body' }, status, view, h('p', { class: 'console-diagram-open' }, link));
  const toggle = h('button', { type: 'button', class: 'console-diagram-toggle', id: 'console-diagram-toggle', 'aria-expanded': 'true', 'aria-controls': 'console-diagram-body' }, s.panelTitle);
  const element = h('section', { class: 'console-diagram', 'aria-labelledby': 'console-diagram-toggle' }, h('h3', {}, toggle), body);
  let place: DiagramPlace | undefined;
  let shownUrl: string | undefined;

  const mark = () => {
    const svg = view.firstElementChild;
    if (!place || !svg || shownUrl !== place.url) return;
    highlightDiagramElement(svg, { current: place.current, trail: place.trail });
    const current = svg.querySelector(`.${DIAGRAM_CLASSES.current}`);
    if (current && !body.hidden) centre(view, current);
  };

  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    body.hidden = !open;
    mark();
  });

  return {
    element,
    show(next) {
      place = next;
      link.setAttribute('href', next.url);
      if (shownUrl === next.url) return mark();
      const url = next.url;
      view.replaceChildren();
      shownUrl = undefined;
      status.textContent = s.loading;
      fetchSvg(url).then(
        (svg) => {
          // A step or call that came meanwhile wins.
          if (place?.url !== url) return;
          view.replaceChildren(svg);
          shownUrl = url;
          status.textContent = '';
          mark();
        },
        () => {
          if (place?.url === url) status.textContent = s.loadFailed;
        },
      );
    },
  };
}
