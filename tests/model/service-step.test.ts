import { describe, expect, it } from "vitest";
import { createJourneyMap } from "../../src/model/create-journey-map";
import { safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";

const base = { schemaVersion: 1, id: "m", title: "Bank", stages: [{ id: "s", name: "Open" }], touchpoints: [{ id: "tp", stageId: "s", name: "Apply" }] };

describe("service steps", () => {
  it("are absent by default, so earlier maps serialise as before", () => {
    expect("serviceSteps" in createJourneyMap({ title: "x" })).toBe(false);
    const parsed = safeParseJourneyMap(base);
    expect(parsed.success && "serviceSteps" in parsed.data).toBe(false);
  });

  it("parse with their arrays defaulted, and have their references checked", () => {
    const parsed = safeParseJourneyMap({ ...base, serviceSteps: [{ id: "st", touchpointId: "tp", layer: "backstage", text: "Check identity" }] });
    expect(parsed.success && parsed.data.serviceSteps).toEqual([{ id: "st", touchpointId: "tp", layer: "backstage", text: "Check identity", dependsOn: [], evidenceIds: [] }]);
    const bad = safeParseJourneyMap({
      ...base,
      serviceSteps: [{ id: "st", touchpointId: "tp-x", layer: "support", text: "KYC", ownerId: "team-x", dependsOn: [{ stepId: "st-x" }], evidenceIds: ["ev-x"] }],
    });
    expect(bad.success ? [] : bad.error.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["unknown_reference", "serviceSteps.0.touchpointId"],
      ["unknown_reference", "serviceSteps.0.ownerId"],
      ["unknown_reference", "serviceSteps.0.dependsOn.0.stepId"],
      ["unknown_reference", "serviceSteps.0.evidenceIds.0"],
    ]);
    expect(safeParseJourneyMap({ ...base, serviceSteps: [{ id: "st", touchpointId: "tp", layer: "offstage", text: "x" }] }).success).toBe(false);
  });
});
