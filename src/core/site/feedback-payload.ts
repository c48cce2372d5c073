/**
 * What "Was this helpful?" sends to the site's feedback endpoint: one JSON
 * object per answer, naming the page and what was on it (an article, or the
 * end of a troubleshooter with the answers that led there). Browser-safe and
 * tiny: the article page's script imports it.
 */

/** Why a reader said "No"; the page offers a few of these as radio buttons. */
export type FeedbackReason = 'did-not-work' | 'unclear' | 'incorrect' | 'missing' | 'other';

/** The reasons an article offers, in order. */
export const ARTICLE_REASONS: readonly FeedbackReason[] = ['unclear', 'incorrect', 'missing', 'other'];
/** The reasons the end of a troubleshooter offers, in order. */
export const TROUBLESHOOTER_REASONS: readonly FeedbackReason[] = ['did-not-work', 'unclear', 'incorrect', 'other'];

/** Longer comments are cut: the endpoint gets a bounded body whatever is pasted. */
export const FEEDBACK_COMMENT_MAX = 1000;

/** What the feedback is about; the page writes it into the widget and the troubleshooter updates it per step. */
export type FeedbackSubject =
  | { kind: 'article'; id: string; locale: string; file: string }
  | {
      kind: 'troubleshooter';
      id: string;
      version: number;
      locale: string;
      /** The state the walk ended in. */
      step: string;
      outcome: 'resolved' | 'handoff';
      /** The answer indexes given, oldest first. */
      answers: number[];
    };

/** The reader's answer. */
export interface FeedbackAnswer {
  helpful: boolean;
  reason?: string;
  comment?: string;
}

/** The JSON body the endpoint receives. */
export type FeedbackPayload = FeedbackSubject & {
  /** The format of this object, raised if it ever changes. */
  format: 1;
  helpful: boolean;
  reason?: FeedbackReason;
  comment?: string;
  /** The page's address. */
  page: string;
  /** When the reader answered (ISO 8601). */
  sentAt: string;
};

const REASONS: readonly string[] = ['did-not-work', 'unclear', 'incorrect', 'missing', 'other'];

/**
 * The payload of one answer. A reason or comment only goes with "No"; an
 * unknown reason is dropped and the comment is trimmed and cut to
 * `FEEDBACK_COMMENT_MAX` characters.
 */
export function feedbackPayload(subject: FeedbackSubject, answer: FeedbackAnswer, page: string, sentAt: string): FeedbackPayload {
  const payload: FeedbackPayload = { ...subject, format: 1, helpful: answer.helpful, page, sentAt };
  if (answer.helpful) return payload;
  if (answer.reason !== undefined && REASONS.includes(answer.reason)) payload.reason = answer.reason as FeedbackReason;
  const comment = Array.from(answer.comment?.trim() ?? '').slice(0, FEEDBACK_COMMENT_MAX).join('');
  if (comment) payload.comment = comment;
  return payload;
}
