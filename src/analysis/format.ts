/**
 * Returns `value` rounded to `digits` decimals, without floating-point noise
 * (`round(0.1 + 0.2, 3)` is `0.3`). Never throws; non-finite numbers come back unchanged.
 */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  const out = Math.round(value * factor) / factor;
  return Object.is(out, -0) ? 0 : out;
}

/** Returns a number for people: at most two decimals, no trailing zeros (`3`, `2.5`, `0.33`). */
export function formatNumber(value: number): string {
  return String(round(value, 2));
}

/** Returns `"1 touchpoint"`, `"3 touchpoints"`: the count and the noun, plural when needed. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${formatNumber(count)} ${count === 1 ? noun : nouns}`;
}

/** Returns a share as a percentage for people (`0.5` → `"50%"`). */
export function formatShare(share: number): string {
  return `${formatNumber(share * 100)}%`;
}

/** Returns a value as an option error shows it (`"x"`, `12`, `an object`); never throws. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" || value == null) return String(value);
  if (typeof value === "function") return "a function";
  return Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : "a symbol";
}
