import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeJourneyMap } from "../../src/analysis/analyze-journey-map";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";

describe.each(["coffee-shop", "saas-onboarding"])("examples/%s.json", (name) => {
  it("gives the same findings as last time", () => {
    const map = parseJourneyMap(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), "utf8"));
    expect(analyzeJourneyMap(map, { asOf: "2026-11-01" }).findings).toMatchSnapshot();
  });
});
