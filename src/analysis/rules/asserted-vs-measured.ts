import type { Interval } from "../../measure/summarize-survey";
import { formatNumber, round } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { firstOfPersona } from "../first-of-persona";
import { defineRule } from "../rule-definition";
import { measuredEmotions } from "../survey-measurements";
import { SURVEY_SAMPLE_THRESHOLDS } from "./low-sample";

/** An `asserted_vs_measured` finding. */
export type AssertedVsMeasuredFinding = FindingOf<"asserted_vs_measured", { surveyId: string; personaId?: string; written: number; measured: number; ci: Interval; n: number }>;

/**
 * `asserted_vs_measured`: the emotion written in the map lies outside the 95% interval a
 * survey of that touchpoint (and persona) measured with at least `minN` (default 30)
 * answers: the map asserts what the data contradicts. Warning. Runs on maps with surveys.
 * Subjects: the touchpoint, then the persona for a persona's emotion.
 */
export const assertedVsMeasuredRule = defineRule({
  code: "asserted_vs_measured",
  thresholds: { minN: SURVEY_SAMPLE_THRESHOLDS.minN },
  requires: [],
  run(context, options): AssertedVsMeasuredFinding[] {
    const findings: AssertedVsMeasuredFinding[] = [];
    if ((context.map.surveys ?? []).length === 0) return findings;
    const measured = measuredEmotions(context);
    const judge = (touchpointId: string, personaId: string | undefined, written: number) => {
      const m = measured(touchpointId, personaId);
      const ci = m?.summary.emotionCi;
      if (m === undefined || ci == null || m.summary.n < options.minN || (written >= ci[0] && written <= ci[1])) return;
      const value = round(m.summary.emotion as number);
      const interval: Interval = [round(ci[0]), round(ci[1])];
      const whose = personaId === undefined ? "" : ` for ${context.name(personaId)}`;
      findings.push(
        makeFinding({
          code: "asserted_vs_measured",
          severity: "warning",
          subjectIds: personaId === undefined ? [touchpointId] : [touchpointId, personaId],
          message: `${context.name(touchpointId)}: the map says ${formatNumber(written)}${whose}, a survey of ${formatNumber(m.summary.n)} measured ${formatNumber(value)} (95% ${formatNumber(interval[0])}–${formatNumber(interval[1])})`,
          data: { surveyId: m.survey.id, ...(personaId === undefined ? {} : { personaId }), written, measured: value, ci: interval, n: m.summary.n },
        }),
      );
    };
    for (const touchpoint of context.journey) {
      if (touchpoint.emotion !== undefined) judge(touchpoint.id, undefined, touchpoint.emotion);
      touchpoint.personaEmotions.forEach((entry, i) => {
        if (firstOfPersona(touchpoint.personaEmotions, i)) judge(touchpoint.id, entry.personaId, entry.emotion);
      });
    }
    return findings;
  },
});
