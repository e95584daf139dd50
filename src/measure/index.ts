export { analyticsToOperations, type AnalyticsToOperationsOptions } from "./analytics-to-operations";
export { analyzeEvents, type AnalyzeEventsOptions } from "./analyze-events";
export { compileMatcher, type MatchResult, type RowMatcher } from "./compile-matcher";
export { createEventAnalyzer, type EventAnalyzer } from "./create-event-analyzer";
export type { CreateEventAnalyzerOptions, EventAnalyzerProgress } from "./event-analyzer-options";
export { parseEventTime, type EventRow, type RejectedRow } from "./event-row";
export type {
  ConformanceAnalytics,
  JourneyAnalytics,
  SegmentAnalytics,
  SequenceAnalytics,
  StageAnalytics,
  TouchpointAnalytics,
  TransitionAnalytics,
  VariantAnalytics,
} from "./journey-analytics";
export { lowerQuantile } from "./quantile";
