/**
 * The text of src/layout/text/fallback-metrics.ts from the fallback widths, apart from the
 * fonts: scripts/generate-fallback-metrics.ts reads them from the fonts, and a test
 * rebuilds the committed file from the widths of an earlier encoding to keep both in step.
 */
import { encodeDigits, pointRuns, zigzag } from "./encode-digits";

/** Widths are stored in these fractions of an em. */
export const UNIT = 32;

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
