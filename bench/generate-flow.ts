/**
 * Generates valid flow files of a given size, for benchmarks and stress tests.
 * Deterministic for a given seed.
 */
import { seededRandom } from './seeded-random.ts';

export { seededRandom };

const WORDS = 'router light cable modem signal fibre line socket restart power password invoice charge order parcel delivery account'.split(' ');

function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(random() * WORDS.length)]!);
  const s = out.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

function quote(s: string): string {
  return JSON.stringify(s);
}

/**
 * A flow with exactly `nodeCount` nodes (at least 3): a tree of questions and
 * steps whose leaves are resolutions and handoffs, translated into en and da,
 * with a variable set at the first question and a branch on it.
 */
export function generateFlowYaml(id: string, nodeCount: number, seed = 1): string {
  const random = seededRandom(seed);
  const n = Math.max(3, nodeCount);
  type Gen = { id: string; kind: string; children: string[] };
  const nodes: Gen[] = [{ id: 'n0', kind: 'question', children: [] }];
  const queue: Gen[] = [nodes[0]!];
  while (queue.length && nodes.length < n) {
    const node = queue.shift()!;
    const isStep = node.id !== 'n0' && random() < 0.4;
    const want = isStep ? 2 : 2 + Math.floor(random() * 3);
    if (n - nodes.length < want) break;
    node.kind = isStep ? 'step' : 'question';
    for (let i = 0; i < want; i++) {
      const child: Gen = { id: `n${nodes.length}`, kind: 'leaf', children: [] };
      nodes.push(child);
      node.children.push(child.id);
      queue.push(child);
    }
  }
  // Nodes that got no children end the walk.
  let leafIndex = 0;
  const lines: string[] = [
    '# yaml-language-server: $schema=../schema/flow.schema.json',
    `id: ${id}`,
    'version: 1',
    `title: { en: ${quote(`Generated flow ${id}`)}, da: ${quote(`Genereret flow ${id}`)} }`,
    `summary: { en: ${quote(sentence(random, 12))}, da: ${quote(sentence(random, 12))} }`,
    'tags: [generated]',
    'variables:',
    '  segment: { values: [private, business] }',
    'start: n0',
    'nodes:',
  ];
  for (const node of nodes) {
    lines.push(`  ${node.id}:`);
    const text = sentence(random, 8 + Math.floor(random() * 10));
    if (node.kind === 'leaf' || node.children.length === 0) {
      const handoff = leafIndex++ % 3 === 0;
      lines.push(`    type: ${handoff ? 'handoff' : 'resolution'}`);
      lines.push(`    text: { en: ${quote(text)}, da: ${quote(text)} }`);
      if (handoff) lines.push('    queue: technical-support', '    collect: [customer-number]');
    } else if (node.kind === 'step') {
      lines.push('    type: step', `    text: { en: ${quote(text)}, da: ${quote(text)} }`);
      lines.push(`    script: { en: ${quote(sentence(random, 10))} }`);
      lines.push(`    outcomes: { fixed: ${node.children[0]}, not-fixed: ${node.children[1]} }`);
    } else {
      lines.push('    type: question', `    text: { en: ${quote(text)}, da: ${quote(text)} }`, '    options:');
      node.children.forEach((child, i) => {
        const label = sentence(random, 3);
        lines.push(`      - label: { en: ${quote(label)}, da: ${quote(label)} }`, `        next: ${child}`);
        if (node.id === 'n0') lines.push(`        set: { segment: ${i % 2 === 0 ? 'private' : 'business'} }`);
      });
    }
  }
  return lines.join('\n') + '\n';
}

/** The handoff configuration generated flows refer to. */
export const GENERATED_HANDOFF_YAML = `queues:
  technical-support: { name: { en: Technical support, da: Teknisk support } }
fields:
  customer-number: { label: { en: Customer number, da: Kundenummer } }
`;
