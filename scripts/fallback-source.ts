/**
 * The text of src/layout/text/fallback-metrics.ts from the fallback widths, apart from the
 * fonts: scripts/generate-fallback-metrics.ts reads them from the fonts, and a test
 * rebuilds the committed file from the widths of an earlier encoding to keep both in step.
 */
import { WIDE_ESCAPE, WIDTH_DIGITS } from "../src/layout/text/width-digits";

/** Widths are stored in these fractions of an em. */
export const UNIT = 32;

/** Values as digits of WIDTH_DIGITS, or, beyond them, the escape and three base-36 digits (decodeDigits reads them back). */
export function encodeDigits(values: number[]): string {
  return values
    .map((value) => {
      if (!Number.isInteger(value) || value < 0 || value >= 36 ** 3) throw new Error(`value out of range: ${value}`);
      return value < WIDTH_DIGITS.length ? (WIDTH_DIGITS[value] as string) : `${WIDE_ESCAPE}${value.toString(36).padStart(3, "0")}`;
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

/**
 * The generated module: `header` (the comment naming the fonts), then the code points and
 * the widths of both weights in 1/UNIT em, one value per code point: regular as the
 * difference from the previous code point's, bold as how much wider than regular.
 */
export function fallbackSource(header: string, points: number[], regular: number[], bold: number[]): string {
  if (regular.length !== points.length || bold.length !== points.length) throw new Error("one width per code point and weight expected");
  return `${header}

/** Widths below are in these fractions of an em. */
export const FALLBACK_UNIT = ${UNIT};

/** The characters Liberation Sans lacks, as runs: per run its gap from the previous one and its length (see width-digits.ts). */
export const FALLBACK_POINTS =
  "${encodeDigits(pointRuns(points))}";

/** The widest fallback advance of each of them in regular text, as the zigzag difference from the previous one. */
export const FALLBACK_REGULAR =
  "${encodeDigits(regular.map((width, i) => zigzag(width - (i > 0 ? (regular[i - 1] as number) : 0))))}";

/** How much wider each is in bold text (the wider of the bold and the regular fonts). */
export const FALLBACK_BOLD =
  "${encodeDigits(bold.map((width, i) => width - (regular[i] as number)))}";
`;
}
