import * as z from "zod";
import { MetricSchema } from "./metric";
import { ExtensionsSchema, IdSchema, list, TextSchema } from "./primitives";

/** A phase of the journey (awareness, consideration, …); stages are the map's columns. */
export const StageSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  description: z.string().optional(),
  goal: z.string().optional(),
  goalIds: list(IdSchema),
  metrics: list(MetricSchema),
  extensions: ExtensionsSchema.optional(),
});

/** A phase of the journey. */
export interface Stage extends z.output<typeof StageSchema> {}
