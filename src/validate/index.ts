export { checkReferences, type CheckReferencesOptions } from "./check-references";
export { formatPath, type IssuePath, type JourneyMapIssue, type JourneyMapIssueCode } from "./issue";
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
