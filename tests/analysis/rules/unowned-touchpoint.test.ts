import { describe, expect, it } from "vitest";
import { emptyMap, tp } from "../../support/map-builder";
import { findingsOf } from "../fixtures";

describe("unowned_touchpoint", () => {
  it("reports touchpoints without a team, as a warning at a moment of truth", () => {
    const map = {
      ...emptyMap(1),
      teams: [{ id: "team-ops", name: "Operations" }],
      touchpoints: [tp("tp-a", "s-1", { name: "Queue" }), tp("tp-b", "s-1", { name: "Pay", momentOfTruth: true }), tp("tp-c", "s-1", { name: "Owned", ownerId: "team-ops" })],
    };
    expect(findingsOf(map, "unowned_touchpoint")).toEqual([
      {
        id: "unowned_touchpoint:tp-b",
        code: "unowned_touchpoint",
        severity: "warning",
        message: "Pay: no team owns this touchpoint, a moment of truth",
        subjectIds: ["tp-b"],
        data: { stageId: "s-1", momentOfTruth: true },
      },
      {
        id: "unowned_touchpoint:tp-a",
        code: "unowned_touchpoint",
        severity: "info",
        message: "Queue: no team owns this touchpoint",
        subjectIds: ["tp-a"],
        data: { stageId: "s-1", momentOfTruth: false },
      },
    ]);
  });

  it("finds nothing when every touchpoint has an owner", () => {
    const map = { ...emptyMap(1), teams: [{ id: "team-ops", name: "Operations" }], touchpoints: [tp("tp-a", "s-1", { ownerId: "team-ops" })] };
    expect(findingsOf(map, "unowned_touchpoint")).toEqual([]);
  });
});
