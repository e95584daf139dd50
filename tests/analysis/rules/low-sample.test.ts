import { describe, expect, it } from "vitest";
import type { Survey } from "../../../src/model/survey";
import { emptyMap, findingsOf, tp } from "../fixtures";

const map = (counts: number[]) => ({
  ...emptyMap(1),
  touchpoints: [tp("tp-a", "s-1", { name: "Pay" })],
  surveys: [{ id: "sv-1", scaleId: "csat-5", touchpointId: "tp-a", question: "How was paying?", counts } as Survey],
});

describe("low_sample", () => {
  it("reports a survey with fewer than minN answers", () => {
    expect(findingsOf(map([1, 2, 6, 10, 10]), "low_sample")).toEqual([
      {
        id: "low_sample:sv-1/tp-a",
        code: "low_sample",
        severity: "warning",
        message: 'Pay: the survey "How was paying?" has 29 answers, fewer than 30',
        subjectIds: ["sv-1", "tp-a"],
        data: { n: 29, minN: 30, scaleId: "csat-5" },
      },
    ]);
  });

  it("stays quiet from minN answers on, and for a survey nobody answered", () => {
    expect(findingsOf(map([1, 2, 6, 10, 11]), "low_sample")).toEqual([]);
    expect(findingsOf(map([0, 0, 0, 0, 0]), "low_sample")).toEqual([]);
    expect(findingsOf(map([1, 2, 6, 10, 11]), "low_sample", { minN: 31 })).toHaveLength(1);
  });
});
