/**
 * The page `npm run dev` shows instead of any page while the knowledge base
 * has errors: the checker's own report (file:line:column, message, hint),
 * escaped, with Vite's client so the page reloads itself once the writer
 * saves a fix.
 */

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The HTML of the error page for `report`, the checker's formatted output. */
export function devErrorPage(report: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The knowledge base has errors · preview</title>
<script type="module" src="/@vite/client"></script>
<style>
body { font-family: system-ui, sans-serif; margin: 0; color: #1b1f24; }
main { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { color: #b3261e; font-size: 1.5rem; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #fce8e6; border-left: 4px solid #b3261e; padding: 1rem; font-size: .95rem; line-height: 1.5; }
</style>
</head>
<body>
<main>
<h1>The knowledge base has errors</h1>
<p>The preview shows this page until they are fixed. Fix each one where it says, and save: this page reloads by itself.</p>
<pre id="kb-errors">${escapeHtml(report)}</pre>
<p>The same report comes from <code>npx kb check</code>.</p>
</main>
</body>
</html>
`;
}
