import type { Scale } from "../model/scale";
import { resolveScaleBoxes, scalePoints } from "../model/scale-points";
import type { Survey } from "../model/survey";
import { type ScaleLike, resolveScale, toEmotion } from "./scales";
import { studentTQuantile, wilsonInterval, Z_95 } from "./survey-statistics";

/** A 95% interval: `[low, high]`. */
export type Interval = [low: number, high: number];

/**
 * What a survey's answers say, with 95% intervals. Every figure that cannot be computed is
 * `null`: all of them when nobody answered (`n` = 0); `sd`, `meanCi` and `emotionCi` when
 * `n` ≤ 1. When every answer is the same, `sd` is 0 and the mean's interval has no width
 * (the sample agrees; that is not certainty, which `n` and the `low_sample` rule qualify).
 */
export interface SurveySummary {
  /** The (effective) number of answers: the survey's `effectiveN`, else the sum of its counts. */
  n: number;
  /** The sum of the counts (equals `n` for unweighted answers). */
  weight: number;
  /** The mean answer, on the survey's scale. */
  mean: number | null;
  /** The sample standard deviation (n − 1 in the denominator, weighted: × n/(n−1) of the weighted variance). */
  sd: number | null;
  /** Student's t interval for the mean: mean ± t(0.975, n − 1)·sd/√n, kept within the scale. */
  meanCi: Interval | null;
  /** The share of answers at or above the scale's `topBoxFrom`. */
  topBox: number | null;
  /** Wilson's interval for `topBox` (z = 1.96). */
  topBoxCi: Interval | null;
  /** The share of answers at or below the scale's `bottomBoxTo`. */
  bottomBox: number | null;
  /** Wilson's interval for `bottomBox` (z = 1.96). */
  bottomBoxCi: Interval | null;
  /** NPS scales only: 100 × (share of 9–10 − share of 0–6), from −100 to 100. */
  nps?: number | null;
  /** NPS scales only: nps ± 1.96·√(100²·(p(1−p) + d(1−d) + 2pd)/n), kept within −100…100. */
  npsCi?: Interval | null;
  /** The mean as an emotion on the map's 1–5 scale ({@link toEmotion}). */
  emotion: number | null;
  /** `meanCi` as emotions, low to high (also for scales where lower is better). */
  emotionCi: Interval | null;
}

function isNpsScale(scale: Scale): boolean {
  return scale.kind === "nps" && scale.min === 0 && scale.max === 10 && (scale.step ?? 1) === 1;
}

/** The weighted share of answers whose value passes `test`. */
function share(points: readonly number[], counts: readonly number[], weight: number, test: (value: number) => boolean): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) if (test(points[i]!)) sum += counts[i]!;
  return sum / weight;
}

function checkCounts(survey: Survey, points: readonly number[]): void {
  const counts = survey?.counts;
  if (!Array.isArray(counts) || counts.length !== points.length || !counts.every((c) => typeof c === "number" && Number.isFinite(c) && c >= 0)) {
    throw new TypeError(`invalid survey: expected counts of ${points.length} non-negative numbers, one per point of the scale`);
  }
  if (survey.effectiveN !== undefined && !(survey.effectiveN > 0 && Number.isFinite(survey.effectiveN))) {
    throw new TypeError(`invalid survey: effectiveN must be a finite number above 0, got ${String(survey.effectiveN)}`);
  }
}

const EMPTY = { mean: null, sd: null, meanCi: null, topBox: null, topBoxCi: null, bottomBox: null, bottomBoxCi: null, emotion: null, emotionCi: null };

/**
 * Returns the summary of a survey's answers on its scale (a {@link Scale} or a built-in
 * id): `n`, mean, standard deviation and Student's t interval for the mean, top and bottom
 * box with Wilson intervals, NPS with its interval on NPS scales, and the mean and its
 * interval as emotions on 1–5 (see {@link SurveySummary}; figures that cannot be computed
 * are `null`). Weighted counts use the effective sample size. Throws a `TypeError` when
 * `counts` do not fit the scale and a `RangeError` for an unknown built-in scale id.
 *
 * @example
 * ```ts
 * import { summarizeSurvey } from "journeykit";
 *
 * const summary = summarizeSurvey({ id: "sv1", scaleId: "csat-5", touchpointId: "tp1", counts: [2, 3, 5, 20, 10] }, "csat-5");
 * summary.n; // 40
 * summary.mean; // 3.825
 * summary.topBox; // 0.75 (answers of 4 or 5)
 * summary.emotion; // 3.825 (CSAT 1–5 is the emotion scale's own range)
 * ```
 */
export function summarizeSurvey(survey: Survey, scale: ScaleLike): SurveySummary {
  const s = resolveScale(scale);
  const points = scalePoints(s);
  checkCounts(survey, points);
  const counts = survey.counts;
  const weight = counts.reduce((sum, c) => sum + c, 0);
  const nps = isNpsScale(s);
  if (weight === 0) return { n: 0, weight: 0, ...EMPTY, ...(nps ? { nps: null, npsCi: null } : {}) };
  const n = survey.effectiveN ?? weight;

  let mean = 0;
  for (let i = 0; i < points.length; i++) mean += (counts[i]! * points[i]!) / weight;
  mean = Math.min(s.max, Math.max(s.min, mean));
  let squares = 0;
  for (let i = 0; i < points.length; i++) squares += counts[i]! * (points[i]! - mean) ** 2;
  const sd = n > 1 ? Math.sqrt(((squares / weight) * n) / (n - 1)) : null;
  let meanCi: Interval | null = null;
  if (sd !== null) {
    const half = (studentTQuantile(0.975, n - 1) * sd) / Math.sqrt(n);
    meanCi = [Math.max(s.min, mean - half), Math.min(s.max, mean + half)];
  }

  const { topBoxFrom, bottomBoxTo } = resolveScaleBoxes(s);
  const eps = 1e-9 * (s.step ?? 1);
  const topBox = share(points, counts, weight, (v) => v >= topBoxFrom - eps);
  const bottomBox = share(points, counts, weight, (v) => v <= bottomBoxTo + eps);
  const emotionEnds = meanCi ? [toEmotion(meanCi[0], s), toEmotion(meanCi[1], s)].sort((a, b) => a - b) : null;
  const summary: SurveySummary = {
    n,
    weight,
    mean,
    sd,
    meanCi,
    topBox,
    topBoxCi: wilsonInterval(topBox, n),
    bottomBox,
    bottomBoxCi: wilsonInterval(bottomBox, n),
    emotion: toEmotion(mean, s),
    emotionCi: emotionEnds as Interval | null,
  };
  if (nps) {
    const p = share(points, counts, weight, (v) => v >= 9);
    const d = share(points, counts, weight, (v) => v <= 6);
    const score = 100 * (p - d);
    const half = Z_95 * Math.sqrt((100 ** 2 * (p * (1 - p) + d * (1 - d) + 2 * p * d)) / n);
    summary.nps = score;
    summary.npsCi = [Math.max(-100, score - half), Math.min(100, score + half)];
  }
  return summary;
}
