import * as z from "zod";
import { ExtensionsSchema, IdSchema, list, TextSchema } from "./primitives";
import { MAX_SCALE_POINTS, scalePointCount } from "./scale-points";

export { MAX_SCALE_POINTS, resolveScaleBoxes, scalePointCount, scalePoints } from "./scale-points";

/** What a rating scale measures; `"nps"` scales run from 0 to 10 by 1. */
export const SCALE_KINDS = ["csat", "ces", "nps", "likert", "emotion", "custom"] as const;

type ScaleShape = {
  min: number;
  max: number;
  step?: number | undefined;
  kind?: string | undefined;
  labels: string[];
  topBoxFrom?: number | undefined;
  bottomBoxTo?: number | undefined;
};

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
