import type { RejectedRow } from "./event-row";

/** How many cases and matched events one touchpoint saw. */
export interface TouchpointAnalytics {
  /** The touchpoint. */
  touchpointId: string;
  /** Cases with at least one event here. */
  cases: number;
  /** Matched events here (before repeats are collapsed). */
  events: number;
}

/** The funnel figures of one stage. */
export interface StageAnalytics {
  /** The stage. */
  stageId: string;
  /** Cases with an event in the stage. */
  entered: number;
  /** Of those, cases with an event in a later stage after their first event here. */
  continued: number;
  /** `entered − continued`; `null` for the last stage that has touchpoints. */
  dropOff: number | null;
  /** Lower median of the minutes from the first event here to the first event of a later stage, over the cases that continued; `null` when none did. */
  medianMinutes: number | null;
  /** Lower nearest-rank 90th percentile of the same minutes; `null` when none continued. */
  p90Minutes: number | null;
}

/** One observed step: consecutive touchpoints of sequences, or `"start"` → first and last → `"end"`. */
export interface TransitionAnalytics {
  /** A touchpoint id or `"start"`. */
  from: string;
  /** A touchpoint id or `"end"`. */
  to: string;
  /** How often the step was taken. */
  count: number;
  /** Cases that took it at least once. */
  cases: number;
  /** Lower median of the minutes between the two events; `null` for start and end. */
  medianMinutes: number | null;
  /** Lower nearest-rank 90th percentile of the same; `null` for start and end. */
  p90Minutes: number | null;
  /** The step is an edge of `flowGraph` (or start of a start, end of an end). */
  designed: boolean;
}

/** A whole sequence of touchpoints and how many cases followed it exactly. */
export interface VariantAnalytics {
  /** The sequence, after repeats are collapsed. */
  touchpointIds: string[];
  /** Cases whose sequence this is. */
  cases: number;
}

/** Where the observed journey and the designed flow disagree. */
export interface ConformanceAnalytics {
  /** Share of cases whose every consecutive pair is a designed edge (start and end not counted); `null` without cases. */
  fitness: number | null;
  /** Touchpoints with `observe` rules that no case reached, in journey order. */
  unobserved: string[];
  /** Designed edges no case took, in flow order. */
  unusedEdges: { from: string; to: string }[];
  /** Observed pairs the design lacks, most cases first. */
  undesigned: { from: string; to: string; cases: number; count: number }[];
}

/** The figures that are computed for the whole log and again for each segment. */
export interface SequenceAnalytics {
  /** Cases (sessions, with `sessionGapMinutes`) with at least one matched event. */
  cases: number;
  /** Matched events of those cases. */
  matchedEvents: number;
  /** Every touchpoint, in journey order. */
  touchpoints: TouchpointAnalytics[];
  /** Every stage, in order. */
  stages: StageAnalytics[];
  /** Every observed step, `"start"` first, then by journey order of `from`, then of `to` (`"end"` last). */
  transitions: TransitionAnalytics[];
  /** The most common whole sequences, most cases first. */
  variants: VariantAnalytics[];
  /** Designed vs observed. */
  conformance: ConformanceAnalytics;
}

/** The figures of one segment of at least `minSegmentCases` cases. */
export interface SegmentAnalytics extends SequenceAnalytics {
  /** The segment's value. */
  segment: string;
}

/**
 * What customers did, measured from an event log laid onto a map: plain JSON in a
 * deterministic order, with no case id anywhere. See DESIGN.md "Measured journeys".
 */
export interface JourneyAnalytics extends SequenceAnalytics {
  /** Rows accepted (matched or not). */
  events: number;
  /** The most frequent event names that matched no touchpoint, most first (ties by name). */
  unmatched: { event: string; count: number }[];
  /** Rows matched by the rules of several touchpoints: the winner (first in journey order), the first other, and how many rows. */
  overlaps: { touchpointId: string; otherTouchpointId: string; events: number }[];
  /** The first rejected rows. */
  rejected: RejectedRow[];
  /** Every rejected row. */
  rejectedCount: number;
  /** The time of the first and the last matched event (ISO 8601, UTC), or `null` without any. */
  period: { from: string; to: string } | null;
  /** The `segmentBy` option, when given. */
  segmentBy?: string;
  /** Segments of at least `minSegmentCases` cases, by segment value. */
  segments: SegmentAnalytics[];
  /** How many segments had fewer cases and were left out. */
  suppressedSegments: number;
}
