import type { PointShape } from "./types";

/** Dash patterns of the actual and the expected curve of the first five personas, all different. */
const ACTUAL_DASHES: number[][] = [[], [10, 4], [2, 3], [12, 3, 3, 3], [6, 2, 2, 2, 2, 2]];
const EXPECTED_DASHES: number[][] = [
  [6, 6],
  [16, 4, 2, 4],
  [4, 8],
  [1, 5],
  [20, 6],
];

/**
 * The dash pattern of persona `p`'s actual or expected curve: distinct for every persona and
 * kind, however many there are, since curve colours repeat after five. From the sixth
 * persona on, a long dash is followed by one dot more per persona (actual: 14 then dots of
 * 2; expected: 8 then dots of 1), a family none of the first five patterns belongs to.
 */
export function dashPattern(kind: "actual" | "expected", p: number): number[] {
  const fixed = (kind === "actual" ? ACTUAL_DASHES : EXPECTED_DASHES)[p];
  if (fixed) return fixed;
  const dots = p - ACTUAL_DASHES.length + 1;
  const [dash, dot, space] = kind === "actual" ? [14, 2, 3] : [8, 1, 4];
  const pattern = [dash, space];
  for (let i = 0; i < dots; i++) pattern.push(dot, space);
  return pattern;
}

/**
 * The symbols' path data: d3-shape's `symbol(type, size).digits(2)()` of a circle of size 50,
 * triangles of 70 (up, and the same turned upside down), a diamond and a star of 60 —
 * written out, so that drawing a map does not load d3-shape (tests/layout/emotion-style.test.ts
 * draws them again).
 */
const SYMBOLS: Readonly<Record<PointShape, string>> = {
  circle: "M3.99,0A3.99,3.99,0,1,1,-3.99,0A3.99,3.99,0,1,1,3.99,0",
  "triangle-up": "M0,-7.34L6.36,3.67L-6.36,3.67Z",
  "triangle-down": "M0,7.34L-6.36,-3.67L6.36,-3.67Z",
  diamond: "M0,-7.21L4.16,0L0,7.21L-4.16,0Z",
  star: "M0,-7.31L1.64,-2.26L6.95,-2.26L2.66,0.86L4.3,5.91L0,2.79L-4.3,5.91L-2.66,0.86L-6.95,-2.26L-1.64,-2.26Z",
};

/** Returns the path data of each point shape, centred on 0,0 (d3-shape symbols); a new object each call. */
export function pointSymbols(): Record<PointShape, string> {
  return { ...SYMBOLS };
}

/** The shape of a point by sentiment: up for positive (≥ 4), down for negative (≤ 2), a circle between. */
export function sentimentShape(emotion: number): PointShape {
  return emotion >= 4 ? "triangle-up" : emotion <= 2 ? "triangle-down" : "circle";
}
