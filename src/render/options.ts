import { maybeObject, rejectUnknownKeys, show } from "../layout/option-checks";
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
}

/** The names of the options of {@link renderSvg}. */
export const RENDER_OPTION_NAMES = ["theme", "idPrefix"] as const;

const ID_PREFIX = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Returns the checked options of {@link renderSvg}; throws a `TypeError` or `RangeError` naming the option. */
export function normalizeRenderOptions(options: RenderSvgOptions | undefined): { theme: Theme; idPrefix: string } {
  const o = maybeObject("options", options);
  rejectUnknownKeys("options", o, RENDER_OPTION_NAMES);
  const idPrefix = o.idPrefix ?? "jk";
  if (typeof idPrefix !== "string") throw new TypeError(`options.idPrefix must be a string, got ${show(idPrefix)}`);
  if (!ID_PREFIX.test(idPrefix)) {
    throw new RangeError(`options.idPrefix must be a letter followed by letters, digits, "_" or "-", got ${show(idPrefix)}`);
  }
  return { theme: resolveTheme(o.theme), idPrefix };
}
