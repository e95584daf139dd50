/** The font a piece of text is set in. Sizes are in CSS pixels (SVG user units). */
export interface FontSpec {
  /** Font size in px. */
  size: number;
  /** @defaultValue "normal" */
  weight?: "normal" | "bold";
}

/**
 * Returns the advance width, in px, of `text` set in `font` on one line. Pluggable so that
 * hosts using a font other than Liberation Sans (Arial, Helvetica) can supply their own.
 */
export type MeasureText = (text: string, font: FontSpec) => number;

/** Options of {@link wrapText}. */
export interface WrapTextOptions {
  /** The width available for each line, in px. Must be positive. */
  width: number;
  font: FontSpec;
  /** Lines to keep at most; the last kept line ends with an ellipsis. @defaultValue Infinity */
  maxLines?: number;
  /** @defaultValue the built-in Liberation Sans metrics */
  measureText?: MeasureText;
}

/** Text broken into lines that each fit the width they were wrapped to. */
export interface WrappedText {
  /** The lines, in order; never empty strings except for an empty input (no lines). */
  lines: string[];
  /** The widest line, in px. */
  width: number;
  /** True when `maxLines` cut the text short (the full text belongs in a tooltip). */
  truncated: boolean;
}
