/** Links for writers: where a content file is edited in the repository. */

/**
 * The "edit this page" URL of `file` (relative to the repository root):
 * `<repository>/edit/<branch>/<file>`, each path segment URL-encoded.
 */
export function editUrl(repository: string, branch: string, file: string): string {
  const base = repository.replace(/\/+$/, '');
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${base}/edit/${branch.split('/').map(encodeURIComponent).join('/')}/${path}`;
}
