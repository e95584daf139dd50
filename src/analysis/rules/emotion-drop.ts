import type { Touchpoint } from "../../model/touchpoint";
import { formatNumber, round } from "../format";
import { type Finding, makeFinding } from "../finding";
import type { Rule } from "../options";

/**
 * `emotion_drop`: the emotion falls by at least `emotionDrop` (default 2) from one
 * touchpoint to the next in journey order, across stages too; touchpoints without an
 * emotion are stepped over. Critical from `criticalEmotionDrop` (default 3), otherwise a
 * warning. Subjects: the touchpoint before the fall, then the one after it.
 */
export const emotionDropRule: Rule = (context, options) => {
  const findings: Finding[] = [];
  let previous: Touchpoint | undefined;
  for (const touchpoint of context.journey) {
    if (touchpoint.emotion === undefined) continue;
    if (previous?.emotion !== undefined) {
      const drop = round(previous.emotion - touchpoint.emotion);
      if (drop >= options.emotionDrop) {
        findings.push(
          makeFinding({
            code: "emotion_drop",
            severity: drop >= options.criticalEmotionDrop ? "critical" : "warning",
            subjectIds: [previous.id, touchpoint.id],
            message: `${previous.name} → ${touchpoint.name}: emotion falls from ${formatNumber(previous.emotion)} to ${formatNumber(touchpoint.emotion)} (drop ${formatNumber(drop)})`,
            data: { fromEmotion: previous.emotion, toEmotion: touchpoint.emotion, drop, crossesStage: previous.stageId !== touchpoint.stageId },
          }),
        );
      }
    }
    previous = touchpoint;
  }
  return findings;
};
