/*
 * The arithmetic of rating scales — their points and boxes — apart from the scale's zod
 * schema, so that drawing a survey never pulls the schema library into a page's bundle.
 */

/** The most points a scale may have (a 0–100 slider by 1 has 101). */
export const MAX_SCALE_POINTS = 1001;

/** Room for the rounding of `(max − min) / step`, relative to one step. */
const STEP_TOLERANCE = 1e-9;

/**
 * Returns the number of points of a scale from `min` to `max` by `step` (default 1), or
 * `undefined` when the step does not divide the range or the scale is not increasing.
 */
export function scalePointCount(scale: { min: number; max: number; step?: number | undefined }): number | undefined {
  const step = scale.step ?? 1;
  if (!(scale.max > scale.min) || !(step > 0)) return undefined;
  const steps = (scale.max - scale.min) / step;
  const whole = Math.round(steps);
  if (Math.abs(steps - whole) > STEP_TOLERANCE * Math.max(1, whole) || whole + 1 > MAX_SCALE_POINTS) return undefined;
  return whole + 1;
}

/**
 * Returns the values of a scale's points, `min` to `max` by `step`, or an empty list for a
 * scale whose step does not divide its range. The last point is `max` itself.
 *
 * @example
 * ```ts
 * import { scalePoints } from "journeykit";
 *
 * scalePoints({ min: -2, max: 2 }); // [-2, -1, 0, 1, 2]
 * ```
 */
export function scalePoints(scale: { min: number; max: number; step?: number | undefined }): number[] {
  const count = scalePointCount(scale);
  if (count === undefined) return [];
  const step = scale.step ?? 1;
  const points: number[] = [];
  for (let i = 0; i < count - 1; i++) points.push(scale.min + i * step);
  points.push(scale.max);
  return points;
}

/**
 * Returns the top and bottom boxes of a scale: its own `topBoxFrom`/`bottomBoxTo` where
 * given; otherwise the top two points (the top one on scales of three points or fewer),
 * and the bottom box mirrors the top box. Never fails for a valid scale.
 *
 * @example
 * ```ts
 * import { resolveScaleBoxes } from "journeykit";
 *
 * resolveScaleBoxes({ min: 1, max: 7 }); // { topBoxFrom: 6, bottomBoxTo: 2 }
 * ```
 */
export function resolveScaleBoxes(scale: { min: number; max: number; step?: number | undefined; topBoxFrom?: number | undefined; bottomBoxTo?: number | undefined }): {
  topBoxFrom: number;
  bottomBoxTo: number;
} {
  const step = scale.step ?? 1;
  const count = scalePointCount(scale) ?? 0;
  const topBoxFrom = scale.topBoxFrom ?? (count >= 4 ? scale.max - step : scale.max);
  const bottomBoxTo = scale.bottomBoxTo ?? scale.min + (scale.max - topBoxFrom);
  return { topBoxFrom, bottomBoxTo };
}
