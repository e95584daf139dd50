import { describe, expect, it } from "vitest";
import { contrastRatio, relativeLuminance } from "../../src/render/contrast";
import { renderJourneyMapSvg } from "../../src/render/render-journey-map-svg";
import { resolveTheme } from "../../src/render/resolve-theme";
import { THEME_COLOR_TOKENS, THEME_TEXT_BACKGROUNDS, type Theme } from "../../src/render/theme";
import { THEMES } from "../../src/render/themes";
import { smallMap } from "../layout/fixtures";

describe("contrast", () => {
  it("computes WCAG relative luminance and contrast", () => {
    expect(relativeLuminance("#ffffff")).toBe(1);
    expect(relativeLuminance("#000000")).toBe(0);
    expect(contrastRatio("#000000", "#ffffff")).toBe(21);
    expect(contrastRatio("#ffffff", "#000000")).toBe(21);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });
});

describe("themes", () => {
  it.each(Object.entries(THEMES))("%s: text and muted text reach 4.5:1 on every fill they are drawn on", (_, theme) => {
    for (const fill of THEME_TEXT_BACKGROUNDS) {
      for (const ink of ["text", "mutedText"] as const) {
        expect(contrastRatio(theme[ink], theme[fill]), `${ink} on ${fill}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it.each(Object.entries(THEMES))("%s: curves and the star reach 3:1 against the lanes and their boxes", (_, theme) => {
    for (const curve of theme.curves) {
      for (const fill of ["laneFill", "laneFillAlt", "legendFill"] as const) {
        expect(contrastRatio(curve, theme[fill]), `${curve} on ${fill}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it("resolves built-in themes by name and uses their colours", () => {
    expect(resolveTheme("dark")).toEqual(THEMES.dark);
    expect(resolveTheme()).toEqual(THEMES.light);
    const svg = renderJourneyMapSvg(smallMap, { theme: "highContrast" });
    expect(svg).toContain(`fill="${THEMES.highContrast.background}"`);
    expect(svg).toContain(`fill="${THEMES.highContrast.painFill}"`);
  });

  it("accepts a custom theme object and draws with it", () => {
    const custom: Theme = { ...THEMES.light, painFill: "#ffe0e0", curves: ["#003366"] };
    expect(resolveTheme(custom)).toEqual(custom);
    const svg = renderJourneyMapSvg(smallMap, { theme: custom });
    expect(svg).toContain('fill="#ffe0e0"');
    expect(svg).toContain('stroke="#003366"');
  });

  it("refuses an invalid token, naming it", () => {
    const bad = (patch: Record<string, unknown>) => () => resolveTheme({ ...THEMES.light, ...patch });
    expect(bad({ text: "red" })).toThrow(new TypeError('invalid theme.text: "red"; expected a #rrggbb colour'));
    expect(bad({ background: "#fff" })).toThrow(/^invalid theme\.background: "#fff"; expected a #rrggbb colour$/);
    expect(bad({ border: "#12345g" })).toThrow(/^invalid theme\.border:/);
    expect(bad({ grid: 'x" onload="' })).toThrow(/^invalid theme\.grid:/);
    expect(bad({ curves: [] })).toThrow(/^invalid theme\.curves: an array; expected a non-empty array/);
    expect(bad({ curves: ["#000000", "blue"] })).toThrow(/^invalid theme\.curves\[1\]: "blue"/);
    expect(bad({ shadow: "#000000" })).toThrow(/^invalid theme: unknown token "shadow"; /);
    const { stageFill: _, ...missing } = THEMES.light;
    expect(() => resolveTheme(missing)).toThrow(/^invalid theme\.stageFill: undefined; expected a #rrggbb colour$/);
    expect(() => resolveTheme(42)).toThrow(TypeError);
    expect(() => renderJourneyMapSvg(smallMap, { theme: { ...THEMES.light, text: "red" } })).toThrow(/^invalid theme\.text:/);
  });

  it("lists every colour token", () => {
    expect(
      Object.keys(THEMES.light)
        .filter((k) => k !== "curves")
        .sort(),
    ).toEqual([...THEME_COLOR_TOKENS].sort());
  });
});
