import { describe, expect, it } from "vitest";
import type { Survey } from "../../../src/model/survey";
import { emptyMap, findingsOf, tp } from "../fixtures";

/** Customers expect 4 and the map says they feel 2; a survey on the 1–5 emotion scale measured them. */
const map = (counts: number[], persona = false) => ({
  ...emptyMap(1),
  personas: [{ id: "p-sam", name: "Sam", goals: [], needs: [], frustrations: [], attributes: [] }],
  touchpoints: [
    tp("tp-a", "s-1", {
      name: "Upload",
      ...(persona ? { personaEmotions: [{ personaId: "p-sam", emotion: 2, expectedEmotion: 4 }] } : { emotion: 2, expectedEmotion: 4 }),
    }),
  ],
  surveys: [{ id: "sv-1", scaleId: "emotion-5", touchpointId: "tp-a", counts, ...(persona ? { personaId: "p-sam" } : {}) } as Survey],
});

describe("gap_not_significant", () => {
  it("reports a gap whose expected emotion lies inside the measured interval, instead of an experience_gap", () => {
    // Answers 2, 2, 4, 4: mean 3, sd 1.155, t(3) = 3.182, so 3 ± 1.837 holds the expected 4.
    expect(findingsOf(map([0, 2, 0, 2, 0]), "gap_not_significant")).toEqual([
      {
        id: "gap_not_significant:tp-a",
        code: "gap_not_significant",
        severity: "info",
        message: "Upload: the map says Sam expects 4 but feels 2, yet a survey of 4 measured 3 (95% 1.16–4.84), which holds the expected 4: the gap is not significant",
        subjectIds: ["tp-a"],
        data: { surveyId: "sv-1", expectedEmotion: 4, emotion: 2, gap: 2, measured: 3, ci: [1.163, 4.837], n: 4 },
      },
    ]);
    expect(findingsOf(map([0, 2, 0, 2, 0]), "experience_gap")).toEqual([]);
    const ofPersona = findingsOf(map([0, 2, 0, 2, 0], true), "gap_not_significant");
    expect(ofPersona.map((f) => [f.id, f.data.personaId])).toEqual([["gap_not_significant:tp-a/p-sam", "p-sam"]]);
    expect(findingsOf(map([0, 2, 0, 2, 0], true), "experience_gap")).toEqual([]);
  });

  it("leaves the gap to experience_gap when the interval excludes the expected emotion, or under 2 answers", () => {
    // Answers 2 ×5, 4 ×5: 3 ± 0.754 excludes 4.
    expect(findingsOf(map([0, 5, 0, 5, 0]), "gap_not_significant")).toEqual([]);
    expect(findingsOf(map([0, 5, 0, 5, 0]), "experience_gap").map((f) => f.id)).toEqual(["experience_gap:tp-a"]);
    expect(findingsOf(map([0, 0, 0, 1, 0]), "gap_not_significant")).toEqual([]);
    expect(findingsOf(map([0, 0, 0, 1, 0]), "experience_gap").map((f) => f.id)).toEqual(["experience_gap:tp-a"]);
    expect(findingsOf(map([0, 2, 0, 2, 0]), "gap_not_significant", { experienceGap: 2.5 })).toEqual([]);
  });
});
