import * as z from "zod";
import { ExtensionsSchema, TextSchema } from "./primitives";

/** The kinds of metric a stage or touchpoint can carry. */
export const METRIC_KINDS = ["csat", "nps", "ces", "conversion", "count", "duration", "custom"] as const;

/**
 * A measurement at a stage or touchpoint, with an optional target.
 * `higherIsBetter` defaults to `true` when left out (set it to `false` for durations or
 * effort scores).
 */
export const MetricSchema = z.strictObject({
  name: TextSchema,
  kind: z.enum(METRIC_KINDS).optional(),
  value: z.number(),
  target: z.number().optional(),
  unit: z.string().optional(),
  higherIsBetter: z.boolean().optional(),
  extensions: ExtensionsSchema.optional(),
});

/** A measurement at a stage or touchpoint. */
export interface Metric extends z.output<typeof MetricSchema> {}
