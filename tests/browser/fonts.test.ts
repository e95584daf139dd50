import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// Without these fonts Chromium draws CJK, emoji and the scripts Liberation Sans lacks with
// narrow fallback glyphs (or empty boxes), so every text line fits and the geometry suite
// passes while hiding the problem. The DejaVu and Noto fonts are also the ones whose
// advances src/layout/text/fallback-metrics.ts holds (scripts/generate-fallback-metrics.ts).
const INSTALL =
  "install them with: apt-get install chromium fonts-liberation fonts-dejavu-core fonts-dejavu-extra fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji (as .ci/run does)";

/** The font families fontconfig knows, one name per entry (`fc-list` lists aliases comma-separated). */
function installedFamilies(): string[] {
  let out: string;
  try {
    out = execFileSync("fc-list", [":", "family"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`fc-list failed (${(error as Error).message}): install fontconfig, then the fonts; ${INSTALL}`);
  }
  return out.split("\n").flatMap((line) => line.split(",").map((name) => name.trim()));
}

describe("fonts the browser suite measures against", () => {
  const families = installedFamilies();

  it.each([
    ["Liberation Sans", "fonts-liberation"],
    ["DejaVu Sans", "fonts-dejavu-core"],
    ["DejaVu Math TeX Gyre", "fonts-dejavu-extra"],
    ["Noto Sans Devanagari", "fonts-noto-core"],
    ["Noto Sans Arabic", "fonts-noto-core"],
    ["Noto Sans CJK", "fonts-noto-cjk"],
    ["Noto Color Emoji", "fonts-noto-color-emoji"],
  ])("%s is installed (Debian package %s)", (family, pkg) => {
    const found = families.some((name) => name === family || name.startsWith(`${family} `));
    expect(found, `font "${family}" not found by fc-list: ${pkg} is missing; ${INSTALL}`).toBe(true);
  });
});
