/**
 * Returns the WCAG 2 relative luminance (0 black … 1 white) of a `#rrggbb` colour.
 *
 * @example
 * ```ts
 * import { relativeLuminance } from "journeykit";
 *
 * relativeLuminance("#ffffff"); // 1
 * relativeLuminance("#000000"); // 0
 * ```
 */
export function relativeLuminance(colour: string): number {
  const channel = (offset: number) => {
    const c = Number.parseInt(colour.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * Returns the WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 (none) to 21 (black
 * on white). Body text needs at least 4.5, graphics 3.
 *
 * @example
 * ```ts
 * import { contrastRatio } from "journeykit";
 *
 * contrastRatio("#000000", "#ffffff"); // 21
 * contrastRatio("#777777", "#ffffff") >= 4.5; // false
 * ```
 */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
