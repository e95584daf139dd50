import { BUILT_IN_SCALE_IDS, BUILT_IN_SCALES, isBuiltInScaleId } from "../model/built-in-scales";
import type { Scale } from "../model/scale";
import { scalePointCount } from "../model/scale-points";
import { suggestNearest } from "../validate/suggest";

/** A scale, or the id of a built-in one (`"csat-7"`, `"nps"`, …). */
export type ScaleLike = Scale | string;

/** The lowest, neutral and highest emotion on the map's scale. */
const EMOTION_MIN = 1;
const EMOTION_MAX = 5;

/**
 * Returns the scale itself, or the built-in scale with that id; throws a `RangeError` for
 * an unknown id (naming the nearest built-in one) and a `TypeError` for a scale whose
 * bounds are not numbers with `max > min`.
 */
export function resolveScale(scale: ScaleLike, name = "scale"): Scale {
  if (typeof scale === "string") {
    if (isBuiltInScaleId(scale)) return BUILT_IN_SCALES[scale];
    const suggestion = suggestNearest(scale, BUILT_IN_SCALE_IDS);
    throw new RangeError(`invalid ${name}: ${JSON.stringify(scale)}${suggestion ? `; did you mean "${suggestion}"?` : ""}`);
  }
  if (typeof scale !== "object" || scale === null || scalePointCount(scale) === undefined) {
    throw new TypeError(`invalid ${name}: expected a scale with numbers min < max and a step that divides the range`);
  }
  return scale;
}

function checkValue(value: number, low: number, high: number, name: string, where: string): void {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new TypeError(`invalid ${name}: expected a finite number, got ${String(value)}`);
  if (value < low || value > high) throw new RangeError(`invalid ${name}: ${value} lies outside ${where} (${low}…${high})`);
}

/**
 * Snaps `value` onto the scale point within a few rounding errors of it, so that points
 * survive the round trip through the emotion scale exactly; other values pass unchanged.
 */
function snapToPoint(value: number, scale: Scale): number {
  const step = scale.step ?? 1;
  const k = Math.round((value - scale.min) / step);
  const point = k === Math.round((scale.max - scale.min) / step) ? scale.max : scale.min + k * step;
  return Math.abs(value - point) <= 1e-12 * (scale.max - scale.min) ? point : value;
}

/**
 * Returns the value of a scale as an emotion on the map's 1–5 scale: linear, `min` → 1 and
 * `max` → 5, reversed when `higherIsBetter` is false; throws a `RangeError` for a value
 * outside the scale (or an unknown built-in id) and a `TypeError` for a value that is not
 * a finite number. {@link fromEmotion} is its inverse.
 *
 * @example
 * ```ts
 * import { toEmotion } from "journeykit";
 *
 * toEmotion(7, "csat-7"); // 5
 * toEmotion(4, "csat-7"); // 3
 * toEmotion(0, "smaply"); // 3
 * ```
 */
export function toEmotion(value: number, scale: ScaleLike): number {
  const s = resolveScale(scale);
  checkValue(value, s.min, s.max, "value", `the scale ${JSON.stringify(s.id)}`);
  const share = (value - s.min) / (s.max - s.min);
  const emotion = s.higherIsBetter === false ? EMOTION_MAX - 4 * share : EMOTION_MIN + 4 * share;
  return Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, emotion));
}

/**
 * Returns the value of the scale that an emotion on the map's 1–5 scale stands for: the
 * inverse of {@link toEmotion} (scale points come back exactly); throws a `RangeError` for
 * an emotion outside 1–5 (or an unknown built-in id) and a `TypeError` for one that is not
 * a finite number.
 *
 * @example
 * ```ts
 * import { fromEmotion } from "journeykit";
 *
 * fromEmotion(5, "nps"); // 10
 * fromEmotion(3, "csat-7"); // 4
 * fromEmotion(toEmotion(2, "csat-7"), "csat-7"); // 2
 * ```
 */
export function fromEmotion(emotion: number, scale: ScaleLike): number {
  const s = resolveScale(scale);
  checkValue(emotion, EMOTION_MIN, EMOTION_MAX, "emotion", "the emotion scale");
  const share = s.higherIsBetter === false ? (EMOTION_MAX - emotion) / 4 : (emotion - EMOTION_MIN) / 4;
  const value = s.min + share * (s.max - s.min);
  return snapToPoint(Math.min(s.max, Math.max(s.min, value)), s);
}
