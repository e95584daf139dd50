import { describe, expect, it } from "vitest";
import { emptyMap, tp } from "../../support/map-builder";
import { findingsOf } from "../fixtures";

describe("empty_stage", () => {
  it("reports each stage without touchpoints as a warning naming the stage", () => {
    const map = { ...emptyMap(3), touchpoints: [tp("tp-a", "s-2")] };
    expect(findingsOf(map, "empty_stage")).toEqual([
      {
        id: "empty_stage:s-1",
        code: "empty_stage",
        severity: "warning",
        message: "Stage 1: no touchpoints are mapped in this stage",
        subjectIds: ["s-1"],
        data: { touchpoints: 0 },
      },
      {
        id: "empty_stage:s-3",
        code: "empty_stage",
        severity: "warning",
        message: "Stage 3: no touchpoints are mapped in this stage",
        subjectIds: ["s-3"],
        data: { touchpoints: 0 },
      },
    ]);
  });

  it("finds nothing when every stage has a touchpoint", () => {
    const map = { ...emptyMap(2), touchpoints: [tp("tp-a", "s-1"), tp("tp-b", "s-2")] };
    expect(findingsOf(map, "empty_stage")).toEqual([]);
  });
});
