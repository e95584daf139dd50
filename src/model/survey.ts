import * as z from "zod";
import { ExtensionsSchema, IdSchema, IsoDateSchema, list } from "./primitives";

type SurveyShape = { touchpointId?: string | undefined; stageId?: string | undefined; counts: number[] };

function checkSurvey(survey: SurveyShape, ctx: z.core.$RefinementCtx<SurveyShape>): void {
  if ((survey.touchpointId === undefined) === (survey.stageId === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: [survey.touchpointId === undefined ? "touchpointId" : "stageId"],
      message: "a survey is about exactly one touchpoint or one stage: give touchpointId or stageId, not both and not neither",
      input: survey,
    });
  }
}

/**
 * The answers to one question at one touchpoint or one stage, as a histogram: `counts`
 * holds one count per point of the scale `scaleId` (a map scale or a built-in one), from
 * `min` to `max` by `step`, so nothing is lost. Counts may be weighted (any non-negative
 * number); `effectiveN` then gives the effective sample size `(Σw)² / Σw²` (default: the
 * sum of the counts, as for unweighted answers). `personaId` names who answered, where
 * the answers are one persona's; `evidenceId` links the research entry.
 */
export const SurveySchema = z
  .strictObject({
    id: IdSchema,
    scaleId: IdSchema,
    touchpointId: IdSchema.optional(),
    stageId: IdSchema.optional(),
    personaId: IdSchema.optional(),
    evidenceId: IdSchema.optional(),
    question: z.string().optional(),
    counts: list(z.number().min(0)).describe("One count per scale point, from min to max by step."),
    effectiveN: z.number().positive().optional().describe("The effective sample size of weighted counts, (Σw)²/Σw²; default: the sum of the counts."),
    collectedAt: IsoDateSchema.optional(),
    extensions: ExtensionsSchema.optional(),
  })
  .superRefine(checkSurvey);

/** The histogram of answers to one question at one touchpoint or stage. */
export interface Survey extends z.output<typeof SurveySchema> {}
/** A survey as people write it. */
export type SurveyInput = z.input<typeof SurveySchema>;
