/**
 * Keeps what a customer typed at a handoff in localStorage, per flow, so a
 * reload or a closed tab loses nothing. Cleared once the case is sent or
 * copied. Storage that is full or switched off is treated as empty.
 */

/** What is kept for a flow's handoff. */
export interface StoredCase {
  answers: number[];
  fields: Record<string, string>;
}

const keyOf = (flow: string) => `kb-case:${flow}`;

/** The stored case of `flow`, if any. */
export function loadCase(flow: string): StoredCase | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(keyOf(flow)) ?? 'null') as StoredCase | null;
    return value && typeof value.fields === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Stores the case of `flow`. */
export function saveCase(flow: string, value: StoredCase): void {
  try {
    localStorage.setItem(keyOf(flow), JSON.stringify(value));
  } catch {
    // Nothing to do: the form still holds the text.
  }
}

/** Forgets the case of `flow`. */
export function clearCase(flow: string): void {
  try {
    localStorage.removeItem(keyOf(flow));
  } catch {
    // Storage switched off: there is nothing to forget.
  }
}
