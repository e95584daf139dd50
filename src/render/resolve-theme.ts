import { invalid, nearest } from "../layout/option-checks";
import { THEME_COLOR_TOKENS, type Theme } from "./theme";
import { THEMES } from "./themes";

const COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * Returns the theme `value` names (`"light"`, `"dark"`, `"highContrast"`) or, for an
 * object, a checked copy of it: every token of {@link Theme} present and a `#rrggbb`
 * colour, `curves` a non-empty array of them, no unknown token. Throws a `TypeError` or
 * `RangeError` that names the token (`invalid theme.text: "red"; expected a #rrggbb colour`).
 *
 * @example
 * ```ts
 * import { THEMES, resolveTheme } from "journeykit";
 *
 * resolveTheme("dark").background; // "#14171c"
 * resolveTheme({ ...THEMES.light, text: "red" }); // throws TypeError: invalid theme.text: "red"; expected a #rrggbb colour
 * ```
 */
export function resolveTheme(value: unknown = "light", name = "options.theme"): Theme {
  if (typeof value === "string") {
    if (!Object.hasOwn(THEMES, value)) {
      throw new RangeError(invalid(name, value, `${nearest(value, Object.keys(THEMES))} (or a theme object)`));
    }
    const theme = THEMES[value as keyof typeof THEMES];
    return { ...theme, curves: [...theme.curves] };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(invalid(name, value, "expected a theme name or a theme object"));
  }
  const input = value as Record<string, unknown>;
  const known: readonly string[] = [...THEME_COLOR_TOKENS, "curves"];
  for (const key of Object.keys(input)) {
    if (!known.includes(key)) throw new RangeError(`invalid ${name.replace(/^options\./, "")}: unknown token ${JSON.stringify(key)}; ${nearest(key, known)}`);
  }
  const colour = (token: string, v: unknown): string => {
    if (typeof v !== "string" || !COLOR.test(v)) throw new TypeError(invalid(`${name}.${token}`, v, "expected a #rrggbb colour"));
    return v;
  };
  const theme: Record<string, unknown> = {};
  for (const token of THEME_COLOR_TOKENS) theme[token] = colour(token, input[token]);
  const curves = input.curves;
  if (!Array.isArray(curves) || curves.length === 0) {
    throw new TypeError(invalid(`${name}.curves`, curves, "expected a non-empty array of #rrggbb colours"));
  }
  theme.curves = curves.map((c, i) => colour(`curves[${i}]`, c));
  return theme as unknown as Theme;
}
