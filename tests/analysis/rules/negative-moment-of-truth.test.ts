import { describe, expect, it } from "vitest";
import { emptyMap, tp } from "../../support/map-builder";
import { findingsOf } from "../fixtures";

describe("negative_moment_of_truth", () => {
  it("reports a moment of truth at or below emotion 2 as critical, per persona too", () => {
    const map = {
      ...emptyMap(1),
      personas: [
        { id: "p-leo", name: "Leo", goals: [], needs: [], frustrations: [], attributes: [] },
        { id: "p-sam", name: "Sam", goals: [], needs: [], frustrations: [], attributes: [] },
      ],
      touchpoints: [
        tp("tp-pay", "s-1", { name: "Payment", momentOfTruth: true, emotion: 2, personaEmotions: [{ personaId: "p-sam", emotion: 1 }] }),
        tp("tp-low", "s-1", { name: "Not a moment", emotion: 1 }),
      ],
    };
    expect(findingsOf(map, "negative_moment_of_truth")).toEqual([
      {
        id: "negative_moment_of_truth:tp-pay",
        code: "negative_moment_of_truth",
        severity: "critical",
        message: "Payment: a moment of truth where Leo feels 2 (negative at 2 or below)",
        subjectIds: ["tp-pay"],
        data: { stageId: "s-1", emotion: 2, threshold: 2 },
      },
      {
        id: "negative_moment_of_truth:tp-pay/p-sam",
        code: "negative_moment_of_truth",
        severity: "critical",
        message: "Payment: a moment of truth where Sam feels 1 (negative at 2 or below)",
        subjectIds: ["tp-pay", "p-sam"],
        data: { stageId: "s-1", personaId: "p-sam", emotion: 1, threshold: 2 },
      },
    ]);
  });

  it("finds nothing for positive moments of truth", () => {
    const map = { ...emptyMap(1), touchpoints: [tp("tp-pay", "s-1", { momentOfTruth: true, emotion: 3 }), tp("tp-x", "s-1", { momentOfTruth: true })] };
    expect(findingsOf(map, "negative_moment_of_truth")).toEqual([]);
  });
});
