import type { ResolvedLayoutOptions } from "./options";
import type { FontSpec } from "./text/types";

/** The fonts of a layout, shared by every line that uses them (one object each). */
export interface Fonts {
  title: FontSpec;
  heading: FontSpec;
  body: FontSpec;
  bodyBold: FontSpec;
  small: FontSpec;
}

/** Returns the fonts for the resolved sizes. */
export function makeFonts(options: ResolvedLayoutOptions): Fonts {
  const s = options.fontSizes;
  return {
    title: { size: s.title, weight: "bold" },
    heading: { size: s.heading, weight: "bold" },
    body: { size: s.body, weight: "normal" },
    bodyBold: { size: s.body, weight: "bold" },
    small: { size: s.small, weight: "normal" },
  };
}
