/** Getting the case notes out of the console: onto the clipboard as text, or downloaded as a JSON file. */
import { h } from '../troubleshooter/dom.ts';

/** Copies `text`; when the browser refuses, selects `fallback` so the representative can copy it by hand. */
export async function copyText(text: string, fallback: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (fallback) getSelection()?.selectAllChildren(fallback);
    return false;
  }
}

/** Downloads `data` as pretty-printed JSON named `file`. */
export function downloadJson(data: unknown, file: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' }));
  const link = h('a', { href: url, download: file, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
