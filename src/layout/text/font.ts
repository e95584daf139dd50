import { ASCENT_EM, DESCENT_EM } from "./liberation-metrics";
import type { FontSpec } from "./types";

/** The font stack the SVG names, so that browsers draw the font that was measured. */
export const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

/** Line height as a multiple of the font size. */
export const LINE_HEIGHT_EM = 1.25;

/** The height of one line of text in `font`, in px. */
export const lineHeight = (font: FontSpec): number => font.size * LINE_HEIGHT_EM;

/** How far glyphs reach above the baseline, in px (Liberation Sans: 0.905 em). */
export const ascent = (font: FontSpec): number => font.size * ASCENT_EM;

/** How far glyphs reach below the baseline, in px (Liberation Sans: 0.212 em). */
export const descent = (font: FontSpec): number => font.size * DESCENT_EM;
