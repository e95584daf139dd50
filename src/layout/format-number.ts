/** ".01" … ".99" by hundredths, trailing zeros dropped (".5", not ".50"); "" for 0. */
const HUNDREDTHS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i === 0 ? "" : i < 10 ? `.0${i}` : i % 10 === 0 ? `.${i / 10}` : `.${i}`));

/** Beyond this many hundredths, integer arithmetic on doubles is no longer exact enough. */
const EXACT = 1e11;

/**
 * Returns `value` rounded to 2 decimals, without trailing zeros (`12.5`, `3`, never
 * `-0`): every number in the SVG goes through here, so output is byte-identical across
 * runs. Equal to `String(Math.round(value * 100) / 100)`, built from the integer part and
 * a table of hundredths, which is several times faster than formatting a fraction.
 *
 * @example
 * ```ts
 * formatNumber(12.345); // "12.35"
 * formatNumber(-0.001); // "0"
 * ```
 */
export function formatNumber(value: number): string {
  let hundredths = Math.round(value * 100);
  if (hundredths === 0) return "0";
  if (!(hundredths > -EXACT && hundredths < EXACT)) return String(hundredths / 100); // huge, NaN, ±Infinity
  const negative = hundredths < 0;
  if (negative) hundredths = -hundredths;
  const whole = Math.floor(hundredths / 100);
  const text = whole + (HUNDREDTHS[hundredths - whole * 100] as string);
  return negative ? `-${text}` : text;
}
