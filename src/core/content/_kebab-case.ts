/** The kebab-case id a writer most likely meant, for hints: "Restart_Router" → "restart-router". */
export function toKebabCase(value: string): string {
  return value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
