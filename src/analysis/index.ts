export { createAnalysisContext, type AnalysisContext } from "./analysis-context";
export {
  analyzeJourneyMap,
  type AnalysisSummary,
  type JourneyAnalysis,
  type SkippedRule,
} from "./analyze-journey-map";
export { BUILT_IN_RULES } from "./built-in-rules";
export {
  compareJourneyMaps,
  type CollectionComparison,
  type EmotionDelta,
  type ComparedEntityChange,
  type ComparedEntity,
  type JourneyComparison,
  type ScoreDelta,
  type TrackedScore,
} from "./compare-journey-maps";
export {
  FINDING_CODES,
  FINDING_SEVERITIES,
  findingId,
  makeFinding,
  type Finding,
  type FindingCode,
  type FindingData,
  type FindingSeverity,
} from "./finding";
export {
  DEFAULT_ANALYSIS_THRESHOLDS,
  resolveAnalyzeOptions,
  type AnalysisThresholds,
  type AnalyzeOptions,
  type ResolvedAnalyzeOptions,
  type Rule,
} from "./options";
export {
  prioritizeOpportunities,
  type PrioritizeOptions,
  type PrioritizedOpportunity,
} from "./prioritize-opportunities";
export {
  computeScores,
  HEALTH_WEIGHTS,
  type HealthComponents,
  type JourneyScores,
  type PersonaScore,
  type StageScore,
} from "./scores";
