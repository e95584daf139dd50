import type { JourneyMap } from "../../model/journey-map";
import { type AnalysisFrame, analysisFrame } from "../../measure/analysis-frame";
import type { JourneyAnalytics, SegmentAnalytics, SequenceAnalytics, TransitionAnalytics, VariantAnalytics } from "../../measure/journey-analytics";
import { type ScopeFigures, readAggregateRows } from "./aggregate-rows";

/** Options of {@link analyticsFromAggregates}: the same as the query was written with. */
export interface AnalyticsFromAggregatesOptions {
  /** The `segmentBy` the query was written with. @defaultValue no segments */
  segmentBy?: string;
  /** Segments with fewer cases are left out (counted in `suppressedSegments`). @defaultValue `30` */
  minSegmentCases?: number;
  /** How many variants to list (at most the query's `maxVariants`). @defaultValue `20` */
  maxVariants?: number;
}

const byPath = (a: readonly number[], b: readonly number[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
};

function transitions(frame: AnalysisFrame, scope: ScopeFigures): TransitionAnalytics[] {
  const n = frame.touchpoints.length;
  const id = (i: number) => (frame.touchpoints[i] as { id: string }).id;
  const keyed = [...scope.steps].map(([pair, figures]) => {
    const [from, to] = pair.split(",").map(Number) as [number, number];
    return { key: (from + 1) * (n + 1) + to, from, to, figures, times: scope.stepTimes.get(pair) };
  });
  keyed.sort((a, b) => a.key - b.key);
  return keyed.map(({ from, to, figures, times }) => {
    const edge = from === -1 || to === n;
    const designed = from === -1 ? frame.isStart[to] === 1 : to === n ? frame.isEnd[from] === 1 : frame.designed.has(from * n + to);
    return {
      from: from === -1 ? "start" : id(from),
      to: to === n ? "end" : id(to),
      count: figures[0],
      cases: figures[1],
      medianMinutes: edge ? null : (times?.[0] ?? null),
      p90Minutes: edge ? null : (times?.[1] ?? null),
      designed,
    };
  });
}

function variants(frame: AnalysisFrame, scope: ScopeFigures, max: number): VariantAnalytics[] {
  const list = scope.variants.slice().sort((a, b) => b.cases - a.cases || byPath(a.path, b.path));
  return list.slice(0, max).map((v) => ({ touchpointIds: v.path.map((i) => (frame.touchpoints[i] as { id: string }).id), cases: v.cases }));
}

function sequenceAnalytics(frame: AnalysisFrame, scope: ScopeFigures, maxVariants: number): SequenceAnalytics {
  const n = frame.touchpoints.length;
  const list = transitions(frame, scope);
  const touchpoints = frame.touchpoints.map((t, i) => ({ touchpointId: t.id, cases: scope.reach.get(i) ?? 0, events: scope.events.get(i) ?? 0 }));
  const stages = frame.stageIds.map((stageId, stage) => {
    const [entered, continued] = scope.stages.get(stage) ?? [0, 0];
    const [median, p90] = scope.stageTimes.get(stage) ?? [null, null];
    return { stageId, entered, continued, dropOff: stage === frame.lastStage ? null : entered - continued, medianMinutes: median, p90Minutes: p90 };
  });
  const undesigned = list.filter((t) => !t.designed && t.from !== "start" && t.to !== "end").map(({ from, to, cases, count }) => ({ from, to, cases, count }));
  undesigned.sort((a, b) => b.cases - a.cases || b.count - a.count);
  const conformance = {
    fitness: scope.cases === 0 ? null : (scope.cases - scope.unfit) / scope.cases,
    unobserved: frame.touchpoints.filter((t, i) => (t.observe?.length ?? 0) > 0 && !scope.reach.get(i)).map((t) => t.id),
    unusedEdges: frame.edges
      .filter(([a, b]) => !scope.steps.has(`${a},${b}`))
      .map(([a, b]) => ({ from: (frame.touchpoints[a] as { id: string }).id, to: (frame.touchpoints[b] as { id: string }).id })),
    undesigned,
  };
  void n;
  return {
    cases: scope.cases,
    matchedEvents: touchpoints.reduce((sum, t) => sum + t.events, 0),
    touchpoints,
    stages,
    transitions: list,
    variants: variants(frame, scope, maxVariants),
    conformance,
  };
}

function whole(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new RangeError(`invalid ${name}: expected a whole number ≥ 0, got ${JSON.stringify(value)}`);
  return value;
}

/**
 * Returns the `JourneyAnalytics` of an event log from the result rows of the query that
 * {@link eventsSql} wrote for `map` — the same object the streaming analyzer gives for the
 * same log, in the same order (the engine keeps no rejected rows, so `rejected` is empty
 * while `rejectedCount` counts them). Rows may be objects with any letter case of the
 * column names and numbers as numbers, bigints or decimal text. Throws a RangeError naming
 * a row that is not one of the query's.
 *
 * @example
 * ```ts
 * import { analyticsFromAggregates, createJourneyMap } from "journeykit";
 *
 * const map = createJourneyMap({ title: "Nothing measured yet" });
 * analyticsFromAggregates(map, []).cases; // 0
 * ```
 */
export function analyticsFromAggregates(map: JourneyMap, rows: Iterable<unknown>, options: AnalyticsFromAggregatesOptions = {}): JourneyAnalytics {
  const minSegmentCases = whole("minSegmentCases", options.minSegmentCases, 30);
  const maxVariants = whole("maxVariants", options.maxVariants, 20);
  const figures = readAggregateRows(rows);
  const frame = analysisFrame(map);
  const n = frame.touchpoints.length;
  const id = (i: number) => (frame.touchpoints[i] as { id: string }).id;
  const overall = sequenceAnalytics(frame, figures.scopes.get(null) as ScopeFigures, maxVariants);
  const names = [...figures.scopes.keys()].filter((k): k is string => k !== null).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const kept = options.segmentBy === undefined ? [] : names.filter((k) => (figures.scopes.get(k) as ScopeFigures).cases >= minSegmentCases);
  const segments: SegmentAnalytics[] = kept.map((segment) => ({ segment, ...sequenceAnalytics(frame, figures.scopes.get(segment) as ScopeFigures, maxVariants) }));
  const { totals } = figures;
  return {
    ...overall,
    events: totals.events,
    unmatched: figures.unmatched.slice().sort((a, b) => b.count - a.count || (a.event < b.event ? -1 : 1)),
    overlaps: figures.overlaps
      .slice()
      .sort((a, b) => b.events - a.events || a.winner * n + a.other - (b.winner * n + b.other))
      .map((o) => ({ touchpointId: id(o.winner), otherTouchpointId: id(o.other), events: o.events })),
    rejected: [],
    rejectedCount: totals.rows - totals.events,
    period:
      overall.matchedEvents === 0 || totals.first === null || totals.last === null ? null : { from: new Date(totals.first).toISOString(), to: new Date(totals.last).toISOString() },
    ...(options.segmentBy === undefined ? {} : { segmentBy: options.segmentBy }),
    segments,
    suppressedSegments: options.segmentBy === undefined ? 0 : names.length - kept.length,
  };
}
