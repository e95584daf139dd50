export { createAnalysisContext, type AnalysisContext } from "./analysis-context";
export {
  analyzeJourneyMap,
  type AnalysisSummary,
  type JourneyAnalysis,
  type SkippedRule,
} from "./analyze-journey-map";
export {
  compareJourneyMaps,
  type CollectionComparison,
  type CompareJourneyMapsOptions,
  type EmotionDelta,
  type ComparedEntityChange,
  type ComparedEntity,
  type JourneyComparison,
  type ScoreDelta,
  type TrackedScore,
} from "./compare-journey-maps";
export {
  FINDING_SEVERITIES,
  findingId,
  makeFinding,
  type CustomFinding,
  type FindingData,
  type FindingOf,
  type FindingSeverity,
  type MakeFindingSpec,
} from "./finding";
export {
  resolveAnalyzeJourneyMapOptions,
  type AnalyzeJourneyMapOptions,
  type ResolvedAnalyzeJourneyMapOptions,
  type Rule,
} from "./options";
export {
  prioritizeOpportunities,
  type PrioritizeOpportunitiesOptions,
  type PrioritizedOpportunity,
} from "./prioritize-opportunities";
export type { RuleDefinition, RuleOptions, ThresholdSpec, ThresholdSpecs } from "./rule-definition";
export type { MissingInputReason, RuleInputName, RuleInputs } from "./rule-inputs";
export {
  BUILT_IN_RULES,
  DEFAULT_ANALYSIS_THRESHOLDS,
  FINDING_CODES,
  RULE_DEFINITIONS,
  THRESHOLD_SPECS,
  type AnalysisThresholds,
  type Finding,
  type FindingByCode,
  type FindingCode,
  type ThresholdName,
} from "./rule-registry";
export type { ChannelGapFinding } from "./rules/channel-gap";
export type { EmotionDropFinding } from "./rules/emotion-drop";
export type { EmptyStageFinding } from "./rules/empty-stage";
export type { ExperienceGapFinding } from "./rules/experience-gap";
export type { HandoffRiskFinding } from "./rules/handoff-risk";
export type { MetricBelowTargetFinding } from "./rules/metric-below-target";
export type { MissingEvidenceFinding } from "./rules/missing-evidence";
export type { NegativeMomentOfTruthFinding } from "./rules/negative-moment-of-truth";
export type { OrphanOpportunityFinding } from "./rules/orphan-opportunity";
export type { StaleEvidenceFinding } from "./rules/stale-evidence";
export type { UnaddressedPainPointFinding } from "./rules/unaddressed-pain-point";
export type { UnmetPersonaGoalFinding } from "./rules/unmet-persona-goal";
export type { UnownedTouchpointFinding } from "./rules/unowned-touchpoint";
export type { UnobservedTouchpointFinding } from "./rules/unobserved-touchpoint";
export type { UninstrumentedTouchpointFinding } from "./rules/uninstrumented-touchpoint";
export type { UndesignedPathFinding } from "./rules/undesigned-path";
export type { StageDropOffFinding } from "./rules/stage-drop-off";
export type { SlowTransitionFinding } from "./rules/slow-transition";
export type { UnreachableTouchpointFinding } from "./rules/unreachable-touchpoint";
export type { DeadEndFinding } from "./rules/dead-end";
export type { LoopWithoutExitFinding } from "./rules/loop-without-exit";
export type { BranchSharesSumFinding } from "./rules/branch-shares-sum";
export type { LowSampleFinding } from "./rules/low-sample";
export type { GapNotSignificantFinding } from "./rules/gap-not-significant";
export type { AssertedVsMeasuredFinding } from "./rules/asserted-vs-measured";
export type { ScaleMismatchFinding } from "./rules/scale-mismatch";
export type { UnsupportedFrontstageFinding } from "./rules/unsupported-frontstage";
export type { UnownedSupportProcessFinding } from "./rules/unowned-support-process";
export type { UnmitigatedFailPointFinding } from "./rules/unmitigated-fail-point";
export type { ToleranceExceededFinding } from "./rules/tolerance-exceeded";
export type { SilentBackstageFinding } from "./rules/silent-backstage";
export type { DependencyCycleFinding } from "./rules/dependency-cycle";
export {
  computeScores,
  HEALTH_WEIGHTS,
  type HealthComponents,
  type JourneyScores,
  type PersonaScore,
  type StageScore,
} from "./scores";
