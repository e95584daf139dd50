import { ascent, descent, lineHeight } from "./text/index";
import type { FontSpec } from "./text/types";

/** Liberation Sans ascent and descent, in em: a line's ink lies within them. */
export const ASCENT = ascent({ size: 1 });
export const DESCENT = descent({ size: 1 });

/** Space between two paragraphs of one cell, in px. */
export const PARAGRAPH_GAP = 2;

/** Rounds to 2 decimals, the precision the SVG is written with, so the layout holds what is drawn. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Rounds up to 2 decimals, so that rounding never takes room away. */
export function ceil2(value: number): number {
  return Math.ceil(value * 100 - 1e-9) / 100;
}

/** The height one line of `font` takes, rounded to the layout's precision. */
export function pitch(font: FontSpec): number {
  return round2(lineHeight(font));
}

/** Where a line's baseline sits below the top of its line, in px: the ink centred in the line height. */
export function baselineOffset(font: FontSpec): number {
  return (pitch(font) - (ASCENT + DESCENT) * font.size) / 2 + ASCENT * font.size;
}
