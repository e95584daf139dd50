import { formatNumber } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { firstOfPersona } from "../first-of-persona";
import { mainCustomer } from "../main-customer";
import { defineRule } from "../rule-definition";

/** A `negative_moment_of_truth` finding; `personaId` is set for a persona's emotion in `personaEmotions`. */
export type NegativeMomentOfTruthFinding = FindingOf<"negative_moment_of_truth", { stageId: string; personaId?: string; emotion: number; threshold: number }>;

/**
 * `negative_moment_of_truth` (always critical: a moment of truth is where customers decide
 * to stay or leave): a touchpoint marked `momentOfTruth` where the emotion is at or below
 * `negativeEmotion` (default 2), for the main customer (the map's first persona) and for
 * each persona in `personaEmotions`. Subjects: the touchpoint, then the persona for a
 * persona's emotion.
 */
export const negativeMomentOfTruthRule = defineRule({
  code: "negative_moment_of_truth",
  thresholds: {
    /** `negative_moment_of_truth`: an emotion at or below this is negative. @defaultValue `2` */
    negativeEmotion: { defaultValue: 2, min: 1, max: 5 },
  },
  requires: [],
  run(context, options): NegativeMomentOfTruthFinding[] {
    const findings: NegativeMomentOfTruthFinding[] = [];
    const limit = options.negativeEmotion;
    const who = mainCustomer(context);
    const negative = `(negative at ${formatNumber(limit)} or below)`;
    for (const touchpoint of context.journey) {
      if (touchpoint.momentOfTruth !== true) continue;
      const { emotion, stageId } = touchpoint;
      if (emotion !== undefined && emotion <= limit) {
        findings.push(
          makeFinding({
            code: "negative_moment_of_truth",
            severity: "critical",
            subjectIds: [touchpoint.id],
            message: `${touchpoint.name}: a moment of truth where ${who.name} feel${who.s} ${formatNumber(emotion)} ${negative}`,
            data: { stageId, emotion, threshold: limit },
          }),
        );
      }
      touchpoint.personaEmotions.forEach((entry, i) => {
        if (entry.emotion > limit || !firstOfPersona(touchpoint.personaEmotions, i)) return;
        findings.push(
          makeFinding({
            code: "negative_moment_of_truth",
            severity: "critical",
            subjectIds: [touchpoint.id, entry.personaId],
            message: `${touchpoint.name}: a moment of truth where ${context.name(entry.personaId)} feels ${formatNumber(entry.emotion)} ${negative}`,
            data: { stageId, personaId: entry.personaId, emotion: entry.emotion, threshold: limit },
          }),
        );
      });
    }
    return findings;
  },
});
