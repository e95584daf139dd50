import { createEventAnalyzer } from "../../src/measure/create-event-analyzer";
import type { EventRow } from "../../src/measure/event-row";
import type { JourneyAnalytics } from "../../src/measure/journey-analytics";
import type { JourneyMap } from "../../src/model/journey-map";
import { valid } from "./fixtures";

/** The analytics of `rows` laid onto `map`, through the real analyzer (an independent source of figures). */
export function measure(map: JourneyMap, rows: readonly EventRow[]): JourneyAnalytics {
  const analyzer = createEventAnalyzer(valid(map));
  analyzer.addAll(rows);
  return analyzer.result();
}

/**
 * Rows for `cases` cases that each walk `path` (event names), one minute per step unless
 * `minutes` gives the gap after each step; case ids start with `prefix`.
 */
export function walks(cases: number, path: readonly string[], prefix = "c", minutes: readonly number[] = []): EventRow[] {
  const rows: EventRow[] = [];
  for (let c = 0; c < cases; c++) {
    let t = 0;
    path.forEach((event, i) => {
      rows.push({ caseId: `${prefix}${c}`, event, time: t * 60_000 });
      t += minutes[i] ?? 1;
    });
  }
  return rows;
}

/** An analytics result with nothing measured, for rules that read one part of it. */
export function emptyAnalytics(fields: Partial<JourneyAnalytics> = {}): JourneyAnalytics {
  return {
    cases: 0,
    events: 0,
    matchedEvents: 0,
    unmatched: [],
    overlaps: [],
    rejected: [],
    rejectedCount: 0,
    period: null,
    touchpoints: [],
    stages: [],
    transitions: [],
    variants: [],
    conformance: { fitness: null, unobserved: [], unusedEdges: [], undesigned: [] },
    segments: [],
    suppressedSegments: 0,
    ...fields,
  };
}
