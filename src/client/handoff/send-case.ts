/** POSTs a case to a queue's webhook as JSON, trying up to three times with growing pauses. */

/** True once the webhook answered 2xx; false after the last failed try. */
export async function sendCase(url: string, payload: unknown, tries = 3): Promise<boolean> {
  for (let attempt = 1; attempt <= tries; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
      if (response.ok) return true;
    } catch {
      // A network error counts as a failed try.
    }
    if (attempt < tries) await new Promise((done) => setTimeout(done, 400 * 2 ** attempt));
  }
  return false;
}
