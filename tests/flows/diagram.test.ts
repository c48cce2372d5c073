import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { generateFlowYaml } from '../../bench/generate-flow.ts';
import { checkProject } from '../../src/core/flows/check-project.ts';
import { compileFlow } from '../../src/core/flows/compile-flow.ts';
import {
  diagramNodeOf,
  flowDiagram,
  highlightDiagram,
  highlightDiagramElement,
  type DiagramElementLike,
} from '../../src/core/flows/diagram.ts';
import { parseYaml } from '../../src/core/flows/parse-yaml.ts';
import type { Flow, NodeKind } from '../../src/core/flows/schema.ts';
import { validateFlow } from '../../src/core/flows/validate-flow.ts';
import { choose, startWalk, type Walk } from '../../src/core/flows/walk.ts';
import { LOCALES } from '../../src/core/locales.ts';
import { readProject } from '../../src/node/read-project.ts';

// ---------------------------------------------------------------------------
// A strict little XML reader: throws on anything that is not well-formed
// (unclosed or mismatched tags, a raw "<" or "&" in text or attributes,
// duplicate attributes), so "it parses" means a browser's XML parser takes it.

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (raw.includes('<')) throw new Error(`raw "<" at ${where}`);
  return raw.replace(/&([^;]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Error(`bare "&" at ${where}`);
    if (ENTITIES[name]) return ENTITIES[name];
    const code = /^#(\d+)$/.exec(name)?.[1] ?? (/^#x([0-9a-f]+)$/i.exec(name) ? parseInt(name.slice(2), 16) : undefined);
    if (code === undefined) throw new Error(`unknown entity "${whole}" at ${where}`);
    return String.fromCodePoint(Number(code));
  });
}

function parseXml(src: string): El {
  const root: El = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const open = /<([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*="[^"]*")*)\s*(\/?)>/y;
  const close = /<\/([A-Za-z][\w:.-]*)\s*>/y;
  let i = 0;
  while (i < src.length) {
    const top = stack[stack.length - 1]!;
    if (src[i] !== '<') {
      const end = src.indexOf('<', i);
      const text = src.slice(i, end === -1 ? src.length : end);
      top.text += decode(text, i);
      i += text.length;
      continue;
    }
    close.lastIndex = i;
    const closing = close.exec(src);
    if (closing) {
      if (closing[1] !== top.name) throw new Error(`</${closing[1]}> closes <${top.name}> at ${i}`);
      stack.pop();
      i = close.lastIndex;
      continue;
    }
    open.lastIndex = i;
    const opening = open.exec(src);
    if (!opening) throw new Error(`malformed tag at ${i}: ${src.slice(i, i + 40)}`);
    const el: El = { name: opening[1]!, attrs: {}, children: [], text: '' };
    for (const [, name, value] of opening[2]!.matchAll(/([A-Za-z_:][\w:.-]*)="([^"]*)"/g)) {
      if (name! in el.attrs) throw new Error(`duplicate attribute ${name} at ${i}`);
      el.attrs[name!] = decode(value!, i);
    }
    top.children.push(el);
    if (opening[3] !== '/') stack.push(el);
    i = open.lastIndex;
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (root.children.length !== 1 || root.text.trim() !== '') throw new Error('a document has exactly one root element');
  return root.children[0]!;
}

const all = (el: El): El[] => [el, ...el.children.flatMap(all)];
const textOf = (el: El): string => el.text + el.children.map(textOf).join('');
const nodeGroups = (svg: El) => all(svg).filter((el) => el.name === 'g' && el.attrs.class?.split(' ').includes('node'));
const shapeOf = (group: El) => group.children.find((c) => c.attrs.class === 'shape')!;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function boxOf(shape: El): Box {
  if (shape.name === 'rect') {
    return { x: Number(shape.attrs.x), y: Number(shape.attrs.y), width: Number(shape.attrs.width), height: Number(shape.attrs.height) };
  }
  const points = shape.attrs.points!.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The shape each kind must be drawn with. */
function describeShape(group: El): string {
  const shapes = group.children.filter((c) => c.attrs.class?.split(' ').includes('shape'));
  const [outer] = shapes;
  if (!outer) return 'none';
  if (outer.name === 'polygon') return `polygon with ${outer.attrs.points!.split(' ').length} corners`;
  const rx = Number(outer.attrs.rx);
  const corners = rx === 0 ? 'square' : Math.abs(rx - Number(outer.attrs.height) / 2) < 0.2 ? 'pill' : 'rounded';
  return `${shapes.length === 2 ? 'double ' : ''}${corners} rect`;
}

const SHAPES: Record<NodeKind, string> = {
  question: 'rounded rect',
  step: 'square rect',
  branch: 'polygon with 4 corners',
  subflow: 'double rounded rect',
  resolution: 'pill rect',
  handoff: 'polygon with 6 corners',
};

// ---------------------------------------------------------------------------

const root = resolve(import.meta.dirname, '../..');
const checked = checkProject(readProject(root));
const samples = [...checked.flows.values()];

function generated(nodes: number, seed = 1): Flow {
  const validated = validateFlow(parseYaml(generateFlowYaml('generated', nodes, seed), 'flows/generated.yaml'));
  if (!validated.value) throw new Error(JSON.stringify(validated.diagnostics));
  return validated.value;
}

describe('flowDiagram', () => {
  test('the sample flows are all there, with every node kind among them', () => {
    expect(samples.map((f) => f.id)).toEqual(['cannot-sign-in', 'internet-down', 'invoice-charge', 'where-is-my-order']);
    const kinds = new Set(samples.flatMap((f) => Object.values(f.nodes).map((n) => n.type)));
    expect([...kinds].sort()).toEqual(['branch', 'handoff', 'question', 'resolution', 'step', 'subflow']);
  });

  test.each(samples.map((f) => [f.id, f] as const))('%s renders well-formed SVG in every locale', (_id, flow) => {
    for (const locale of LOCALES) {
      const svg = parseXml(flowDiagram(flow, locale));
      expect(svg.name).toBe('svg');
      expect(svg.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(svg.attrs.lang).toBe(locale);
    }
  });

  test.each(samples.map((f) => [f.id, f] as const))('%s draws every node once, with the shape of its kind', (_id, flow) => {
    const groups = nodeGroups(parseXml(flowDiagram(flow)));
    expect(groups.map((g) => g.attrs['data-node']).sort()).toEqual(Object.keys(flow.nodes).sort());
    for (const group of groups) {
      const kind = flow.nodes[group.attrs['data-node']!]!.type;
      expect(group.attrs['data-kind']).toBe(kind);
      expect(group.attrs.class).toBe(`node kind-${kind}`);
      expect(describeShape(group), group.attrs['data-node']).toBe(SHAPES[kind]);
    }
  });

  test('every answer, outcome, case, otherwise and then becomes a labelled arrow', () => {
    const flow = checked.flows.get('internet-down')!;
    const svg = parseXml(flowDiagram(flow));
    const edges = all(svg).filter((el) => el.name === 'g' && el.attrs.class?.startsWith('edge '));
    let expected = 0;
    for (const node of Object.values(flow.nodes)) {
      if (node.type === 'question') expected += node.options.length;
      if (node.type === 'step') expected += 2;
      if (node.type === 'branch') expected += node.cases.length + 1;
      if (node.type === 'subflow' && node.then) expected += 1;
    }
    expect(edges).toHaveLength(expected);
    const labels = all(svg)
      .filter((el) => el.attrs.class === 'edge-label')
      .map((el) => el.children.filter((c) => c.name === 'text').map(textOf).join(' '));
    expect(labels).toHaveLength(expected);
    expect(labels).toContain('For my home');
    expect(labels).toContain('Still not working');
    expect(labels).toContain('if customer == "business"');
    expect(labels).toContain('otherwise');
  });

  test('the legend names all six kinds, each with its own shape', () => {
    const svg = parseXml(flowDiagram(samples[0]!, 'da'));
    const items = all(svg).filter((el) => el.attrs.class?.startsWith('legend-item'));
    expect(items.map(textOf)).toEqual(['Spørgsmål', 'Trin', 'Forgrening', 'Underforløb', 'Løst', 'Overdragelse']);
    expect(new Set(items.map(describeShape)).size).toBe(6);
  });

  test('has a title and a description that screen readers announce', () => {
    const svg = parseXml(flowDiagram(checked.flows.get('internet-down')!));
    expect(svg.attrs.role).toBe('img');
    const [titleId, descId] = svg.attrs['aria-labelledby']!.split(' ');
    const title = svg.children.find((c) => c.name === 'title')!;
    const desc = svg.children.find((c) => c.name === 'desc')!;
    expect(title.attrs.id).toBe(titleId);
    expect(desc.attrs.id).toBe(descId);
    expect(title.text).toBe('Diagram of the troubleshooter “My internet connection is not working”');
    expect(desc.text).toBe(
      'Start: customer-type. Nodes by kind: Question 6, Solved 6, Step 7, Branch 2, Handoff 2. Each arrow is labelled with the answer or the condition that leads along it.',
    );
  });

  test('shows text, answers and step outcomes in the chosen locale', () => {
    const svg = flowDiagram(checked.flows.get('internet-down')!, 'da');
    expect(svg).toContain('Det løste problemet');
    expect(svg).toContain('Til mit hjem');
    expect(svg).toContain('Min internetforbindelse virker ikke');
  });

  test('shows queue names and sub-flow titles when given them', () => {
    const svg = flowDiagram(checked.flows.get('invoice-charge')!, 'en', {
      queueNames: { billing: 'Billing team' },
      flowTitles: { 'cannot-sign-in': 'Cannot sign in' },
    });
    expect(svg).toContain('Queue: Billing team');
    expect(svg).toContain('Go to: Cannot sign in');
    expect(flowDiagram(checked.flows.get('invoice-charge')!)).toContain('Go to: cannot-sign-in');
  });

  test('escapes hostile text, which reads back exactly as written', () => {
    const hostile = `<script>alert("x")</script> & 'quotes' ]]> <!-- -->`;
    const flow: Flow = {
      id: 'hostile',
      version: 1,
      title: { en: `Title ${hostile}` },
      summary: { en: 'x' },
      variables: { who: { values: ['a&b'] } },
      start: 'ask',
      nodes: {
        ask: { type: 'question', text: { en: hostile }, options: [
          { label: { en: `<b>"yes"</b> & more` }, next: 'route', set: { who: 'a&b' } },
          { label: { en: "it's <no>" }, next: 'done' },
        ] },
        route: { type: 'branch', cases: [{ when: `who == "a&b"`, next: 'done' }], otherwise: 'done' },
        done: { type: 'resolution', text: { en: 'fine & <dandy>' } },
      },
    };
    const text = flowDiagram(flow);
    expect(text).not.toContain('<script');
    expect(text).not.toContain('<b>');
    expect(text).not.toContain('<no>');
    const svg = parseXml(text);
    const body = textOf(svg);
    expect(body).toContain(`Title ${hostile}`);
    expect(body).toContain('<b>"yes"</b> & more');
    expect(body).toContain(`if who == "a&b"`);
    expect(body).toContain('fine & <dandy>');
  });

  test('drops characters XML cannot carry instead of producing a broken file', () => {
    const flow: Flow = {
      id: 'control',
      version: 1,
      title: { en: 'Bell \u0007 and lone surrogate \uD800' },
      summary: { en: 'x' },
      start: 'done',
      nodes: { done: { type: 'resolution', text: { en: 'ok' } } },
    };
    expect(() => parseXml(flowDiagram(flow))).not.toThrow();
  });

  test('leaves out arrows to nodes that do not exist instead of failing', () => {
    const flow: Flow = {
      id: 'dangling',
      version: 1,
      title: { en: 'Dangling' },
      summary: { en: 'x' },
      start: 'ask',
      nodes: {
        ask: { type: 'question', text: { en: 'Q?' }, options: [{ label: { en: 'a' }, next: 'done' }, { label: { en: 'b' }, next: 'nowhere' }] },
        done: { type: 'resolution', text: { en: 'ok' } },
      },
    };
    const svg = parseXml(flowDiagram(flow));
    expect(all(svg).filter((el) => el.attrs['data-to'] === 'nowhere')).toEqual([]);
    expect(nodeGroups(svg)).toHaveLength(2);
  });

  test('gives the same SVG for the same flow', () => {
    const flow = checked.flows.get('cannot-sign-in')!;
    expect(flowDiagram(flow, 'sv')).toBe(flowDiagram(flow, 'sv'));
  });

  test.each([
    // Seeds for which the generator gives exactly that many nodes.
    [30, 8, 'auto'],
    [30, 9, 'TB'],
    [30, 11, 'LR'],
    [60, 1, 'auto'],
  ] as const)('a generated %i-node flow (seed %i, direction %s) has no overlapping boxes or labels', (nodes, seed, direction) => {
    const flow = generated(nodes, seed);
    expect(Object.keys(flow.nodes)).toHaveLength(nodes);
    const svg = parseXml(flowDiagram(flow, 'en', { direction }));
    const boxes = nodeGroups(svg).map((g) => ({ id: g.attrs['data-node']!, box: boxOf(shapeOf(g)) }));
    expect(boxes).toHaveLength(nodes);
    const labels = all(svg)
      .filter((el) => el.attrs.class === 'edge-label')
      .map((g) => ({ id: `label ${g.attrs['data-from']}>${g.attrs['data-to']}`, box: boxOf(g.children.find((c) => c.name === 'rect')!) }));
    const everything = [...boxes, ...labels];
    const clashes: string[] = [];
    for (let i = 0; i < everything.length; i++) {
      for (let j = i + 1; j < everything.length; j++) {
        if (overlap(everything[i]!.box, everything[j]!.box)) clashes.push(`${everything[i]!.id} / ${everything[j]!.id}`);
      }
    }
    expect(clashes).toEqual([]);
    // Every box lies inside the drawing.
    const width = Number(svg.attrs.width);
    const height = Number(svg.attrs.height);
    for (const { id, box } of boxes) {
      expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height, id).toBe(true);
    }
  });

  test('a bushy tree is laid out left to right, so it fits a screen better than a very wide strip', () => {
    const svg = parseXml(flowDiagram(generated(30, 1)));
    expect(Number(svg.attrs.width)).toBeLessThan(2000);
  });
});

describe('highlighting a walk on the diagram', () => {
  const flow = checked.flows.get('internet-down')!;
  const compiled = compileFlow('internet-down', checked.flows);
  const svg = flowDiagram(flow);

  function walkThrough(...answers: number[]): Walk {
    let walk = startWalk(compiled);
    for (const answer of answers) {
      const result = choose(walk, answer);
      if (!result.ok) throw new Error(result.error.message);
      walk = result.walk;
    }
    return walk;
  }

  const classesOf = (marked: string) => {
    const parsed = parseXml(marked);
    const nodes = Object.fromEntries(nodeGroups(parsed).map((g) => [g.attrs['data-node']!, g.attrs.class!.split(' ').slice(2).join(' ')]));
    const taken = all(parsed)
      .filter((el) => el.attrs.class?.split(' ').includes('is-taken'))
      .map((el) => `${el.attrs['data-from']}>${el.attrs['data-to']}#${el.attrs['data-answer'] ?? '-'}`);
    return { nodes, taken };
  };

  test('marks the current state, the states passed, the branch passed through and only the answers given', () => {
    // business, DSL, nothing listed, the internet light is red (the 2nd of two answers to restart-router), still not working
    const walk = walkThrough(1, 1, 1, 1, 1);
    const { state } = { state: walk.snapshot.value as string };
    expect(state).toBe('dsl-cable');
    const marked = classesOf(highlightDiagram(svg, { current: state, trail: walk.snapshot.context.trail }));
    expect(Object.entries(marked.nodes).filter(([, c]) => c)).toEqual([
      ['customer-type', 'is-visited'],
      ['line-type', 'is-visited'],
      ['outage-check', 'is-visited'],
      ['router-lights', 'is-visited'],
      ['restart-router', 'is-visited'],
      ['line-route', 'is-visited'],
      ['dsl-cable', 'is-current'],
    ]);
    expect(marked.taken).toEqual([
      'customer-type>line-type#1',
      'line-type>outage-check#1',
      'outage-check>router-lights#1',
      'router-lights>restart-router#1',
      'restart-router>line-route#1',
      'line-route>dsl-cable#-',
    ]);
  });

  test('a fresh walk marks only the start', () => {
    const marked = classesOf(highlightDiagram(svg, { current: compiled.start }));
    expect(Object.entries(marked.nodes).filter(([, c]) => c)).toEqual([['customer-type', 'is-current']]);
    expect(marked.taken).toEqual([]);
  });

  test('states inside a sub-flow are shown on their sub-flow node', () => {
    expect(diagramNodeOf('sign-in/reset-password')).toBe('sign-in');
    expect(diagramNodeOf('a/b/c')).toBe('a');
    expect(diagramNodeOf('router-lights')).toBe('router-lights');
    const invoice = checked.flows.get('invoice-charge')!;
    const marked = classesOf(
      highlightDiagram(flowDiagram(invoice), {
        current: 'sign-in/how-sign-in',
        trail: [{ state: 'sign-in-first', choice: 2 }],
      }),
    );
    expect(marked.nodes['sign-in']).toBe('is-current');
    expect(marked.taken).toEqual(['sign-in-first>sign-in#2']);
  });

  test('marks a diagram already in a page, replacing the previous marks', () => {
    // A stand-in for the DOM: the elements of the diagram with a class list.
    const parsed = parseXml(svg);
    const fake = (el: El): DiagramElementLike & { classes: Set<string> } => {
      const classes = new Set<string>();
      return {
        classes,
        getAttribute: (name) => el.attrs[name] ?? null,
        classList: { toggle: (token, force) => (force ?? !classes.has(token) ? classes.add(token) : classes.delete(token), classes.has(token)) },
      };
    };
    const nodes = nodeGroups(parsed).map((el) => ({ el, f: fake(el) }));
    const edges = all(parsed).filter((el) => el.attrs.class?.startsWith('edge ')).map((el) => ({ el, f: fake(el) }));
    const root = { querySelectorAll: (selector: string) => (selector.startsWith('g.node') ? nodes : edges).map((x) => x.f) };
    highlightDiagramElement(root, { current: 'line-type', trail: [{ state: 'customer-type', choice: 0 }] });
    highlightDiagramElement(root, { current: 'outage-check', trail: [{ state: 'customer-type', choice: 0 }, { state: 'line-type', choice: 2 }] });
    const marked = (list: typeof nodes) => list.filter((x) => x.f.classes.size).map((x) => `${x.el.attrs['data-node'] ?? x.el.attrs['data-from'] + '>' + x.el.attrs['data-to'] + '#' + x.el.attrs['data-answer']}: ${[...x.f.classes].join(' ')}`);
    expect(marked(nodes)).toEqual(['customer-type: is-visited', 'line-type: is-visited', 'outage-check: is-current']);
    expect(marked(edges)).toEqual(['customer-type>line-type#0: is-taken', 'line-type>outage-check#2: is-taken']);
  });
});
