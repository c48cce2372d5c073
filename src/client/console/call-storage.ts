/**
 * Keeps the call in progress in sessionStorage, so a reload or a switch of
 * the console's language does not lose it. Only the answers are stored; the
 * walk is rebuilt by replaying them on the flow.
 */
import type { Locale } from '../../core/locales.ts';
import type { ConsolePickup } from '../../core/site/console-view.ts';

/** A call as stored. */
export interface StoredCall {
  flow: string;
  version: number;
  answers: number[];
  customerLocale: Locale;
  fromCode: number;
  pickup?: ConsolePickup;
  customerWording: boolean;
  checked: string[];
}

const KEY = 'kb-console-call';

/** The stored call, if any (anything unreadable counts as none). */
export function loadCall(): StoredCall | undefined {
  try {
    const data = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as StoredCall | null;
    return data && typeof data.flow === 'string' && Array.isArray(data.answers) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Stores the call, or forgets it when `call` is undefined. */
export function saveCall(call: StoredCall | undefined): void {
  try {
    if (call) sessionStorage.setItem(KEY, JSON.stringify(call));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage can be full or disabled; the call still works, it just does not survive a reload.
  }
}
