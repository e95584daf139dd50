import * as z from "zod";
import { ExtensionsSchema, IdSchema, list, ScoreSchema, ShareSchema, TextSchema } from "./primitives";

/** Where an opportunity stands. */
export const OPPORTUNITY_STATUSES = ["idea", "planned", "in-progress", "done", "dropped"] as const;

/** Something that could make the experience better, addressing pain points or touchpoints. */
export const OpportunitySchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  description: z.string().optional(),
  painPointIds: list(IdSchema),
  touchpointIds: list(IdSchema),
  impact: ScoreSchema.optional().describe("1 small … 5 large; absent when unknown (never assumed)."),
  effort: ScoreSchema.optional().describe("1 trivial … 5 very large; absent when unknown (never assumed)."),
  confidence: ShareSchema.optional().describe("How sure the team is, 0–1."),
  status: z.enum(OPPORTUNITY_STATUSES),
  ownerId: IdSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});

/** Something that could make the experience better. */
export interface Opportunity extends z.output<typeof OpportunitySchema> {}
