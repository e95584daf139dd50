import { type SymbolType, symbol, symbolCircle, symbolDiamond, symbolStar, symbolTriangle } from "d3-shape";
import type { PointShape } from "./types";

/** Dash patterns of the actual and the expected curve of the first five personas, all different. */
const ACTUAL_DASHES: number[][] = [[], [10, 4], [2, 3], [12, 3, 3, 3], [6, 2, 2, 2, 2, 2]];
const EXPECTED_DASHES: number[][] = [[6, 6], [16, 4, 2, 4], [4, 8], [1, 5], [20, 6]];

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

const triangleDown: SymbolType = {
  draw(context, size) {
    const y = Math.sqrt(size / (Math.sqrt(3) * 3));
    context.moveTo(0, y * 2);
    context.lineTo(-Math.sqrt(3) * y, -y);
    context.lineTo(Math.sqrt(3) * y, -y);
    context.closePath();
  },
};

/** The symbols' path data, drawn on first use: they never change, and every layout with an emotion lane needs them. */
let drawn: Readonly<Record<PointShape, string>> | undefined;

/** Returns the path data of each point shape, centred on 0,0 (d3-shape symbols); a new object each call. */
export function pointSymbols(): Record<PointShape, string> {
  if (drawn === undefined) {
    const draw = (type: SymbolType, size: number) => symbol(type, size).digits(2)() ?? "";
    drawn = {
      circle: draw(symbolCircle, 50),
      "triangle-up": draw(symbolTriangle, 70),
      "triangle-down": draw(triangleDown, 70),
      diamond: draw(symbolDiamond, 60),
      star: draw(symbolStar, 60),
    };
  }
  return { ...drawn };
}

/** The shape of a point by sentiment: up for positive (≥ 4), down for negative (≤ 2), a circle between. */
export function sentimentShape(emotion: number): PointShape {
  return emotion >= 4 ? "triangle-up" : emotion <= 2 ? "triangle-down" : "circle";
}
