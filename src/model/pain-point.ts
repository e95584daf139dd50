import * as z from "zod";
import { ExtensionsSchema, IdSchema, list, ScoreSchema, ShareSchema, TextSchema } from "./primitives";

/** Something that hurts the customer, at one or more touchpoints or a whole stage. */
export const PainPointSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  description: z.string().optional(),
  touchpointIds: list(IdSchema),
  stageId: IdSchema.optional(),
  severity: ScoreSchema.optional().describe("1 minor … 5 severe; absent when unknown (never assumed)."),
  frequency: ShareSchema.optional().describe("Share of customers affected, 0–1."),
  evidenceIds: list(IdSchema),
  extensions: ExtensionsSchema.optional(),
});

/** Something that hurts the customer. */
export interface PainPoint extends z.output<typeof PainPointSchema> {}
