import { invalid, maybeBoolean, maybeObject, rejectUnknownKeys } from "../layout/option-checks";
import { resolveTheme } from "./resolve-theme";
import type { Theme } from "./theme";
import type { THEMES } from "./themes";

/** Options of {@link renderSvg}. */
export interface RenderSvgOptions {
  /**
   * A built-in theme by name, or a theme object (checked: every token a `#rrggbb` colour).
   * @defaultValue `"light"`
   */
  theme?: keyof typeof THEMES | Theme;
  /**
   * Prefix of every id in the SVG (`jk-title`, `jk-desc`), so that several maps can sit in
   * one page: a letter, then letters, digits, `_` or `-`.
   * @defaultValue `"jk"`
   */
  idPrefix?: string;
  /**
   * Whether the SVG scales to its container: `width="100%"` and no `height`, with its
   * `viewBox` kept and `preserveAspectRatio="xMidYMin meet"`, so a page or a README shows
   * the whole map at the width it has. `false` gives the SVG the layout's size in px.
   * @defaultValue `false`
   */
  responsive?: boolean;
}

/**
 * The defaults of {@link renderSvg}'s options.
 *
 * @example
 * ```ts
 * import { DEFAULT_RENDER_SVG_OPTIONS, renderSvg } from "journeykit";
 *
 * const svg = renderSvg(layout, { idPrefix: `${DEFAULT_RENDER_SVG_OPTIONS.idPrefix}-2` });
 * ```
 */
export const DEFAULT_RENDER_SVG_OPTIONS = /* @__PURE__ */ Object.freeze({ theme: "light", idPrefix: "jk", responsive: false } as const);

/** The names of the options of {@link renderSvg}. */
export const RENDER_OPTION_NAMES = ["theme", "idPrefix", "responsive"] as const;

const ID_PREFIX = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Returns the checked options of {@link renderSvg}; throws a `TypeError` or `RangeError` naming the option. */
export function normalizeRenderOptions(options: RenderSvgOptions | undefined): { theme: Theme; idPrefix: string; responsive: boolean } {
  const o = maybeObject("options", options);
  rejectUnknownKeys("options", o, RENDER_OPTION_NAMES);
  const idPrefix = o.idPrefix ?? DEFAULT_RENDER_SVG_OPTIONS.idPrefix;
  const expected = 'expected a letter followed by letters, digits, "_" or "-"';
  if (typeof idPrefix !== "string") throw new TypeError(invalid("idPrefix", idPrefix, expected));
  if (!ID_PREFIX.test(idPrefix)) throw new RangeError(invalid("idPrefix", idPrefix, expected));
  const responsive = maybeBoolean("options.responsive", o.responsive, DEFAULT_RENDER_SVG_OPTIONS.responsive);
  return { theme: resolveTheme(o.theme ?? DEFAULT_RENDER_SVG_OPTIONS.theme), idPrefix, responsive };
}
