import * as z from "zod";
import { ExtensionsSchema, IdSchema, TextSchema } from "./primitives";

/** A custom row of the map such as "Backstage", "Systems" or "KPIs". */
export const LaneSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  description: z.string().optional(),
  extensions: ExtensionsSchema.optional(),
});

/** A custom row of the map. */
export interface Lane extends z.output<typeof LaneSchema> {}
