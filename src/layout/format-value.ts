/**
 * Returns a number as a label shows it: integers as they are, fractions to at most 3
 * decimals. Never fails.
 *
 * @example
 * ```ts
 * formatValue(4); // "4"
 * formatValue(2 / 3); // "0.667"
 * ```
 */
export function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}
