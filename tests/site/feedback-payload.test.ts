import { describe, expect, test } from 'vitest';
import { DIAGRAM_STRINGS } from '../../src/core/i18n/diagram-strings.ts';
import { FEEDBACK_STRINGS } from '../../src/core/i18n/feedback-strings.ts';
import { LOCALES } from '../../src/core/locales.ts';
import {
  ARTICLE_REASONS,
  FEEDBACK_COMMENT_MAX,
  TROUBLESHOOTER_REASONS,
  feedbackPayload,
  type FeedbackSubject,
} from '../../src/core/site/feedback-payload.ts';

const article: FeedbackSubject = { kind: 'article', id: 'router-lights', locale: 'da', file: 'content/da/internet/router-lights.md' };
const end: FeedbackSubject = {
  kind: 'troubleshooter',
  id: 'internet-down',
  version: 1,
  locale: 'en',
  step: 'fixed-by-restart',
  outcome: 'resolved',
  answers: [0, 0, 1, 0],
};
const page = 'https://help.example/da/internet/router-lights/';
const at = '2025-03-01T10:00:00.000Z';

describe('feedbackPayload', () => {
  test('names the article, the page and the answer', () => {
    expect(feedbackPayload(article, { helpful: true }, page, at)).toEqual({
      kind: 'article',
      id: 'router-lights',
      locale: 'da',
      file: 'content/da/internet/router-lights.md',
      format: 1,
      helpful: true,
      page,
      sentAt: at,
    });
  });

  test('names the troubleshooter, where it ended and the answers that led there', () => {
    const payload = feedbackPayload(end, { helpful: false, reason: 'did-not-work', comment: '  Still no lights.  ' }, page, at);
    expect(payload).toMatchObject({ kind: 'troubleshooter', id: 'internet-down', version: 1, step: 'fixed-by-restart', outcome: 'resolved', answers: [0, 0, 1, 0] });
    expect(payload.reason).toBe('did-not-work');
    expect(payload.comment).toBe('Still no lights.');
  });

  test('sends a reason and comment only with "No", and drops an unknown reason and an empty comment', () => {
    expect(feedbackPayload(article, { helpful: true, reason: 'unclear', comment: 'x' }, page, at)).not.toHaveProperty('reason');
    const no = feedbackPayload(article, { helpful: false, reason: 'nonsense', comment: '   ' }, page, at);
    expect(no).not.toHaveProperty('reason');
    expect(no).not.toHaveProperty('comment');
  });

  test('cuts a long comment to a bounded length, whole characters only', () => {
    const comment = feedbackPayload(article, { helpful: false, comment: '🙂'.repeat(FEEDBACK_COMMENT_MAX + 50) }, page, at).comment ?? '';
    expect(Array.from(comment)).toHaveLength(FEEDBACK_COMMENT_MAX);
    expect(comment).toBe('🙂'.repeat(FEEDBACK_COMMENT_MAX));
  });
});

describe('feedback and diagram strings', () => {
  test('have every string, non-empty, in every locale, and a label for every reason offered', () => {
    for (const table of [FEEDBACK_STRINGS, DIAGRAM_STRINGS] as unknown as Array<Record<string, Record<string, unknown>>>) {
      const keys = Object.keys(table.en!).sort();
      for (const locale of LOCALES) {
        expect(Object.keys(table[locale]!).sort(), locale).toEqual(keys);
        for (const [name, value] of Object.entries(table[locale]!)) {
          if (typeof value === 'string') expect(value.trim(), `${locale}.${name}`).not.toBe('');
        }
      }
    }
    for (const locale of LOCALES) {
      for (const reason of new Set([...ARTICLE_REASONS, ...TROUBLESHOOTER_REASONS])) {
        expect(FEEDBACK_STRINGS[locale].reasons[reason].trim(), `${locale} ${reason}`).not.toBe('');
      }
    }
  });

  test('are translated: no locale but English reuses the English sentences', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      expect(FEEDBACK_STRINGS[locale].question, locale).not.toBe(FEEDBACK_STRINGS.en.question);
      expect(FEEDBACK_STRINGS[locale].thanks, locale).not.toBe(FEEDBACK_STRINGS.en.thanks);
      expect(FEEDBACK_STRINGS[locale].flagStep, locale).not.toBe(FEEDBACK_STRINGS.en.flagStep);
      expect(DIAGRAM_STRINGS[locale].panelTitle, locale).not.toBe(DIAGRAM_STRINGS.en.panelTitle);
    }
  });
});
