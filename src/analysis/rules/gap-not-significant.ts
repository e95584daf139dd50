import type { Interval } from "../../measure/summarize-survey";
import { formatNumber, round } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { firstOfPersona } from "../first-of-persona";
import { mainCustomer } from "../main-customer";
import { defineRule } from "../rule-definition";
import { insideMeasured, measuredEmotions } from "../survey-measurements";
import { EXPERIENCE_GAP_THRESHOLDS } from "./experience-gap";

/** A `gap_not_significant` finding. */
export type GapNotSignificantFinding = FindingOf<
  "gap_not_significant",
  { surveyId: string; personaId?: string; expectedEmotion: number; emotion: number; gap: number; measured: number; ci: Interval; n: number }
>;

/**
 * `gap_not_significant`: a gap of at least `experienceGap` (default 2) between the expected
 * and the written emotion that a survey does not support: the survey of that touchpoint
 * (and persona) with the most answers, at least 2, measured a 95% interval of the emotion
 * that holds the expected emotion. Info; `experience_gap` then leaves the touchpoint out.
 * Runs on maps with surveys. Subjects: the touchpoint, then the persona for a persona's gap.
 */
export const gapNotSignificantRule = defineRule({
  code: "gap_not_significant",
  thresholds: EXPERIENCE_GAP_THRESHOLDS,
  requires: [],
  run(context, options): GapNotSignificantFinding[] {
    const findings: GapNotSignificantFinding[] = [];
    if ((context.map.surveys ?? []).length === 0) return findings;
    const measured = measuredEmotions(context);
    const judge = (touchpointId: string, personaId: string | undefined, expected: number, felt: number, who: { name: string; s: string }) => {
      const gap = round(expected - felt);
      const m = measured(touchpointId, personaId);
      if (gap < options.experienceGap || m === undefined || !insideMeasured(m, expected)) return;
      const ci = m.summary.emotionCi as Interval;
      const emotion = round(m.summary.emotion as number);
      const interval: Interval = [round(ci[0]), round(ci[1])];
      findings.push(
        makeFinding({
          code: "gap_not_significant",
          severity: "info",
          subjectIds: personaId === undefined ? [touchpointId] : [touchpointId, personaId],
          message: `${context.name(touchpointId)}: the map says ${who.name} expect${who.s} ${formatNumber(expected)} but feel${who.s} ${formatNumber(felt)}, yet a survey of ${formatNumber(m.summary.n)} measured ${formatNumber(emotion)} (95% ${formatNumber(interval[0])}–${formatNumber(interval[1])}), which holds the expected ${formatNumber(expected)}: the gap is not significant`,
          data: {
            surveyId: m.survey.id,
            ...(personaId === undefined ? {} : { personaId }),
            expectedEmotion: expected,
            emotion: felt,
            gap,
            measured: emotion,
            ci: interval,
            n: m.summary.n,
          },
        }),
      );
    };
    const who = mainCustomer(context);
    for (const touchpoint of context.journey) {
      if (touchpoint.emotion !== undefined && touchpoint.expectedEmotion !== undefined) judge(touchpoint.id, undefined, touchpoint.expectedEmotion, touchpoint.emotion, who);
      touchpoint.personaEmotions.forEach((entry, i) => {
        if (entry.expectedEmotion === undefined || !firstOfPersona(touchpoint.personaEmotions, i)) return;
        judge(touchpoint.id, entry.personaId, entry.expectedEmotion, entry.emotion, { name: context.name(entry.personaId), s: "s" });
      });
    }
    return findings;
  },
});
