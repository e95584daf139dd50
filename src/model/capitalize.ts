/**
 * Returns `text` with its first character in upper case (`"painPoint"` → `"PainPoint"`),
 * `""` for `""`; never fails.
 *
 * @example
 * ```ts
 * capitalize("missing evidence"); // "Missing evidence"
 * ```
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
