/**
 * Sends one feedback answer without ever holding up the page: a
 * keep-alive POST (it outlives a page the reader leaves), as a simple
 * request (text/plain, no-cors) so no preflight is needed and any endpoint
 * can receive it. A failure is the site owner's business, not the
 * reader's: it is logged, never shown.
 */
import type { FeedbackPayload } from '../../core/site/feedback-payload.ts';

/** Sends `payload` to `endpoint`; `leaving` uses sendBeacon, made for pages being closed. */
export function sendFeedback(endpoint: string, payload: FeedbackPayload, leaving = false): void {
  const body = JSON.stringify(payload);
  if (leaving && navigator.sendBeacon?.(endpoint, body)) return;
  // fetch reports every failure, a malformed address included, through its promise.
  fetch(endpoint, { method: 'POST', body, keepalive: true, mode: 'no-cors', headers: { 'content-type': 'text/plain' } }).catch(
    (error: unknown) => console.warn('Feedback could not be sent to', endpoint, error),
  );
}
