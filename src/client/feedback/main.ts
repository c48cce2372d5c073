/**
 * "Was this helpful?" (Feedback.astro's markup). Yes is sent at once; No
 * opens the optional reasons, sent with Send, or as a bare No if the reader
 * leaves first. The page is updated before anything is sent, and sending
 * never waits. What the answer is about is read from `data-subject` when the
 * reader answers; the troubleshooter island rewrites it (and `data-shown`)
 * as the walk moves, which starts the question afresh.
 */
import { feedbackPayload, type FeedbackAnswer } from '../../core/site/feedback-payload.ts';
import { sendFeedback } from './send-feedback.ts';

function mount(root: HTMLElement): void {
  root.append(root.querySelector('template')!.content);
  const answers = root.querySelector<HTMLElement>('.feedback-answers')!;
  const form = root.querySelector('form')!;
  const thanks = root.querySelector<HTMLElement>('.feedback-thanks')!;
  /** The subject of a "No" whose reasons are not sent yet. */
  let pending: string | undefined;

  const send = (subject: string, answer: FeedbackAnswer, leaving = false) => {
    pending = undefined;
    sendFeedback(root.dataset.endpoint ?? '', feedbackPayload(JSON.parse(subject), answer, location.href, new Date().toISOString()), leaving);
  };
  const thank = () => {
    answers.hidden = true;
    form.hidden = true;
    thanks.textContent = thanks.dataset.text ?? '';
    thanks.focus();
  };
  const reset = () => {
    if (pending !== undefined) send(pending, { helpful: false });
    form.reset();
    answers.hidden = false;
    form.hidden = true;
    thanks.textContent = '';
    root.hidden = root.dataset.shown !== 'true';
  };

  answers.addEventListener('click', (event) => {
    const helpful = (event.target as Element).closest<HTMLElement>('[data-helpful]')?.dataset.helpful;
    const subject = root.dataset.subject ?? '{}';
    if (helpful === 'true') {
      thank();
      send(subject, { helpful: true });
    } else if (helpful === 'false') {
      pending = subject;
      answers.hidden = true;
      form.hidden = false;
      form.querySelector('input')?.focus();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const subject = pending ?? root.dataset.subject ?? '{}';
    thank();
    send(subject, { helpful: false, reason: String(data.get('reason') ?? ''), comment: String(data.get('comment') ?? '') });
  });
  addEventListener('pagehide', () => {
    if (pending !== undefined) send(pending, { helpful: false }, true);
  });
  new MutationObserver(reset).observe(root, { attributeFilter: ['data-subject', 'data-shown'] });
  reset();
}

const root = document.getElementById('feedback');
if (root) mount(root);
