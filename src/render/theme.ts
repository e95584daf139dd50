/**
 * The colours of a rendered map, every one `#rrggbb`. Text is drawn in `text` (secondary
 * lines in `mutedText`) on the box fills, the lane fills and the background; the built-in
 * themes keep every such pair at a contrast of at least 4.5:1, and the curves at 3:1
 * against the lane fills.
 */
export interface Theme {
  /** Behind everything, and behind the title. */
  background: string;
  /** Text of every box, the title and the lane labels. */
  text: string;
  /** Secondary text: channels, severities, details, axis labels. */
  mutedText: string;
  /** Outlines of the boxes. */
  border: string;
  /** Lane backgrounds, alternating. */
  laneFill: string;
  laneFillAlt: string;
  /** Boxes of the lane labels. */
  labelFill: string;
  /** Boxes of stage headers. */
  stageFill: string;
  /** Boxes of touchpoints. */
  touchpointFill: string;
  /** Boxes of actions, thoughts, feelings, owners, metrics, evidence and custom-lane notes. */
  itemFill: string;
  /** Boxes of pain points. */
  painFill: string;
  /** Boxes of opportunities. */
  opportunityFill: string;
  /** Boxes of moment-of-truth labels (their stars are drawn in the `text` colour). */
  momentFill: string;
  /** Boxes of the emotion legend. */
  legendFill: string;
  /** Grid lines of the emotion plot and the rules between stages. */
  grid: string;
  /** One colour per emotion curve (persona), used in turn; at least one. */
  curves: string[];
}

/**
 * The names of the colour tokens of a {@link Theme}, in documentation order (without `curves`).
 *
 * @example
 * ```ts
 * import { THEME_COLOR_TOKENS, THEMES } from "journeykit";
 *
 * const dark = THEME_COLOR_TOKENS.map((token) => `${token}: ${THEMES.dark[token]}`);
 * ```
 */
export const THEME_COLOR_TOKENS = [
  "background",
  "text",
  "mutedText",
  "border",
  "laneFill",
  "laneFillAlt",
  "labelFill",
  "stageFill",
  "touchpointFill",
  "itemFill",
  "painFill",
  "opportunityFill",
  "momentFill",
  "legendFill",
  "grid",
] as const;

/**
 * The tokens of the fills that text is drawn on: check a custom theme's text against each.
 *
 * @example
 * ```ts
 * import { THEME_TEXT_BACKGROUNDS, contrastRatio } from "journeykit";
 *
 * const low = THEME_TEXT_BACKGROUNDS.filter((fill) => contrastRatio(theme.text, theme[fill]) < 4.5);
 * ```
 */
export const THEME_TEXT_BACKGROUNDS = [
  "background",
  "laneFill",
  "laneFillAlt",
  "labelFill",
  "stageFill",
  "touchpointFill",
  "itemFill",
  "painFill",
  "opportunityFill",
  "momentFill",
  "legendFill",
] as const;
