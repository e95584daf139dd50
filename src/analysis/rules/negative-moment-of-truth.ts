import { formatNumber } from "../format";
import { type Finding, makeFinding } from "../finding";
import type { Rule } from "../options";
import { firstOfPersona } from "../first-of-persona";

/**
 * `negative_moment_of_truth` (always critical: a moment of truth is where customers decide
 * to stay or leave): a touchpoint marked `momentOfTruth` where the emotion is at or below
 * `negativeEmotion` (default 2), for the main customer and for each persona in
 * `personaEmotions`. Subjects: the touchpoint, then the persona for a persona's emotion.
 */
export const negativeMomentOfTruthRule: Rule = (context, options) => {
  const findings: Finding[] = [];
  const limit = options.negativeEmotion;
  for (const touchpoint of context.journey) {
    if (touchpoint.momentOfTruth !== true) continue;
    if (touchpoint.emotion !== undefined && touchpoint.emotion <= limit) {
      findings.push(
        makeFinding({
          code: "negative_moment_of_truth",
          severity: "critical",
          subjectIds: [touchpoint.id],
          message: `${touchpoint.name}: a moment of truth where customers feel ${formatNumber(touchpoint.emotion)} (negative at ${formatNumber(limit)} or below)`,
          data: { stageId: touchpoint.stageId, emotion: touchpoint.emotion, threshold: limit },
        }),
      );
    }
    for (let i = 0; i < touchpoint.personaEmotions.length; i++) {
      const entry = touchpoint.personaEmotions[i];
      if (entry === undefined) continue;
      if (entry.emotion > limit || !firstOfPersona(touchpoint.personaEmotions, i)) continue;
      findings.push(
        makeFinding({
          code: "negative_moment_of_truth",
          severity: "critical",
          subjectIds: [touchpoint.id, entry.personaId],
          message: `${touchpoint.name}: a moment of truth where ${context.name(entry.personaId)} feels ${formatNumber(entry.emotion)} (negative at ${formatNumber(limit)} or below)`,
          data: { stageId: touchpoint.stageId, personaId: entry.personaId, emotion: entry.emotion, threshold: limit },
        }),
      );
    }
  }
  return findings;
};
