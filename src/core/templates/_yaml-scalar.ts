/** Writes a string as a YAML scalar: plain when that reads back the same, else double-quoted. */
export function yamlScalar(value: string): string {
  const plain =
    /^[\p{L}\p{N}][^\n]*$/u.test(value) &&
    !/[:#]\s|[:\s]$|^\s|["'`{}[\],&*!|>%@]/.test(value) &&
    !/^(?:true|false|yes|no|on|off|null|~|[-+]?\d[\d_.eE+-]*)$/i.test(value);
  // A JSON string is a valid YAML double-quoted scalar.
  return plain ? value : JSON.stringify(value);
}

/** A flow-style YAML list of ids: [a, b]. */
export function yamlIdList(values: readonly string[]): string {
  return `[${values.join(', ')}]`;
}

/** "sim-not-working" → "Sim not working", a starting title for a new file. */
export function titleFromId(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
