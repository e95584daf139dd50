import type { Scale } from "./scale";

const SATISFACTION_5 = ["Extremely dissatisfied", "Somewhat dissatisfied", "Neither satisfied nor dissatisfied", "Somewhat satisfied", "Extremely satisfied"];
const SATISFACTION_7 = [
  "Extremely dissatisfied",
  "Moderately dissatisfied",
  "Slightly dissatisfied",
  "Neither satisfied nor dissatisfied",
  "Slightly satisfied",
  "Moderately satisfied",
  "Extremely satisfied",
];
const AGREEMENT_5 = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"];
const AGREEMENT_7 = ["Strongly disagree", "Disagree", "Somewhat disagree", "Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree"];
const EMOTION_5 = ["Very negative", "Negative", "Neutral", "Positive", "Very positive"];

/** The ids of the built-in rating scales. */
export const BUILT_IN_SCALE_IDS = ["csat-5", "csat-7", "ces-5", "ces-7", "nps", "likert-5", "likert-7", "emotion-5", "smaply"] as const;

/** The id of a built-in rating scale. */
export type BuiltInScaleId = (typeof BUILT_IN_SCALE_IDS)[number];

const scale = (id: BuiltInScaleId, name: string, kind: Scale["kind"], min: number, max: number, labels: string[], topBoxFrom: number, bottomBoxTo: number): Scale =>
  Object.freeze({ id, name, kind, min, max, labels: Object.freeze(labels) as string[], topBoxFrom, bottomBoxTo });

/**
 * The built-in rating scales by id, which surveys may name as `scaleId` without declaring
 * them in the map: CSAT 1–5 and 1–7, CES 1–5 and 1–7 (agreement with "the company made it
 * easy", so higher is better), NPS 0–10 (top box = promoters 9–10, bottom box =
 * detractors 0–6), Likert 1–5 and 1–7, the map's own emotion 1–5, and Smaply's −2…2. A
 * map's own scales may not reuse these ids. Frozen.
 *
 * @example
 * ```ts
 * import { BUILT_IN_SCALES } from "journeykit";
 *
 * BUILT_IN_SCALES["csat-7"].topBoxFrom; // 6
 * Object.keys(BUILT_IN_SCALES); // ["csat-5", "csat-7", "ces-5", …]
 * ```
 */
export const BUILT_IN_SCALES: Readonly<Record<BuiltInScaleId, Scale>> = Object.freeze({
  "csat-5": scale("csat-5", "CSAT (1–5)", "csat", 1, 5, SATISFACTION_5, 4, 2),
  "csat-7": scale("csat-7", "CSAT (1–7)", "csat", 1, 7, SATISFACTION_7, 6, 2),
  "ces-5": scale("ces-5", "Customer effort (1–5)", "ces", 1, 5, AGREEMENT_5, 4, 2),
  "ces-7": scale("ces-7", "Customer effort (1–7)", "ces", 1, 7, AGREEMENT_7, 5, 3),
  nps: scale("nps", "Likelihood to recommend (0–10)", "nps", 0, 10, [], 9, 6),
  "likert-5": scale("likert-5", "Agreement (1–5)", "likert", 1, 5, AGREEMENT_5, 4, 2),
  "likert-7": scale("likert-7", "Agreement (1–7)", "likert", 1, 7, AGREEMENT_7, 6, 2),
  "emotion-5": scale("emotion-5", "Emotion (1–5)", "emotion", 1, 5, EMOTION_5, 4, 2),
  smaply: scale("smaply", "Emotion (−2…2)", "emotion", -2, 2, EMOTION_5, 1, -1),
});

/** Whether `id` names a built-in scale. */
export function isBuiltInScaleId(id: string): id is BuiltInScaleId {
  return Object.hasOwn(BUILT_IN_SCALES, id);
}

/**
 * Returns the scale a survey's `scaleId` names: one of the map's `scales`, else a built-in
 * one; `undefined` when neither has the id.
 *
 * @example
 * ```ts
 * import { findScale } from "journeykit";
 *
 * findScale({ scales: [] }, "nps")?.max; // 10
 * ```
 */
export function findScale(map: { scales?: readonly Scale[] | undefined }, scaleId: string): Scale | undefined {
  const own = map.scales?.find((s) => s.id === scaleId);
  return own ?? (isBuiltInScaleId(scaleId) ? BUILT_IN_SCALES[scaleId] : undefined);
}
