import type { JourneyAnalytics, TransitionAnalytics } from "../../src/measure/journey-analytics";

/** A measured transition for tests: `cases` cases (one event each) from `from` to `to`, without times. */
export function transitionWith(from: string, to: string, cases: number, designed = true): TransitionAnalytics {
  return { from, to, count: cases, cases, medianMinutes: null, p90Minutes: null, designed };
}

/**
 * A `JourneyAnalytics` for tests: the fields given, and for every other one what an
 * empty log gives (no cases, events, transitions, variants, rejections or segments).
 */
export function analyticsWith(fields: Partial<JourneyAnalytics>): JourneyAnalytics {
  return {
    cases: 0,
    events: 0,
    matchedEvents: 0,
    touchpoints: [],
    stages: [],
    transitions: [],
    variants: [],
    conformance: { fitness: null, unobserved: [], unusedEdges: [], undesigned: [] },
    unmatched: [],
    overlaps: [],
    rejected: [],
    rejectedCount: 0,
    period: null,
    segments: [],
    suppressedSegments: 0,
    ...fields,
  };
}
