import { describe, expect, it } from "vitest";
import { blueprint, step } from "../blueprint-fixtures";
import { findingsOf } from "../fixtures";

describe("unowned_support_process", () => {
  it("reports a support step without an owning team", () => {
    const map = blueprint([step("st-pos", "tp-1", "support", { text: "Take payment", system: "POS" }), step("st-prep", "tp-1", "backstage")]);
    expect(findingsOf(map, "unowned_support_process")).toEqual([
      {
        id: "unowned_support_process:st-pos/tp-1",
        code: "unowned_support_process",
        severity: "warning",
        message: 'Touchpoint 1: no team owns the support process "Take payment" (POS)',
        subjectIds: ["st-pos", "tp-1"],
        data: { touchpointId: "tp-1", system: "POS" },
      },
    ]);
  });

  it("stays quiet for owned support steps and for other layers", () => {
    expect(findingsOf(blueprint([step("st-pos", "tp-1", "support", { ownerId: "team-ops" }), step("st-prep", "tp-1", "backstage")]), "unowned_support_process")).toEqual([]);
  });
});
