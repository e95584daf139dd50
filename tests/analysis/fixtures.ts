import { analyzeJourneyMap } from "../../src/analysis/analyze-journey-map";
import type { AnalyzeJourneyMapOptions } from "../../src/analysis/options";
import type { FindingByCode, FindingCode } from "../../src/analysis/rule-registry";
import type { JourneyMap } from "../../src/model/journey-map";
import { valid } from "../support/map-builder";

/** The findings of one code in an analysis of a (checked) map. */
export function findingsOf<C extends FindingCode>(map: JourneyMap, code: C, options: AnalyzeJourneyMapOptions<never> = {}): FindingByCode<C>[] {
  return analyzeJourneyMap(valid(map), options).findings.filter((f): f is FindingByCode<C> => f.code === code);
}

// The builders live in tests/support/map-builder.ts; rule tests import them from here too.
export { emptyMap, tp, valid } from "../support/map-builder";
