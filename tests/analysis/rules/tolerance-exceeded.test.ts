import { describe, expect, it } from "vitest";
import { blueprint, step } from "../blueprint-fixtures";
import { findingsOf } from "../fixtures";

describe("tolerance_exceeded", () => {
  it("reports touchpoints and steps that take longer than customers accept, critical at a moment of truth", () => {
    const map = blueprint([step("st-brew", "tp-2", "backstage", { text: "Brew", durationMinutes: 6, toleranceMinutes: 4 })]);
    map.touchpoints[0] = { ...map.touchpoints[0]!, durationMinutes: 10.5, toleranceMinutes: 5, momentOfTruth: true };
    expect(findingsOf(map, "tolerance_exceeded")).toEqual([
      {
        id: "tolerance_exceeded:tp-1",
        code: "tolerance_exceeded",
        severity: "critical",
        message: "Touchpoint 1: takes 10.5 min, customers accept 5 min, at a moment of truth",
        subjectIds: ["tp-1"],
        data: { touchpointId: "tp-1", durationMinutes: 10.5, toleranceMinutes: 5, overMinutes: 5.5, momentOfTruth: true },
      },
      {
        id: "tolerance_exceeded:st-brew/tp-2",
        code: "tolerance_exceeded",
        severity: "warning",
        message: 'Touchpoint 2, "Brew": takes 6 min, customers accept 4 min',
        subjectIds: ["st-brew", "tp-2"],
        data: { touchpointId: "tp-2", durationMinutes: 6, toleranceMinutes: 4, overMinutes: 2, momentOfTruth: false },
      },
    ]);
  });

  it("stays quiet at the tolerance and without one", () => {
    const map = blueprint([step("st-brew", "tp-2", "backstage", { durationMinutes: 4, toleranceMinutes: 4 }), step("st-x", "tp-2", "backstage", { durationMinutes: 40 })]);
    expect(findingsOf(map, "tolerance_exceeded")).toEqual([]);
  });
});
