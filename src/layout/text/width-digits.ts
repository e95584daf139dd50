/**
 * The digits of the fallback metrics (fallback-metrics.ts, written by
 * scripts/generate-fallback-metrics.ts): the character at index `v` stands for the value
 * `v`. They are the printable characters most common in minified JavaScript, the most
 * common first, without the quote and the backslash (so that a table is a plain string
 * literal): the small values, which are most of a table, then cost little in a page's
 * gzip, which codes a table's characters together with the code around them.
 * {@link WIDE_ESCAPE} (not a digit) escapes the rare larger value, written as the three
 * digits after it, most significant first (base {@link WIDTH_DIGITS}.length).
 */
export const WIDTH_DIGITS = "te,noi.s=r()alfu:dhcp;1{}mg0yxv$bw[]&?+>-2k3!5I|`64M7<9EFA*/8NOTjSzBCPLqWR#HDYVJ_G'ZUKQX%^~";

/** Escapes a value of {@link WIDTH_DIGITS}.length or more, written as the three digits after it. */
export const WIDE_ESCAPE = "@";

/** The value of each character of {@link WIDTH_DIGITS}, by its char code. */
export function digitValues(): Uint8Array {
  const value = new Uint8Array(128);
  for (let d = 0; d < WIDTH_DIGITS.length; d++) value[WIDTH_DIGITS.charCodeAt(d)] = d;
  return value;
}

/** The value written at `digits[i + 1…i + 3]` after a {@link WIDE_ESCAPE} at `i`; `value` from {@link digitValues}. */
export function wideValue(digits: string, i: number, value: Uint8Array): number {
  const base = WIDTH_DIGITS.length;
  return ((value[digits.charCodeAt(i + 1)] as number) * base + (value[digits.charCodeAt(i + 2)] as number)) * base + (value[digits.charCodeAt(i + 3)] as number);
}

/** The values a string of {@link WIDTH_DIGITS} stands for, in order. */
export function decodeDigits(digits: string): Uint32Array {
  const value = digitValues();
  const wide = WIDE_ESCAPE.charCodeAt(0);
  const values = new Uint32Array(digits.length);
  let count = 0;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c === wide) {
      values[count++] = wideValue(digits, i, value);
      i += 3;
    } else {
      values[count++] = value[c] as number;
    }
  }
  return values.subarray(0, count);
}
