import type { FindingCode } from "./finding";
import type { Rule } from "./options";
import { channelGapRule } from "./rules/channel-gap";
import { emotionDropRule } from "./rules/emotion-drop";
import { emptyStageRule } from "./rules/empty-stage";
import { experienceGapRule } from "./rules/experience-gap";
import { handoffRiskRule } from "./rules/handoff-risk";
import { metricBelowTargetRule } from "./rules/metric-below-target";
import { missingEvidenceRule } from "./rules/missing-evidence";
import { negativeMomentOfTruthRule } from "./rules/negative-moment-of-truth";
import { orphanOpportunityRule } from "./rules/orphan-opportunity";
import { staleEvidenceRule } from "./rules/stale-evidence";
import { unaddressedPainPointRule } from "./rules/unaddressed-pain-point";
import { unmetPersonaGoalRule } from "./rules/unmet-persona-goal";
import { unownedTouchpointRule } from "./rules/unowned-touchpoint";

/**
 * The built-in rules by code, in the order they run. Each is a {@link Rule}, so a custom
 * rule can wrap one (to filter or re-grade its findings) and switch the original off.
 *
 * @example
 * ```ts
 * import { BUILT_IN_RULES, analyzeJourneyMap, type Rule } from "journeykit";
 *
 * const quietGaps: Rule = (context, options) =>
 *   BUILT_IN_RULES.experience_gap(context, options).filter((f) => f.severity === "critical");
 * analyzeJourneyMap(map, { rules: { experience_gap: false }, customRules: [quietGaps] });
 * ```
 */
export const BUILT_IN_RULES: Readonly<Record<FindingCode, Rule>> = Object.freeze({
  empty_stage: emptyStageRule,
  experience_gap: experienceGapRule,
  negative_moment_of_truth: negativeMomentOfTruthRule,
  emotion_drop: emotionDropRule,
  unowned_touchpoint: unownedTouchpointRule,
  handoff_risk: handoffRiskRule,
  unaddressed_pain_point: unaddressedPainPointRule,
  orphan_opportunity: orphanOpportunityRule,
  missing_evidence: missingEvidenceRule,
  stale_evidence: staleEvidenceRule,
  metric_below_target: metricBelowTargetRule,
  channel_gap: channelGapRule,
  unmet_persona_goal: unmetPersonaGoalRule,
});
