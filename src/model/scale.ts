import * as z from "zod";
import { ExtensionsSchema, IdSchema, list, TextSchema } from "./primitives";

/** What a rating scale measures; `"nps"` scales run from 0 to 10 by 1. */
export const SCALE_KINDS = ["csat", "ces", "nps", "likert", "emotion", "custom"] as const;

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

type ScaleShape = { min: number; max: number; step?: number | undefined; kind?: string | undefined; labels: string[]; topBoxFrom?: number | undefined; bottomBoxTo?: number | undefined };

function checkScale(scale: ScaleShape, ctx: z.core.$RefinementCtx<ScaleShape>): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message, input: scale });
  if (!(scale.max > scale.min)) {
    issue("max", `max must be greater than min (${scale.min}), got ${scale.max}`);
    return;
  }
  const count = scalePointCount(scale);
  if (count === undefined) {
    issue("step", `the step ${scale.step ?? 1} must divide max − min = ${scale.max - scale.min} into at most ${MAX_SCALE_POINTS - 1} steps`);
    return;
  }
  if (scale.labels.length > 0 && scale.labels.length !== count) issue("labels", `expected one label per point (${count}), got ${scale.labels.length}`);
  for (const key of ["topBoxFrom", "bottomBoxTo"] as const) {
    const value = scale[key];
    if (value !== undefined && !(value >= scale.min && value <= scale.max)) issue(key, `${key} must lie on the scale (${scale.min}…${scale.max}), got ${value}`);
  }
  if (scale.kind === "nps" && (scale.min !== 0 || scale.max !== 10 || count !== 11)) issue("kind", "an nps scale runs from 0 to 10 by 1");
}

/**
 * A rating scale beside the built-in ones: answers from `min` to `max` by `step`
 * (default 1), one label per point where given. `higherIsBetter` (default true) says which
 * end is good; `topBoxFrom` and `bottomBoxTo` are the first value of the top box and the
 * last value of the bottom box (defaults: see {@link resolveScaleBoxes}).
 */
export const ScaleSchema = z
  .strictObject({
    id: IdSchema,
    name: TextSchema,
    kind: z.enum(SCALE_KINDS).optional(),
    min: z.number(),
    max: z.number(),
    step: z.number().positive().optional(),
    labels: list(z.string()),
    higherIsBetter: z.boolean().optional(),
    topBoxFrom: z.number().optional(),
    bottomBoxTo: z.number().optional(),
    extensions: ExtensionsSchema.optional(),
  })
  .superRefine(checkScale);

/** A rating scale: the map's own or a built-in one. */
export interface Scale extends z.output<typeof ScaleSchema> {}
/** A rating scale as people write it (`labels` may be left out). */
export type ScaleInput = z.input<typeof ScaleSchema>;

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
