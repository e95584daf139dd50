import { ASCENT_EM, DESCENT_EM } from "./liberation-metrics";
import type { FontSpec } from "./types";

/**
 * The font stack the SVG names, so that browsers draw the font that was measured: Liberation
 * Sans, then Arial and Helvetica, which have the same advance widths.
 *
 * @example
 * ```ts
 * import { FONT_FAMILY } from "journeykit";
 *
 * const style = `font-family: ${FONT_FAMILY}`; // for HTML drawn beside the map
 * ```
 */
export const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

/**
 * Line height as a multiple of the font size: the distance between the baselines of two
 * wrapped lines.
 *
 * @example
 * ```ts
 * import { LINE_HEIGHT_EM } from "journeykit";
 *
 * const pitch = 14 * LINE_HEIGHT_EM; // 17.5 px between lines of 14 px text
 * ```
 */
export const LINE_HEIGHT_EM = 1.25;

/**
 * Returns the height of one line of text in `font`, in px (`font.size × LINE_HEIGHT_EM`).
 *
 * @example
 * ```ts
 * import { lineHeight } from "journeykit";
 *
 * lineHeight({ size: 12 }); // 15
 * ```
 */
export const lineHeight = (font: FontSpec): number => font.size * LINE_HEIGHT_EM;

/**
 * Returns how far glyphs reach above the baseline, in px (Liberation Sans: 0.905 em).
 *
 * @example
 * ```ts
 * import { ascent } from "journeykit";
 *
 * ascent({ size: 20 }); // ≈ 18.1
 * ```
 */
export const ascent = (font: FontSpec): number => font.size * ASCENT_EM;

/**
 * Returns how far glyphs reach below the baseline, in px (Liberation Sans: 0.212 em).
 *
 * @example
 * ```ts
 * import { descent } from "journeykit";
 *
 * descent({ size: 20 }); // ≈ 4.24
 * ```
 */
export const descent = (font: FontSpec): number => font.size * DESCENT_EM;
