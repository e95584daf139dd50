import { describe, expect, it } from "vitest";
import { emptyMap, tp } from "../../support/map-builder";
import { findingsOf } from "../fixtures";

describe("experience_gap", () => {
  const map = {
    ...emptyMap(1),
    personas: [
      { id: "p-leo", name: "Leo", goals: [], needs: [], frustrations: [], attributes: [] },
      { id: "p-sam", name: "Sam", goals: [], needs: [], frustrations: [], attributes: [] },
    ],
    touchpoints: [
      tp("tp-upload", "s-1", { name: "Proof of address upload", emotion: 1, expectedEmotion: 4 }),
      tp("tp-form", "s-1", { name: "Form", emotion: 2, expectedEmotion: 4, personaEmotions: [{ personaId: "p-sam", emotion: 3, expectedEmotion: 5 }] }),
      tp("tp-ok", "s-1", { name: "Fine", emotion: 3, expectedEmotion: 4 }),
    ],
  };

  it("reports gaps at or above the threshold, critical from 3, per persona too", () => {
    expect(findingsOf(map, "experience_gap")).toEqual([
      {
        id: "experience_gap:tp-upload",
        code: "experience_gap",
        severity: "critical",
        message: "Proof of address upload: Leo expects 4 but feels 1 (gap 3)",
        subjectIds: ["tp-upload"],
        data: { stageId: "s-1", expectedEmotion: 4, emotion: 1, gap: 3 },
      },
      {
        id: "experience_gap:tp-form",
        code: "experience_gap",
        severity: "warning",
        message: "Form: Leo expects 4 but feels 2 (gap 2)",
        subjectIds: ["tp-form"],
        data: { stageId: "s-1", expectedEmotion: 4, emotion: 2, gap: 2 },
      },
      {
        id: "experience_gap:tp-form/p-sam",
        code: "experience_gap",
        severity: "warning",
        message: "Form: Sam expects 5 but feels 3 (gap 2)",
        subjectIds: ["tp-form", "p-sam"],
        data: { stageId: "s-1", personaId: "p-sam", expectedEmotion: 5, emotion: 3, gap: 2 },
      },
    ]);
  });

  it("names the first persona, whose experience the touchpoints' own emotions are, or customers in a map without personas", () => {
    const anonymous = { ...map, personas: [], touchpoints: map.touchpoints.map((t) => ({ ...t, personaEmotions: [] })) };
    const messages = (m: typeof map) => findingsOf(m, "experience_gap").map((f) => f.message);
    expect(messages(anonymous)).toEqual(["Proof of address upload: customers expect 4 but feel 1 (gap 3)", "Form: customers expect 4 but feel 2 (gap 2)"]);
    expect(messages(map).slice(0, 2)).toEqual(["Proof of address upload: Leo expects 4 but feels 1 (gap 3)", "Form: Leo expects 4 but feels 2 (gap 2)"]);
    // The ids stay those of the touchpoint alone, as before the first persona was named.
    expect(findingsOf(anonymous, "experience_gap").map((f) => f.id)).toEqual(["experience_gap:tp-upload", "experience_gap:tp-form"]);
  });

  it("follows the thresholds in options", () => {
    const ids = findingsOf(map, "experience_gap", { experienceGap: 1, criticalExperienceGap: 2 }).map((f) => [f.id, f.severity]);
    expect(ids).toEqual([
      ["experience_gap:tp-upload", "critical"],
      ["experience_gap:tp-form", "critical"],
      ["experience_gap:tp-form/p-sam", "critical"],
      ["experience_gap:tp-ok", "warning"],
    ]);
  });

  it("finds nothing when experience meets expectation or an emotion is missing", () => {
    const quiet = { ...emptyMap(1), touchpoints: [tp("tp-a", "s-1", { emotion: 4, expectedEmotion: 5 }), tp("tp-b", "s-1", { expectedEmotion: 5 })] };
    expect(findingsOf(quiet, "experience_gap")).toEqual([]);
  });
});
