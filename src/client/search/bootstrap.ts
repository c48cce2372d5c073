/**
 * The only search code a page loads up front (kept under 1.5 KB gzipped):
 * it marks each search box up as a combobox and, on the box's first focus
 * or keystroke, fetches the search code and the locale's index manifest
 * together. The search page starts at once. Without JavaScript the box is
 * a plain form to the search page.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search]')) {
  const input = form.querySelector<HTMLInputElement>('input[type=search]');
  if (!input) continue;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const manifest = fetch(`${form.dataset.index}manifest.json`, { cache: 'no-cache' });
    // Caught here too, so a failed prefetch is never an unhandled rejection; the searcher fetches again.
    manifest.catch(() => undefined);
    import('./search-ui.ts').then(
      (ui) => ui.mountSearch(form, input, manifest),
      () => {
        // Offline or a new deployment: the form still submits to the search page; try again next time.
        started = false;
      },
    );
  };
  if (form.dataset.search === 'page') {
    start();
  } else {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', `${input.id}-listbox`);
    input.addEventListener('focus', start);
    input.addEventListener('input', start);
  }
}
