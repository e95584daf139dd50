import { formatNumber, round } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { firstOfPersona } from "../first-of-persona";
import { mainCustomer } from "../main-customer";
import { defineRule } from "../rule-definition";
import { insideMeasured, measuredEmotions } from "../survey-measurements";

/** An `experience_gap` finding; `personaId` is set for a persona's own gap in `personaEmotions`. */
export type ExperienceGapFinding = FindingOf<"experience_gap", { stageId: string; personaId?: string; expectedEmotion: number; emotion: number; gap: number }>;

/** The threshold `experience_gap` shares with `gap_not_significant`. */
export const EXPERIENCE_GAP_THRESHOLDS = {
  /** `experience_gap`, `gap_not_significant`: the smallest `expectedEmotion − emotion` reported. @defaultValue `2` */
  experienceGap: { defaultValue: 2, min: 0.01, max: 4 },
} as const;

/**
 * `experience_gap`: `expectedEmotion − emotion` at or above `experienceGap` (default 2),
 * for the main customer (the map's first persona) and for each persona in
 * `personaEmotions` that has an expected emotion. Critical from `criticalExperienceGap`
 * (default 3), otherwise a warning. Where a survey of that touchpoint (and persona)
 * with at least 2 answers measured an interval that holds the expected emotion, the gap is
 * not significant: `gap_not_significant` reports it instead, and this rule does not.
 * Subjects: the touchpoint, then the persona for a persona's gap.
 */
export const experienceGapRule = defineRule({
  code: "experience_gap",
  thresholds: {
    experienceGap: EXPERIENCE_GAP_THRESHOLDS.experienceGap,
    /** `experience_gap`: a gap at or above this is critical. @defaultValue `3` */
    criticalExperienceGap: { defaultValue: 3, min: 0.01, max: 4 },
  },
  requires: [],
  run(context, options): ExperienceGapFinding[] {
    const findings: ExperienceGapFinding[] = [];
    const judge = (gap: number) => (gap >= options.criticalExperienceGap ? "critical" : "warning");
    const who = mainCustomer(context);
    const measured = measuredEmotions(context);
    for (const touchpoint of context.journey) {
      const { emotion, expectedEmotion } = touchpoint;
      if (emotion !== undefined && expectedEmotion !== undefined && !insideMeasured(measured(touchpoint.id, undefined), expectedEmotion)) {
        const gap = round(expectedEmotion - emotion);
        if (gap >= options.experienceGap) {
          findings.push(
            makeFinding({
              code: "experience_gap",
              severity: judge(gap),
              subjectIds: [touchpoint.id],
              message: `${touchpoint.name}: ${who.name} expect${who.s} ${formatNumber(expectedEmotion)} but feel${who.s} ${formatNumber(emotion)} (gap ${formatNumber(gap)})`,
              data: { stageId: touchpoint.stageId, expectedEmotion, emotion, gap },
            }),
          );
        }
      }
      const entries = touchpoint.personaEmotions;
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i] as (typeof entries)[number];
        if (entry.expectedEmotion === undefined || !firstOfPersona(entries, i)) continue;
        if (insideMeasured(measured(touchpoint.id, entry.personaId), entry.expectedEmotion)) continue;
        const gap = round(entry.expectedEmotion - entry.emotion);
        if (gap < options.experienceGap) continue;
        const { personaId, expectedEmotion: expected, emotion: felt } = entry;
        findings.push(
          makeFinding({
            code: "experience_gap",
            severity: judge(gap),
            subjectIds: [touchpoint.id, personaId],
            message: `${touchpoint.name}: ${context.name(personaId)} expects ${formatNumber(expected)} but feels ${formatNumber(felt)} (gap ${formatNumber(gap)})`,
            data: { stageId: touchpoint.stageId, personaId, expectedEmotion: expected, emotion: felt, gap },
          }),
        );
      }
    }
    return findings;
  },
});
