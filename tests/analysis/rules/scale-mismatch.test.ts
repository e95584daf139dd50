import { describe, expect, it } from "vitest";
import type { Scale } from "../../../src/model/scale";
import type { Survey } from "../../../src/model/survey";
import { emptyMap, findingsOf, tp } from "../fixtures";

const survey = (id: string, scaleId: string, points: number, fields: Partial<Survey> = {}) =>
  ({ id, scaleId, touchpointId: "tp-a", counts: Array.from({ length: points }, () => 1), ...fields }) as Survey;

const base = { ...emptyMap(1), touchpoints: [tp("tp-a", "s-1", { name: "Pay" })] };

describe("scale_mismatch", () => {
  it("reports one touchpoint surveyed on different scales", () => {
    const map = { ...base, surveys: [survey("sv-1", "csat-5", 5), survey("sv-2", "csat-7", 7), survey("sv-3", "csat-5", 5)] };
    expect(findingsOf(map, "scale_mismatch")).toEqual([
      {
        id: "scale_mismatch:tp-a",
        code: "scale_mismatch",
        severity: "warning",
        message: "Pay: surveys on 2 different scales (csat-5, csat-7) cannot be pooled or compared",
        subjectIds: ["tp-a"],
        data: { scaleIds: ["csat-5", "csat-7"], surveyIds: ["sv-1", "sv-2", "sv-3"] },
      },
    ]);
  });

  it("reports a map scale whose kind contradicts its range", () => {
    const scales = [{ id: "sc-agree", name: "Agreement", kind: "likert", min: 1, max: 4, labels: [] } as Scale];
    expect(findingsOf({ ...base, scales }, "scale_mismatch").map((f) => [f.id, f.message])).toEqual([
      ["scale_mismatch:sc-agree", "Agreement: a likert scale runs an odd number of points from 3 to 11, but this one runs from 1 to 4 (4 points)"],
    ]);
  });

  it("stays quiet for one scale per target, for persona splits and for scales that fit their kind", () => {
    const scales = [{ id: "sc-agree", name: "Agreement", kind: "likert", min: 1, max: 5, labels: [] } as Scale];
    const map = {
      ...base,
      personas: [{ id: "p-a", name: "A", goals: [], needs: [], frustrations: [], attributes: [] }],
      scales,
      surveys: [survey("sv-1", "csat-5", 5), survey("sv-2", "sc-agree", 5, { personaId: "p-a" })],
    };
    expect(findingsOf(map, "scale_mismatch")).toEqual([]);
  });
});
