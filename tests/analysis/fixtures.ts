import { analyzeJourneyMap } from "../../src/analysis/analyze-journey-map";
import type { AnalyzeJourneyMapOptions } from "../../src/analysis/options";
import type { FindingByCode, FindingCode } from "../../src/analysis/rule-registry";
import { createJourneyMap } from "../../src/model/create-journey-map";
import type { Evidence } from "../../src/model/evidence";
import type { JourneyMap } from "../../src/model/journey-map";
import type { Opportunity } from "../../src/model/opportunity";
import type { PainPoint } from "../../src/model/pain-point";
import type { Touchpoint } from "../../src/model/touchpoint";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";

/** An empty map with stages `s-1`, `s-2`, … named "Stage 1", "Stage 2", …. */
export function emptyMap(stages = 2): JourneyMap {
  return createJourneyMap({
    id: "map",
    title: "Test journey",
    stages: Array.from({ length: stages }, (_, i) => ({ id: `s-${i + 1}`, name: `Stage ${i + 1}` })),
  });
}

/** A touchpoint with every array empty. */
export function tp(id: string, stageId: string, fields: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id,
    stageId,
    name: `Touchpoint ${id}`,
    actions: [],
    thoughts: [],
    feelings: [],
    personaEmotions: [],
    goalIds: [],
    evidenceIds: [],
    metrics: [],
    notes: [],
    tags: [],
    ...fields,
  };
}

/** A pain point with severity 3 and no links unless given. */
export function pain(id: string, fields: Partial<PainPoint> = {}): PainPoint {
  return { id, title: `Pain ${id}`, touchpointIds: [], severity: 3, evidenceIds: [], ...fields };
}

/** An opportunity (impact 3, effort 3, idea) with no links unless given. */
export function opp(id: string, fields: Partial<Opportunity> = {}): Opportunity {
  return { id, title: `Opportunity ${id}`, painPointIds: [], touchpointIds: [], impact: 3, effort: 3, status: "idea", ...fields };
}

/** A survey. */
export function ev(id: string, fields: Partial<Evidence> = {}): Evidence {
  return { id, kind: "survey", title: `Survey ${id}`, ...fields };
}

/** Returns the map after checking that it is valid (so fixtures cannot drift into invalid maps). */
export function valid(map: JourneyMap): JourneyMap {
  return parseJourneyMap(map);
}

/** The findings of one code in an analysis of a (checked) map. */
export function findingsOf<C extends FindingCode>(map: JourneyMap, code: C, options: AnalyzeJourneyMapOptions<never> = {}): FindingByCode<C>[] {
  return analyzeJourneyMap(valid(map), options).findings.filter((f): f is FindingByCode<C> => f.code === code);
}
