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
export {
  computeScores,
  HEALTH_WEIGHTS,
  type HealthComponents,
  type JourneyScores,
  type PersonaScore,
  type StageScore,
} from "./scores";
