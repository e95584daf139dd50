import { formatNumber, round } from "../format";
import { type Finding, makeFinding } from "../finding";
import type { Rule } from "../options";
import { firstOfPersona } from "../first-of-persona";

/**
 * `experience_gap`: `expectedEmotion − emotion` at or above `experienceGap` (default 2),
 * for the main customer and for each persona in `personaEmotions` that has an expected
 * emotion. Critical from `criticalExperienceGap` (default 3), otherwise a warning.
 * Subjects: the touchpoint, then the persona for a persona's gap.
 */
export const experienceGapRule: Rule = (context, options) => {
  const findings: Finding[] = [];
  const judge = (gap: number) => (gap >= options.criticalExperienceGap ? "critical" : "warning");
  for (const touchpoint of context.journey) {
    const { emotion, expectedEmotion } = touchpoint;
    if (emotion !== undefined && expectedEmotion !== undefined) {
      const gap = round(expectedEmotion - emotion);
      if (gap >= options.experienceGap) {
        findings.push(
          makeFinding({
            code: "experience_gap",
            severity: judge(gap),
            subjectIds: [touchpoint.id],
            message: `${touchpoint.name}: customers expect ${formatNumber(expectedEmotion)} but feel ${formatNumber(emotion)} (gap ${formatNumber(gap)})`,
            data: { stageId: touchpoint.stageId, expectedEmotion, emotion, gap },
          }),
        );
      }
    }
    for (let i = 0; i < touchpoint.personaEmotions.length; i++) {
      const entry = touchpoint.personaEmotions[i];
      if (entry === undefined) continue;
      if (entry.expectedEmotion === undefined || !firstOfPersona(touchpoint.personaEmotions, i)) continue;
      const gap = round(entry.expectedEmotion - entry.emotion);
      if (gap < options.experienceGap) continue;
      const persona = context.name(entry.personaId);
      findings.push(
        makeFinding({
          code: "experience_gap",
          severity: judge(gap),
          subjectIds: [touchpoint.id, entry.personaId],
          message: `${touchpoint.name}: ${persona} expects ${formatNumber(entry.expectedEmotion)} but feels ${formatNumber(entry.emotion)} (gap ${formatNumber(gap)})`,
          data: { stageId: touchpoint.stageId, personaId: entry.personaId, expectedEmotion: entry.expectedEmotion, emotion: entry.emotion, gap },
        }),
      );
    }
  }
  return findings;
};
