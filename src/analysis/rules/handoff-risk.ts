import { FLOW_KIND } from "../../model/flow-index";
import type { Touchpoint } from "../../model/touchpoint";
import { flowIndexOf } from "../flow-paths";
import { formatNumber, round } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";
import { EMOTION_DROP_THRESHOLDS } from "./emotion-drop";

/** A `handoff_risk` finding. */
export type HandoffRiskFinding = FindingOf<"handoff_risk", { fromTeamId: string; toTeamId: string; fromEmotion: number; toEmotion: number; drop: number }>;

/**
 * `handoff_risk`: two consecutive touchpoints along the flow (an edge of kind `sequence`,
 * `branch` or `loop`; in a map without `next`, journey order), owned by different teams,
 * where the emotion falls by at least `handoffDrop` (default 1): a gap between
 * departments. Critical from `criticalEmotionDrop` (default 3), otherwise a warning.
 * Touchpoints without an owner or an emotion are not judged. Subjects: the touchpoint
 * left, then the one reached.
 */
export const handoffRiskRule = defineRule({
  code: "handoff_risk",
  thresholds: {
    /** `handoff_risk`: the smallest fall across a change of owning team reported. @defaultValue `1` */
    handoffDrop: { defaultValue: 1, min: 0.01, max: 4 },
    criticalEmotionDrop: EMOTION_DROP_THRESHOLDS.criticalEmotionDrop,
  },
  requires: [],
  run(context, options): HandoffRiskFinding[] {
    const findings: HandoffRiskFinding[] = [];
    const flow = flowIndexOf(context);
    for (let e = 0; e < flow.edgeCount; e++) {
      const a = flow.from[e] as number;
      const b = flow.to[e] as number;
      if (a === b || flow.kind[e] === FLOW_KIND.skip) continue;
      const from = flow.order[a] as Touchpoint;
      const to = flow.order[b] as Touchpoint;
      if (from.ownerId === undefined || to.ownerId === undefined || from.ownerId === to.ownerId) continue;
      if (from.emotion === undefined || to.emotion === undefined) continue;
      const drop = round(from.emotion - to.emotion);
      if (drop < options.handoffDrop) continue;
      findings.push(
        makeFinding({
          code: "handoff_risk",
          severity: drop >= options.criticalEmotionDrop ? "critical" : "warning",
          subjectIds: [from.id, to.id],
          message: `${from.name} (${context.name(from.ownerId)}) → ${to.name} (${context.name(to.ownerId)}): emotion falls from ${formatNumber(from.emotion)} to ${formatNumber(to.emotion)} at the hand-off between teams (drop ${formatNumber(drop)})`,
          data: { fromTeamId: from.ownerId, toTeamId: to.ownerId, fromEmotion: from.emotion, toEmotion: to.emotion, drop },
        }),
      );
    }
    return findings;
  },
});
