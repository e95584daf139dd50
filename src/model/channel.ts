import * as z from "zod";
import { ExtensionsSchema, IdSchema, TextSchema } from "./primitives";

/** The kinds of channel a touchpoint can happen in. */
export const CHANNEL_KINDS = ["digital", "physical", "human", "partner", "other"] as const;

/** A medium through which the customer meets the organisation (web, store, phone…). */
export const ChannelSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  kind: z.enum(CHANNEL_KINDS).optional(),
  extensions: ExtensionsSchema.optional(),
});

/** A medium through which the customer meets the organisation. */
export interface Channel extends z.output<typeof ChannelSchema> {}
