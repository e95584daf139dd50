import type { Theme } from "./theme";

/**
 * The built-in themes: `light` (the default), `dark` and `highContrast`. Every text and
 * background pair has a contrast of at least 4.5:1.
 *
 * @example
 * ```ts
 * import { THEMES, renderJourneyMapSvg } from "journeykit";
 *
 * const svg = renderJourneyMapSvg(map, { theme: { ...THEMES.light, painFill: "#ffe0e0" } });
 * ```
 */
export const THEMES: Readonly<Record<"light" | "dark" | "highContrast", Readonly<Theme>>> = {
  light: {
    background: "#ffffff",
    text: "#1a1d21",
    mutedText: "#4f5660",
    border: "#8a919c",
    laneFill: "#f6f7f9",
    laneFillAlt: "#edf0f4",
    labelFill: "#e1e6ed",
    stageFill: "#d9e5f5",
    touchpointFill: "#ffffff",
    itemFill: "#ffffff",
    painFill: "#fde7e6",
    opportunityFill: "#e3f4e8",
    momentFill: "#fff1c7",
    legendFill: "#ffffff",
    grid: "#c6ccd5",
    curves: ["#1f5fbf", "#b3261e", "#1b7a3a", "#7b3fb5", "#8f5200"],
  },
  dark: {
    background: "#14171c",
    text: "#f1f3f5",
    mutedText: "#b7bfca",
    border: "#68727f",
    laneFill: "#1a1e24",
    laneFillAlt: "#20252d",
    labelFill: "#2b323c",
    stageFill: "#25344a",
    touchpointFill: "#232931",
    itemFill: "#232931",
    painFill: "#43262a",
    opportunityFill: "#1f3a2a",
    momentFill: "#3d3520",
    legendFill: "#232931",
    grid: "#3c4450",
    curves: ["#80b3ff", "#ff8f85", "#72d895", "#d3acff", "#ffc46b"],
  },
  highContrast: {
    background: "#ffffff",
    text: "#000000",
    mutedText: "#1f1f1f",
    border: "#000000",
    laneFill: "#ffffff",
    laneFillAlt: "#f2f2f2",
    labelFill: "#e6e6e6",
    stageFill: "#e0ebff",
    touchpointFill: "#ffffff",
    itemFill: "#ffffff",
    painFill: "#ffe5e5",
    opportunityFill: "#e0f5e0",
    momentFill: "#fff0b3",
    legendFill: "#ffffff",
    grid: "#595959",
    curves: ["#0033cc", "#b30000", "#006100", "#5c0099", "#6b3600"],
  },
};
