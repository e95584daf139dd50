export { checkReferences, type CheckReferencesOptions } from "./check-references";
export {
  formatPath,
  JOURNEY_MAP_ISSUE_CODES,
  type IssuePath,
  type JourneyMapIssue,
  type JourneyMapIssueCode,
  type JourneyMapIssueFields,
  type JourneyMapIssueOf,
  type NoIssueFields,
} from "./issue";
export { JourneyMapError } from "./journey-map-error";
export { DEFAULT_LIMITS, type ParseLimits } from "./limits";
export {
  parseJourneyMap,
  safeParseJourneyMap,
  type ParseJourneyMapOptions,
  type ParseOptions,
  type SafeParseJourneyMapOptions,
  type SafeParseJourneyMapResult,
} from "./safe-parse-journey-map";
