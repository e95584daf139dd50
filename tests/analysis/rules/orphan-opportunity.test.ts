import { describe, expect, it } from "vitest";
import { emptyMap, opp, pain, tp } from "../../support/map-builder";
import { findingsOf } from "../fixtures";

describe("orphan_opportunity", () => {
  it("reports opportunities linked to nothing, as info once closed", () => {
    const map = {
      ...emptyMap(1),
      opportunities: [opp("opp-app", { title: "Loyalty app", impact: 4, effort: 5 }), opp("opp-old", { title: "Old idea", status: "dropped" })],
    };
    expect(findingsOf(map, "orphan_opportunity")).toEqual([
      {
        id: "orphan_opportunity:opp-app",
        code: "orphan_opportunity",
        severity: "warning",
        message: "Loyalty app: this opportunity is linked to no pain point and no touchpoint",
        subjectIds: ["opp-app"],
        data: { status: "idea", impact: 4, effort: 5 },
      },
      {
        id: "orphan_opportunity:opp-old",
        code: "orphan_opportunity",
        severity: "info",
        message: "Old idea: this opportunity is linked to no pain point and no touchpoint",
        subjectIds: ["opp-old"],
        data: { status: "dropped", impact: 3, effort: 3 },
      },
    ]);
  });

  it("finds nothing when opportunities name a pain point or a touchpoint", () => {
    const map = {
      ...emptyMap(1),
      touchpoints: [tp("tp-a", "s-1")],
      painPoints: [pain("pp-a")],
      opportunities: [opp("opp-a", { painPointIds: ["pp-a"] }), opp("opp-b", { touchpointIds: ["tp-a"] })],
    };
    expect(findingsOf(map, "orphan_opportunity")).toEqual([]);
  });
});

describe("orphan_opportunity without scores", () => {
  it("gives impact and effort as null when the opportunity has none", () => {
    const { impact: _i, effort: _e, ...unscored } = opp("opp-x");
    expect(findingsOf({ ...emptyMap(1), opportunities: [unscored] }, "orphan_opportunity")[0]?.data).toEqual({ status: "idea", impact: null, effort: null });
  });
});
