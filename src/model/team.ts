import * as z from "zod";
import { ExtensionsSchema, IdSchema, TextSchema } from "./primitives";

/** A department or owner responsible for touchpoints and opportunities. */
export const TeamSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  extensions: ExtensionsSchema.optional(),
});

/** A department or owner. */
export interface Team extends z.output<typeof TeamSchema> {}
