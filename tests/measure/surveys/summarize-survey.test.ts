import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarizeSurvey } from "../../../src/measure/summarize-survey";
import { BUILT_IN_SCALE_IDS, BUILT_IN_SCALES } from "../../../src/model/built-in-scales";
import { resolveScaleBoxes, scalePoints } from "../../../src/model/scale";
import type { Survey } from "../../../src/model/survey";
import { closeTo, referenceSummary } from "./reference";

const survey = (scaleId: string, counts: number[], extra: Partial<Survey> = {}): Survey => ({ id: "sv", scaleId, touchpointId: "tp", counts, ...extra });

/** The histogram of raw answers on a scale. */
function histogram(answers: readonly number[], scaleId: keyof typeof BUILT_IN_SCALES): number[] {
  const points = scalePoints(BUILT_IN_SCALES[scaleId]);
  return points.map((p) => answers.filter((a) => a === p).length);
}

/** A built-in scale and between 1 and 120 answers on it. */
const answersArb = fc.constantFrom(...BUILT_IN_SCALE_IDS).chain((id) => {
  const points = scalePoints(BUILT_IN_SCALES[id]);
  return fc.record({ id: fc.constant(id), answers: fc.array(fc.constantFrom(...points), { minLength: 1, maxLength: 120 }) });
});

function reference(id: keyof typeof BUILT_IN_SCALES, answers: number[]) {
  const scale = BUILT_IN_SCALES[id];
  return referenceSummary(answers, { min: scale.min, max: scale.max, ...resolveScaleBoxes(scale), nps: id === "nps" });
}

describe("summarizeSurvey", () => {
  it("equals a reference computed from the raw answers, to 1e-9", () => {
    fc.assert(
      fc.property(answersArb, ({ id, answers }) => {
        const summary = summarizeSurvey(survey(id, histogram(answers, id)), id);
        expect(closeTo(summary, reference(id, answers), 1e-9)).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });

  it("summarises pooled histograms as the concatenated answers", () => {
    fc.assert(
      fc.property(answersArb, fc.array(fc.nat(), { maxLength: 60 }), ({ id, answers }, more) => {
        const points = scalePoints(BUILT_IN_SCALES[id]);
        const others = more.map((i) => points[i % points.length]!);
        const a = histogram(answers, id);
        const b = histogram(others, id);
        const pooled = summarizeSurvey(
          survey(
            id,
            a.map((c, i) => c + b[i]!),
          ),
          id,
        );
        expect(closeTo(pooled, reference(id, [...answers, ...others]), 1e-9)).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it("does not depend on the order of the answers", () => {
    fc.assert(
      fc.property(answersArb, fc.array(fc.nat()), ({ id, answers }, keys) => {
        const shuffled = answers
          .map((a, i) => [keys[i % Math.max(1, keys.length)] ?? 0, i, a] as const)
          .sort((x, y) => x[0] - y[0] || y[1] - x[1])
          .map((x) => x[2]);
        expect(summarizeSurvey(survey(id, histogram(shuffled, id)), id)).toEqual(summarizeSurvey(survey(id, histogram(answers, id)), id));
        expect(closeTo(reference(id, shuffled), reference(id, answers), 1e-12)).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it("gives intervals that contain their estimate and shrink as the same answers grow in number", () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 2, max: 20 }), ({ id, answers }, k) => {
        const counts = histogram(answers, id);
        const small = summarizeSurvey(survey(id, counts), id);
        const large = summarizeSurvey(
          survey(
            id,
            counts.map((c) => c * k),
          ),
          id,
        );
        for (const s of [small, large]) {
          if (s.meanCi) expect(s.meanCi[0] <= s.mean! && s.mean! <= s.meanCi[1]).toBe(true);
          if (s.emotionCi) expect(s.emotionCi[0] <= s.emotion! && s.emotion! <= s.emotionCi[1]).toBe(true);
          expect(s.topBoxCi![0] <= s.topBox! && s.topBox! <= s.topBoxCi![1]).toBe(true);
          expect(s.bottomBoxCi![0] <= s.bottomBox! && s.bottomBox! <= s.bottomBoxCi![1]).toBe(true);
          if (s.npsCi) expect(s.npsCi[0] <= s.nps! && s.nps! <= s.npsCi[1]).toBe(true);
        }
        const width = (i: [number, number] | null | undefined) => (i ? i[1] - i[0] : Number.POSITIVE_INFINITY);
        expect(width(large.meanCi)).toBeLessThanOrEqual(width(small.meanCi) + 1e-12);
        expect(width(large.topBoxCi)).toBeLessThan(width(small.topBoxCi));
        expect(width(large.bottomBoxCi)).toBeLessThan(width(small.bottomBoxCi));
        if (id === "nps") expect(width(large.npsCi)).toBeLessThanOrEqual(width(small.npsCi) + 1e-12);
      }),
      { numRuns: 100 },
    );
  });

  it("weighs answers by their effective sample size (Σw)²/Σw²", () => {
    fc.assert(
      fc.property(answersArb, fc.double({ min: 0.01, max: 1000, noNaN: true }), ({ id, answers }, w) => {
        // The same answers, each weighted w: the counts scale, the effective n does not.
        const counts = histogram(answers, id);
        const weighted = summarizeSurvey(
          survey(
            id,
            counts.map((c) => c * w),
            { effectiveN: answers.length },
          ),
          id,
        );
        const plain = summarizeSurvey(survey(id, counts), id);
        expect(closeTo({ ...weighted, weight: 0 }, { ...plain, weight: 0 }, 1e-9)).toBeUndefined();
        expect(weighted.weight).toBeCloseTo(answers.length * w, 6);
      }),
      { numRuns: 100 },
    );
    // Two answers of 1 with weight 3 and one answer of 5 with weight 1: Σw = 7, Σw² = 19.
    const s = summarizeSurvey(survey("csat-5", [6, 0, 0, 0, 1], { effectiveN: 49 / 19 }), "csat-5");
    expect(s.n).toBeCloseTo(2.5789, 4);
    expect(s.mean).toBeCloseTo(11 / 7, 12);
  });

  it("gives an NPS and its interval by DESIGN.md's formula (worked example)", () => {
    // 100 answers: 50 promoters (9–10), 30 passives (7–8), 20 detractors (0–6).
    // NPS = 100 × (0.50 − 0.20) = 30; variance term 0.5·0.5 + 0.2·0.8 + 2·0.5·0.2 = 0.61;
    // margin = 1.96 × √(100² × 0.61 / 100) = 1.96 × 7.8102 = 15.308 → [14.692, 45.308].
    // Reichheld (2003), "The one number you need to grow", HBR, defines the score; the
    // interval is the normal one for a difference of two multinomial shares.
    const s = summarizeSurvey(survey("nps", [5, 0, 5, 5, 0, 5, 0, 15, 15, 20, 30]), "nps");
    expect(s.nps).toBeCloseTo(30, 12);
    expect(s.npsCi![0]).toBeCloseTo(14.692, 3);
    expect(s.npsCi![1]).toBeCloseTo(45.308, 3);
    expect(s.topBox).toBe(0.5);
    expect(s.bottomBox).toBe(0.2);
    expect(summarizeSurvey(survey("csat-5", [1, 1, 1, 1, 1]), "csat-5")).not.toHaveProperty("nps");
  });

  it("gives nulls when nobody answered, and no interval for the mean of one answer", () => {
    const empty = summarizeSurvey(survey("nps", new Array(11).fill(0)), "nps");
    expect(empty).toEqual({
      n: 0,
      weight: 0,
      mean: null,
      sd: null,
      meanCi: null,
      topBox: null,
      topBoxCi: null,
      bottomBox: null,
      bottomBoxCi: null,
      nps: null,
      npsCi: null,
      emotion: null,
      emotionCi: null,
    });
    const one = summarizeSurvey(survey("csat-7", [0, 0, 0, 0, 0, 1, 0]), "csat-7");
    expect([one.n, one.mean, one.sd, one.meanCi, one.emotionCi, one.topBox]).toEqual([1, 6, null, null, null, 1]);
  });

  it("gives a zero-width interval for the mean when every answer is the same", () => {
    const s = summarizeSurvey(survey("csat-5", [0, 0, 12, 0, 0]), "csat-5");
    expect([s.sd, s.meanCi, s.emotion, s.emotionCi]).toEqual([0, [3, 3], 3, [3, 3]]);
  });

  it("reverses the emotion where lower is better, keeping the interval low to high", () => {
    const scale = { id: "effort", name: "Effort", min: 1, max: 5, labels: [], higherIsBetter: false };
    const s = summarizeSurvey(survey("effort", [10, 5, 0, 0, 1]), scale);
    expect(s.emotion).toBeCloseTo(5 - (s.mean! - 1), 12);
    expect(s.emotionCi![0]).toBeLessThan(s.emotionCi![1]);
  });

  it("refuses counts that do not fit the scale", () => {
    expect(() => summarizeSurvey(survey("csat-5", [1, 2, 3]), "csat-5")).toThrow(TypeError);
    expect(() => summarizeSurvey(survey("csat-5", [1, 2, 3, -1, 0]), "csat-5")).toThrow(TypeError);
  });
});
