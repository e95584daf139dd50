import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LayoutOptions } from "../../src/layout/options";
import type { JourneyMap } from "../../src/model/journey-map";
import { renderJourneyMapSvg } from "../../src/render/index";
import { THEMES } from "../../src/render/themes";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { usePage } from "./use-page";
import { generateFullLaneMaps } from "./generate-full-lane-maps";
import { generateHostileMaps } from "./generate-hostile-maps";
import { checkSvgInPage, type PageReport } from "./page-checks";

const examples = ["coffee-shop", "saas-onboarding"].map((name) => ({
  name,
  map: parseJourneyMap(readFileSync(join(import.meta.dirname, "..", "..", "examples", `${name}.json`), "utf8")),
}));
const hostile = generateHostileMaps(50).map((doc, i) => ({ name: `hostile map ${i + 1}`, map: parseJourneyMap(doc) }));
const fullLanes = generateFullLaneMaps(40).map(({ doc, options }) => ({ name: doc.id, map: parseJourneyMap(doc), options }));
const themes = Object.keys(THEMES) as (keyof typeof THEMES)[];

const page = usePage();

async function check(svg: string) {
  return page().evaluate(checkSvgInPage, svg);
}

/** Expects a report with nothing wrong; `context` (theme, options) names the case in a failure. */
function expectClean(report: PageReport, context: string) {
  expect(report.parseError, context).toBe(false);
  expect(report.clipped, context).toEqual([]);
  expect(report.overlaps, context).toEqual([]);
  expect(report.outside, context).toEqual([]);
  expect(report.active, context).toEqual([]);
}

/** Renders `map` with `options` in every theme and expects each SVG to be clean. */
async function expectCleanInEveryTheme(map: JourneyMap, options: LayoutOptions) {
  for (const theme of themes) {
    const report = await check(renderJourneyMapSvg(map, { ...options, theme }));
    expect(report.cells).toBeGreaterThan(0);
    expectClean(report, `${theme} theme, options ${JSON.stringify(options)}`);
  }
}

describe("rendered maps in Chromium", () => {
  it("checks something: the examples have cells and text lines", async () => {
    const report = await check(renderJourneyMapSvg(examples[0]!.map));
    expect(report.cells).toBeGreaterThan(50);
    expect(report.lines).toBeGreaterThan(100);
  });

  it.each([...examples, ...hostile])("$name: every line inside its box, no overlaps, nothing outside, nothing active", async ({ map }) => {
    for (const theme of themes) expectClean(await check(renderJourneyMapSvg(map, { theme })), theme);
  });

  it.each([
    { mode: "wrap at 880 px", options: { wrap: { maxWidth: 880 } } },
    { mode: "wrap at 520 px, compact", options: { wrap: { maxWidth: 520 }, density: "compact" } },
    { mode: "compact", options: { density: "compact" } },
    { mode: "responsive", options: { responsive: true } },
    { mode: "responsive, wrap at 880 px", options: { responsive: true, wrap: { maxWidth: 880 } } },
    {
      mode: "every lane listed, wrap at 1200 px",
      options: {
        lanes: ["stages", "touchpoints", "actions", "thoughts", "feelings", "emotion", "painPoints", "opportunities", "owners", "metrics", "evidence"],
        wrap: { maxWidth: 1200 },
      },
    },
  ] as const)("the examples in $mode, in every theme: every line inside its box, no overlaps, nothing outside, nothing active", async ({ options }) => {
    for (const { map } of examples) await expectCleanInEveryTheme(map, options as LayoutOptions);
  });

  it("checks every built-in theme, highContrast included", () => {
    expect(themes).toEqual(expect.arrayContaining(["light", "dark", "highContrast"]));
  });

  it.each(fullLanes)("$name, every lane and random options, in every theme: every line inside its box, no overlaps, nothing outside, nothing active", async ({ map, options }) =>
    expectCleanInEveryTheme(map, options),
  );

  it("truncated cells keep the full text in a <title> and still fit", async () => {
    const svg = renderJourneyMapSvg(examples[1]!.map, { maxLines: 1 });
    const report = await check(svg);
    expect(report.clipped).toEqual([]);
    expect(svg).toContain("…");
  });
});

// Chromium's box for a line reaches as far as its glyphs' ink: stacked combining marks go
// well beyond the font's ascent and descent (about 1.04 em up and 0.57 em down for the
// first text below), and a mark at the end of an Arabic line reaches past its start. The
// layout makes room for them (src/layout/text/ink-extent.ts); these check it at a padding
// too small to hide anything.
describe("text whose marks reach beyond its line", () => {
  it.each([
    ["stacked combining marks", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǒ̗̻"],
    ["twenty marks on one letter", `Z${"\u0301\u0323".repeat(10)} and more`],
    ["Arabic with marks", "طويلاً"],
    ["Arabic with harakat", "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ"],
    ["Hebrew with points", "בְּרֵאשִׁית בָּרָא"],
    ["Vietnamese capitals", "ẤN TƯỢNG ĐẸP Ở VIỆT NAM"],
    ["capitals with two accents", "ǗǙǛ ǺǼ"],
  ])("%s in an action at padding 1 and body 24 px stay inside the box", async (_, text) => {
    const map = parseJourneyMap({
      schemaVersion: 1,
      id: "m",
      title: "Marks",
      stages: [{ id: "s", name: "Stage" }],
      touchpoints: [{ id: "tp", stageId: "s", name: "Touchpoint", actions: [text] }],
    });
    const options = { lanes: ["actions"], padding: 1, fontSizes: { body: 24 } };
    expect(renderJourneyMapSvg(map, options)).toContain(text.split(" ")[0]);
    await expectCleanInEveryTheme(map, options);
  });
});
