/**
 * "Flag this": the link that opens a prefilled issue in the content
 * repository, naming the file and line a writer must look at, the page the
 * reader was on and, on a troubleshooter step, the step and the answers that
 * led there. Browser-safe: the troubleshooter island and the console build
 * the link again after every step.
 */

/** Where a flagged text is written: a project-relative file and a 1-based line. */
export interface FlagTarget {
  file: string;
  line: number;
}

/** One answer given before the flagged step. */
export interface FlagAnswer {
  question: string;
  answer: string;
}

/** What a "Flag this" link says. */
export interface FlagInput extends FlagTarget {
  /** The content repository on GitHub, e.g. `https://github.com/acme/help`. */
  repository: string;
  /** The branch its file links point at. */
  branch: string;
  /** The article's or troubleshooter's title, for the issue title. */
  title: string;
  /** The address of the page the reader was on. */
  pageUrl: string;
  /** On a troubleshooter step: the step's id and the answers given so far, oldest first. */
  step?: { id: string; answers: readonly FlagAnswer[] };
}

/** What a page gives an island (troubleshooter, console) so it can rebuild the link at every step. */
export interface FlagIslandData {
  repository: string;
  branch: string;
  title: string;
  /** Where each resting state of the flow is written. */
  targets: Record<string, FlagTarget>;
}

/** The event a troubleshooter island sends after showing a step, so a "Flag this" link can follow it. */
export const STEP_EVENT = 'kb:step';

/** What the step event says: the state shown and the answers that led there. */
export interface StepEventDetail {
  state: string;
  answers: FlagAnswer[];
}

/** GitHub answers very long issue links with an error; links are kept well below that. */
export const FLAG_URL_MAX_LENGTH = 6000;

/** Question texts are shortened in the issue body so one long step cannot crowd out the others. */
const QUESTION_MAX = 140;

const enc = encodeURIComponent;

/** A text cut to `max` characters (whole code points) with an ellipsis, on one line. */
function shorten(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join('')}…`;
}

/** `<repository>/blob/<branch>/<file>#L<line>`, each path segment URL-encoded. */
export function sourceUrl(repository: string, branch: string, target: FlagTarget): string {
  const segments = (path: string) => path.split('/').map(enc).join('/');
  return `${repository.replace(/\/+$/, '')}/blob/${segments(branch)}/${segments(target.file)}#L${target.line}`;
}

function issueTitle(input: FlagInput): string {
  const what = input.step ? `${input.title}, step "${input.step.id}"` : input.title;
  return `Flag: ${shorten(what, 180)} (${input.file}:${input.line})`;
}

/** The issue body; `skipped` earlier answers are left out and counted instead. */
function issueBody(input: FlagInput, skipped: number): string {
  const lines = [
    `**File:** [${input.file} line ${input.line}](${sourceUrl(input.repository, input.branch, input)})`,
    `**Page:** ${input.pageUrl}`,
  ];
  if (input.step) {
    lines.push(`**Step:** \`${input.step.id}\``);
    const answers = input.step.answers;
    if (answers.length === 0) lines.push('**Answers so far:** none (the first step)');
    else {
      lines.push('**Answers so far:**');
      if (skipped > 0) lines.push(`- … ${skipped} earlier ${skipped === 1 ? 'answer' : 'answers'} left out`);
      answers.forEach((a, i) => {
        if (i >= skipped) lines.push(`${i + 1}. ${shorten(a.question, QUESTION_MAX)} → ${shorten(a.answer, QUESTION_MAX)}`);
      });
    }
  }
  lines.push('', '**What is wrong or missing?**', '', '<!-- Describe the problem, and what the text should say instead. -->');
  return lines.join('\n');
}

const urlOf = (base: string, title: string, body: string) => `${base}/issues/new?title=${enc(title)}&body=${enc(body)}`;

/**
 * The GitHub "new issue" link of a flag: `<repository>/issues/new?title=…&body=…`,
 * at most `maxLength` characters long. When the answers do not fit, the
 * earliest are left out (and counted); as a last resort the body is cut.
 */
export function flagUrl(input: FlagInput, maxLength: number = FLAG_URL_MAX_LENGTH): string {
  const base = input.repository.replace(/\/+$/, '');
  const title = issueTitle(input);
  const answers = input.step?.answers.length ?? 0;
  let body = issueBody(input, 0);
  for (let skipped = 1; urlOf(base, title, body).length > maxLength && skipped <= answers; skipped++) {
    body = issueBody(input, skipped);
  }
  if (urlOf(base, title, body).length <= maxLength) return urlOf(base, title, body);
  // Only a huge page address or title gets here: keep as much of the body as fits.
  const chars = Array.from(body);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (urlOf(base, title, `${chars.slice(0, mid).join('')}…`).length <= maxLength) low = mid;
    else high = mid - 1;
  }
  const cut = urlOf(base, title, `${chars.slice(0, low).join('')}…`);
  return cut.length <= maxLength ? cut : urlOf(base, shorten(title, 80), '');
}
