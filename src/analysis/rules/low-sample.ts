import { formatNumber } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";
import { surveyMeasurements } from "../survey-measurements";

/** A `low_sample` finding. */
export type LowSampleFinding = FindingOf<"low_sample", { n: number; minN: number; scaleId: string }>;

/** The threshold shared by the survey rules that need enough answers. */
export const SURVEY_SAMPLE_THRESHOLDS = {
  /** `low_sample`, `asserted_vs_measured`: the fewest answers a survey needs to be trusted. @defaultValue `30` */
  minN: { defaultValue: 30, min: 1, max: 1_000_000_000 },
} as const;

/**
 * `low_sample`: a survey with answers, but fewer than `minN` (default 30) of them (the
 * effective n of weighted answers): its figures are wide guesses. Warning. Runs on maps with
 * surveys. Subjects: the survey, then its touchpoint or stage.
 */
export const lowSampleRule = defineRule({
  code: "low_sample",
  thresholds: SURVEY_SAMPLE_THRESHOLDS,
  requires: [],
  run(context, options): LowSampleFinding[] {
    const findings: LowSampleFinding[] = [];
    for (const { survey, summary } of surveyMeasurements(context)) {
      const target = survey.touchpointId ?? survey.stageId;
      if (target === undefined || !(summary.n > 0 && summary.n < options.minN)) continue;
      findings.push(
        makeFinding({
          code: "low_sample",
          severity: "warning",
          subjectIds: [survey.id, target],
          message: `${context.name(target)}: the survey ${survey.question === undefined ? JSON.stringify(survey.id) : JSON.stringify(survey.question)} has ${formatNumber(summary.n)} answers, fewer than ${formatNumber(options.minN)}`,
          data: { n: summary.n, minN: options.minN, scaleId: survey.scaleId },
        }),
      );
    }
    return findings;
  },
});
