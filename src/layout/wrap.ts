import type { ResolvedLayoutOptions } from "./options";
import { sanitizeText, wrapText } from "./text/index";
import type { FontSpec, WrappedText } from "./text/types";

/** Wraps one paragraph: sanitised, to `width`, with the layout's `maxLines` and `measureText`. */
export type Wrap = (text: string, width: number, font: FontSpec) => WrappedText;

/** Returns the {@link Wrap} function for the resolved options. */
export function makeWrap(options: ResolvedLayoutOptions): Wrap {
  const maxLines = options.maxLines;
  const measureText = options.measureText;
  return (text, width, font) => {
    const clean = sanitizeText(text);
    return wrapText(clean, measureText ? { width, font, maxLines, measureText } : { width, font, maxLines });
  };
}
