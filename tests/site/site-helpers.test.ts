import { describe, expect, test } from 'vitest';
import { editUrl } from '../../src/core/site/edit-url.ts';
import { flowLink, flowLinks, homeFlowLinks } from '../../src/core/site/flow-links.ts';
import { formatDate, isoDay } from '../../src/core/site/format-date.ts';

describe('editUrl', () => {
  test('points at the file on the branch, encoding what needs it', () => {
    expect(editUrl('https://github.com/nordlys-net/helpdesk-kb/', 'main', 'content/da/internet/lys på routeren.md')).toBe(
      'https://github.com/nordlys-net/helpdesk-kb/edit/main/content/da/internet/lys%20p%C3%A5%20routeren.md',
    );
  });
});

describe('formatDate', () => {
  test('writes the date as readers of the locale do, in UTC', () => {
    expect(formatDate('en', '2025-03-01T23:30:00-02:00')).toBe('2 March 2025');
    expect(formatDate('de', '2025-03-01T10:00:00Z')).toBe('1. März 2025');
    expect(formatDate('en', 'not a date')).toBeUndefined();
    expect(isoDay('2025-03-01T23:30:00-02:00')).toBe('2025-03-02');
  });
});

describe('flowLinks', () => {
  const flows = [
    { id: 'b', title: { en: 'Where is my order?', da: 'Hvor er min ordre?' }, summary: { en: 'Track it.', da: 'Følg den.' } },
    { id: 'a', title: { en: 'No internet' }, summary: { en: 'Find out why.' } },
  ];

  test('uses the locale\'s title and summary, or the English ones marked with their language', () => {
    expect(flowLink(flows[0]!, 'da')).toEqual({ id: 'b', title: 'Hvor er min ordre?', summary: 'Følg den.', url: '/da/troubleshoot/b/' });
    expect(flowLink(flows[1]!, 'da')).toEqual({ id: 'a', title: 'No internet', summary: 'Find out why.', url: '/da/troubleshoot/a/', lang: 'en' });
  });

  test('sorts by title', () => {
    expect(flowLinks(flows, 'en').map((f) => f.id)).toEqual(['a', 'b']);
  });
});

describe('homeFlowLinks', () => {
  const links = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, title: id.toUpperCase(), summary: '', url: `/en/troubleshoot/${id}/` }));
  const ids = (list: Array<{ id: string }>) => list.map((l) => l.id).join(' ');

  test('shows the first ones by title when none is featured', () => {
    expect(ids(homeFlowLinks(links, undefined, 3))).toBe('a b c');
    expect(ids(homeFlowLinks(links, [], 9))).toBe('a b c d e');
  });

  test('shows the featured ones first, in their order, then the others by title, never one twice', () => {
    expect(ids(homeFlowLinks(links, ['d', 'b'], 3))).toBe('d b a');
    expect(ids(homeFlowLinks(links, ['e', 'e', 'x'], 3))).toBe('e a b');
  });
});
