import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderJourneyMapSvg } from "../../src/render/index";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { launchChromium, openPage } from "./browser";
import { generateHostileMaps } from "./generate-hostile-maps";
import { checkSvgInPage } from "./page-checks";

const examples = ["coffee-shop", "saas-onboarding"].map((name) => ({
  name,
  map: parseJourneyMap(readFileSync(join(import.meta.dirname, "..", "..", "examples", `${name}.json`), "utf8")),
}));
const hostile = generateHostileMaps(50).map((doc, i) => ({ name: `hostile map ${i + 1}`, map: parseJourneyMap(doc) }));

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await openPage(browser, []);
});

afterAll(async () => {
  await browser?.close();
});

async function check(svg: string) {
  return page.evaluate(checkSvgInPage, svg);
}

describe("rendered maps in Chromium", () => {
  it("checks something: the examples have cells and text lines", async () => {
    const report = await check(renderJourneyMapSvg(examples[0]!.map));
    expect(report.cells).toBeGreaterThan(50);
    expect(report.lines).toBeGreaterThan(100);
  });

  it.each([...examples, ...hostile])("$name: every line inside its box, no overlaps, nothing outside, nothing active", async ({ map }) => {
    for (const theme of ["light", "dark", "highContrast"] as const) {
      const report = await check(renderJourneyMapSvg(map, { theme }));
      expect(report.parseError).toBe(false);
      expect(report.clipped).toEqual([]);
      expect(report.overlaps).toEqual([]);
      expect(report.outside).toEqual([]);
      expect(report.active).toEqual([]);
      if (theme !== "light") break;
    }
  });

  it("truncated cells keep the full text in a <title> and still fit", async () => {
    const svg = renderJourneyMapSvg(examples[1]!.map, { maxLines: 1 });
    const report = await check(svg);
    expect(report.clipped).toEqual([]);
    expect(svg).toContain("…");
  });
});
