/**
 * The call console's keyboard shortcuts: which key does what, in one table
 * the page lists on screen and the key handler reads, and the rule that a
 * shortcut never steals a key from someone typing in a field. Browser-safe.
 */

/** What a shortcut does. */
export type ConsoleAction =
  | { type: 'choose'; number: number }
  | { type: 'back' }
  | { type: 'search' }
  | { type: 'copy' }
  | { type: 'download' }
  | { type: 'wording' }
  | { type: 'new-call' };

/** The shortcuts as the page lists them: the keys shown, and which `ConsoleStrings.keys` entry describes them. */
export const CONSOLE_SHORTCUTS = [
  { keys: '1–9', label: 'choose' },
  { keys: 'Backspace', label: 'back' },
  { keys: '/', label: 'search' },
  { keys: 'C', label: 'copy' },
  { keys: 'D', label: 'download' },
  { keys: 'W', label: 'wording' },
  { keys: 'N', label: 'newCall' },
] as const;

/** The parts of a keydown event a shortcut depends on. */
export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focused element: its tag name, input type and whether it is editable. */
  target: { tagName: string; type?: string; isContentEditable?: boolean } | null;
}

// Inputs that take no typing: a shortcut pressed while one has focus is still a shortcut.
const UNTYPED_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True when a key pressed at `target` types text (so it is not a shortcut). */
export function isTyping(target: ShortcutKey['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !UNTYPED_INPUTS.has((target.type ?? 'text').toLowerCase());
}

const LETTERS: Record<string, ConsoleAction> = {
  c: { type: 'copy' },
  d: { type: 'download' },
  w: { type: 'wording' },
  n: { type: 'new-call' },
};

/** The action of a key press, or undefined when it is not a shortcut here (typing, or with Ctrl, Alt or Meta). */
export function consoleShortcut(event: ShortcutKey): ConsoleAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return undefined;
  if (/^[1-9]$/.test(event.key)) return { type: 'choose', number: Number(event.key) };
  if (event.key === 'Backspace') return { type: 'back' };
  if (event.key === '/') return { type: 'search' };
  return LETTERS[event.key.toLowerCase()];
}
