import { describe, expect, it } from "vitest";
import type { Survey } from "../../../src/model/survey";
import { emptyMap, findingsOf, tp } from "../fixtures";

const map = (emotion: number, counts: number[]) => ({
  ...emptyMap(1),
  touchpoints: [tp("tp-a", "s-1", { name: "Pay", emotion })],
  surveys: [{ id: "sv-1", scaleId: "emotion-5", touchpointId: "tp-a", counts } as Survey],
});

describe("asserted_vs_measured", () => {
  it("reports a written emotion outside the measured interval of at least minN answers", () => {
    // 30 answers of 5: the interval is [5, 5].
    expect(findingsOf(map(2, [0, 0, 0, 0, 30]), "asserted_vs_measured")).toEqual([
      {
        id: "asserted_vs_measured:tp-a",
        code: "asserted_vs_measured",
        severity: "warning",
        message: "Pay: the map says 2, a survey of 30 measured 5 (95% 5–5)",
        subjectIds: ["tp-a"],
        data: { surveyId: "sv-1", written: 2, measured: 5, ci: [5, 5], n: 30 },
      },
    ]);
  });

  it("stays quiet inside the interval and under minN answers", () => {
    expect(findingsOf(map(5, [0, 0, 0, 0, 30]), "asserted_vs_measured")).toEqual([]);
    expect(findingsOf(map(2, [0, 0, 0, 0, 29]), "asserted_vs_measured")).toEqual([]);
    expect(findingsOf(map(2, [0, 0, 0, 0, 29]), "asserted_vs_measured", { minN: 29 })).toHaveLength(1);
  });
});
