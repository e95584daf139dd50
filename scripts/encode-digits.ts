/**
 * Writes values in the digits of src/layout/text/width-digits.ts (decodeDigits reads them
 * back), for the generated font tables: code points as runs, widths as differences.
 */
import { WIDE_ESCAPE, WIDTH_DIGITS } from "../src/layout/text/width-digits";

const BASE = WIDTH_DIGITS.length;

/** Values as digits of WIDTH_DIGITS, or, from WIDTH_DIGITS.length on, the escape and three digits. */
export function encodeDigits(values: number[]): string {
  return values
    .map((value) => {
      if (!Number.isInteger(value) || value < 0 || value >= BASE ** 3) throw new Error(`value out of range: ${value}`);
      if (value < BASE) return WIDTH_DIGITS[value] as string;
      return `${WIDE_ESCAPE}${WIDTH_DIGITS[Math.floor(value / BASE ** 2)]}${WIDTH_DIGITS[Math.floor(value / BASE) % BASE]}${WIDTH_DIGITS[value % BASE]}`;
    })
    .join("");
}

/** Code points in ascending order as runs, two values each: the gap since the previous run (or U+0000) and the length. */
export function pointRuns(points: number[]): number[] {
  const runs: number[] = [];
  let end = 0;
  for (let i = 0; i < points.length; ) {
    const start = points[i] as number;
    let length = 1;
    while (points[i + length] === start + length) length++;
    runs.push(start - end, length);
    end = start + length;
    i += length;
  }
  return runs;
}

/** A difference as a zigzag value: 0, −1, 1, −2, 2, … as 0, 1, 2, 3, 4, … */
export function zigzag(difference: number): number {
  return difference >= 0 ? 2 * difference : -2 * difference - 1;
}
