import * as z from "zod";
import { ExtensionsSchema, IdSchema, TextSchema } from "./primitives";

/** A department or owner responsible for touchpoints and opportunities. */
export const TeamSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  extensions: ExtensionsSchema.optional(),
});

/** A department or owner. */
export type Team = z.output<typeof TeamSchema>;
