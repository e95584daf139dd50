import { describe, expect, it } from "vitest";
import { emptyMap, ev, pain, tp } from "../../support/map-builder";
import { findingsOf } from "../fixtures";

describe("missing_evidence", () => {
  it("reports touchpoints and pain points no evidence backs", () => {
    const map = {
      ...emptyMap(1),
      evidence: [ev("ev-1")],
      touchpoints: [tp("tp-a", "s-1", { name: "Browse" }), tp("tp-b", "s-1", { name: "Pay", momentOfTruth: true }), tp("tp-c", "s-1", { evidenceIds: ["ev-1"] })],
      painPoints: [pain("pp-a", { title: "Slow site", touchpointIds: ["tp-a"] }), pain("pp-b", { evidenceIds: ["ev-1"] })],
    };
    expect(findingsOf(map, "missing_evidence")).toEqual([
      {
        id: "missing_evidence:pp-a",
        code: "missing_evidence",
        severity: "warning",
        message: "Slow site: no evidence backs this pain point (severity 3)",
        subjectIds: ["pp-a"],
        data: { kind: "painPoint", severity: 3 },
      },
      {
        id: "missing_evidence:tp-b",
        code: "missing_evidence",
        severity: "warning",
        message: "Pay: no evidence backs this touchpoint, a moment of truth",
        subjectIds: ["tp-b"],
        data: { kind: "touchpoint", momentOfTruth: true },
      },
      {
        id: "missing_evidence:tp-a",
        code: "missing_evidence",
        severity: "info",
        message: "Browse: no evidence backs this touchpoint",
        subjectIds: ["tp-a"],
        data: { kind: "touchpoint", momentOfTruth: false },
      },
    ]);
  });

  it("finds nothing when everything cites evidence", () => {
    const map = { ...emptyMap(1), evidence: [ev("ev-1")], touchpoints: [tp("tp-a", "s-1", { evidenceIds: ["ev-1"] })], painPoints: [pain("pp-a", { evidenceIds: ["ev-1"] })] };
    expect(findingsOf(map, "missing_evidence")).toEqual([]);
  });
});
