import { describe, expect, it } from "vitest";
import { createJourneyMap } from "../../src/model/create-journey-map";
import { safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { generateJourneyMap } from "./generate-map";
import { buildMap, emptyMap, ev, opp, pain, tp } from "./map-builder";

describe("the map builder", () => {
  it("makes the empty map createJourneyMap makes", () => {
    const made = createJourneyMap({
      id: "map",
      title: "Test journey",
      stages: [
        { id: "s-1", name: "Stage 1" },
        { id: "s-2", name: "Stage 2" },
      ],
    });
    expect(emptyMap()).toEqual(made);
    expect(JSON.stringify(emptyMap())).toBe(JSON.stringify(made));
  });

  it("builds valid maps from its factories, leaving out undefined fields", () => {
    const map = buildMap({
      ...emptyMap(1),
      touchpoints: [tp("tp-1", "s-1", { emotion: undefined })],
      painPoints: [pain("pp-1", { touchpointIds: ["tp-1"], severity: undefined })],
      opportunities: [opp("opp-1", { painPointIds: ["pp-1"], impact: undefined })],
      evidence: [ev("ev-1")],
    });
    expect(safeParseJourneyMap(map).success).toBe(true);
    expect(Object.hasOwn(map.touchpoints[0]!, "emotion")).toBe(false);
    expect(Object.hasOwn(map.painPoints[0]!, "severity")).toBe(false);
    expect(map.opportunities[0]).not.toHaveProperty("impact");
    expect(map.opportunities[0]!.effort).toBe(3);
    expect(pain("pp-2").severity).toBe(3);
  });

  it("generates valid, reproducible maps of any size", () => {
    for (const touchpoints of [1, 7, 100]) {
      const map = generateJourneyMap({ touchpoints, seed: touchpoints });
      expect(safeParseJourneyMap(map).success).toBe(true);
      expect(map.touchpoints).toHaveLength(touchpoints);
      expect(generateJourneyMap({ touchpoints, seed: touchpoints })).toEqual(map);
    }
  });
});
