import type { Touchpoint } from "../../model/touchpoint";
import { formatNumber, round } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";

/** An `emotion_drop` finding. */
export type EmotionDropFinding = FindingOf<"emotion_drop", { fromEmotion: number; toEmotion: number; drop: number; crossesStage: boolean }>;

/** The thresholds of `emotion_drop`; `handoff_risk` shares `criticalEmotionDrop`. */
export const EMOTION_DROP_THRESHOLDS = {
  /** `emotion_drop`: the smallest fall between consecutive touchpoints reported. @defaultValue `2` */
  emotionDrop: { defaultValue: 2, min: 0.01, max: 4 },
  /** `emotion_drop`, `handoff_risk`: a fall at or above this is critical. @defaultValue `3` */
  criticalEmotionDrop: { defaultValue: 3, min: 0.01, max: 4 },
} as const;

/**
 * `emotion_drop`: the emotion falls by at least `emotionDrop` (default 2) from one
 * touchpoint to the next in journey order, across stages too; touchpoints without an
 * emotion are stepped over. Critical from `criticalEmotionDrop` (default 3), otherwise a
 * warning. Subjects: the touchpoint before the fall, then the one after it.
 */
export const emotionDropRule = defineRule({
  code: "emotion_drop",
  thresholds: EMOTION_DROP_THRESHOLDS,
  requires: [],
  run(context, options): EmotionDropFinding[] {
    const findings: EmotionDropFinding[] = [];
    let previous: Touchpoint | undefined;
    let before = 0;
    for (const touchpoint of context.journey) {
      const { emotion } = touchpoint;
      if (emotion === undefined) continue;
      const drop = round(before - emotion);
      if (previous !== undefined && drop >= options.emotionDrop) {
        findings.push(
          makeFinding({
            code: "emotion_drop",
            severity: drop >= options.criticalEmotionDrop ? "critical" : "warning",
            subjectIds: [previous.id, touchpoint.id],
            message: `${previous.name} → ${touchpoint.name}: emotion falls from ${formatNumber(before)} to ${formatNumber(emotion)} (drop ${formatNumber(drop)})`,
            data: { fromEmotion: before, toEmotion: emotion, drop, crossesStage: previous.stageId !== touchpoint.stageId },
          }),
        );
      }
      previous = touchpoint;
      before = emotion;
    }
    return findings;
  },
});
