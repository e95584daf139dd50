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

/** ".01" … ".99" by hundredths, trailing zeros dropped (".5", not ".50"); "" for 0. */
const HUNDREDTHS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i === 0 ? "" : i < 10 ? `.0${i}` : i % 10 === 0 ? `.${i / 10}` : `.${i}`));

/** Beyond this many hundredths, integer arithmetic on doubles is no longer exact enough. */
const EXACT = 1e11;

/**
 * Returns `value` rounded to 2 decimals, without trailing zeros (`12.5`, `3`, `0.33`, never
 * `-0`); never throws (`NaN`, `Infinity` as `String` writes them). The one number format
 * for people and for the SVG (every number there goes through here, so output is
 * byte-identical across runs). Equal to `String(Math.round(value * 100) / 100)`, built from
 * the integer part and a table of hundredths, which is several times faster than
 * formatting a fraction.
 *
 * @example
 * ```ts
 * formatNumber(12.345); // "12.35"
 * formatNumber(-0.001); // "0"
 * ```
 */
export function formatNumber(value: number): string {
  // Whole numbers (three in four of an SVG's) as `String` writes them: the same text, sooner.
  if ((value | 0) === value) return String(value);
  let hundredths = Math.round(value * 100);
  if (hundredths === 0) return "0";
  if (!(hundredths > -EXACT && hundredths < EXACT)) return String(hundredths / 100); // huge, NaN, ±Infinity
  const negative = hundredths < 0;
  if (negative) hundredths = -hundredths;
  const whole = Math.floor(hundredths / 100);
  const text = whole + (HUNDREDTHS[hundredths - whole * 100] as string);
  return negative ? `-${text}` : text;
}

/**
 * Returns a count with its thousands grouped (`1234567` → `"1,234,567"`), as
 * `toLocaleString("en-US")` writes a whole number, without starting ICU; a fraction is kept
 * as `String` writes it. Never throws.
 *
 * @example
 * ```ts
 * formatCount(50_000_000); // "50,000,000"
 * ```
 */
export function formatCount(count: number): string {
  const [whole = "", fraction] = String(count).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
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
