import { describe, expect, it } from "vitest";
import { emptyMap, opp, pain, tp } from "../../support/map-builder";
import { findingsOf } from "../fixtures";

describe("unaddressed_pain_point", () => {
  it("reports pain points no live opportunity addresses, critical from severity 4", () => {
    const map = {
      ...emptyMap(1),
      touchpoints: [tp("tp-a", "s-1")],
      painPoints: [
        pain("pp-wait", { title: "Long wait", severity: 4, frequency: 0.6, touchpointIds: ["tp-a"] }),
        pain("pp-noise", { title: "Noise", severity: 2 }),
        pain("pp-done", { title: "Handled" }),
      ],
      opportunities: [opp("opp-drop", { painPointIds: ["pp-noise"], status: "dropped" }), opp("opp-ok", { painPointIds: ["pp-done"] })],
    };
    expect(findingsOf(map, "unaddressed_pain_point")).toEqual([
      {
        id: "unaddressed_pain_point:pp-wait",
        code: "unaddressed_pain_point",
        severity: "critical",
        message: "Long wait (severity 4, 60% of customers): no opportunity addresses this pain point",
        subjectIds: ["pp-wait"],
        data: { severity: 4, frequency: 0.6, touchpointIds: ["tp-a"], droppedOpportunities: 0 },
      },
      {
        id: "unaddressed_pain_point:pp-noise",
        code: "unaddressed_pain_point",
        severity: "warning",
        message: "Noise (severity 2): no opportunity addresses this pain point (1 dropped)",
        subjectIds: ["pp-noise"],
        data: { severity: 2, frequency: null, touchpointIds: [], droppedOpportunities: 1 },
      },
    ]);
  });

  it("finds nothing when every pain point is addressed", () => {
    const map = { ...emptyMap(1), painPoints: [pain("pp-a")], opportunities: [opp("opp-a", { painPointIds: ["pp-a"], status: "done" })] };
    expect(findingsOf(map, "unaddressed_pain_point")).toEqual([]);
  });
});

describe("unaddressed_pain_point of unknown severity", () => {
  it("is a warning that says the severity is unknown, with severity null, never an assumed 3", () => {
    const { severity: _, ...unscored } = pain("pp-x", { title: "Confusing menu" });
    const map = { ...emptyMap(1), painPoints: [unscored] };
    expect(findingsOf(map, "unaddressed_pain_point")).toEqual([
      {
        id: "unaddressed_pain_point:pp-x",
        code: "unaddressed_pain_point",
        severity: "warning",
        message: "Confusing menu (severity unknown): no opportunity addresses this pain point",
        subjectIds: ["pp-x"],
        data: { severity: null, frequency: null, touchpointIds: [], droppedOpportunities: 0 },
      },
    ]);
    // Even the lowest critical threshold cannot make an unknown severity critical.
    expect(findingsOf(map, "unaddressed_pain_point", { criticalPainSeverity: 1 })[0]?.severity).toBe("warning");
    expect(findingsOf(map, "missing_evidence")[0]).toMatchObject({
      message: "Confusing menu: no evidence backs this pain point (severity unknown)",
      data: { kind: "painPoint", severity: null },
    });
  });
});
