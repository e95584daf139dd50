import type { JourneyMap } from "../model/journey-map";
import { aggregateSequences } from "./aggregate-sequences";
import { analysisFrame } from "./analysis-frame";
import { buildSequences } from "./build-sequences";
import { compileMatcher } from "./compile-matcher";
import { type EventRow, parseEventTime, type RejectedRow } from "./event-row";
import { type CreateEventAnalyzerOptions, resolveAnalyzerOptions, segmentOf } from "./event-analyzer-options";
import { EventStore } from "./event-store";
import type { JourneyAnalytics, SegmentAnalytics } from "./journey-analytics";

/** The streaming reducer returned by {@link createEventAnalyzer}. */
export interface EventAnalyzer {
  /** Adds one row; a bad row is recorded as rejected, never thrown. */
  add(row: EventRow): void;
  /** Adds every row of an array or iterable. */
  addAll(rows: Iterable<EventRow>): void;
  /** The analytics of the rows so far; may be called again after more rows. */
  result(): JourneyAnalytics;
}

/** Distinct unmatched event names tracked at most, so that a log of unique names stays bounded. */
const MAX_UNMATCHED_NAMES = 10_000;

/** Why a row is not usable, or undefined. */
function problem(row: EventRow, maxLength: number): string | undefined {
  if (typeof row !== "object" || row === null) return "the row is not an object";
  if (row.error !== undefined) return String(row.error);
  const { caseId, event, url } = row;
  if (typeof caseId !== "string" || caseId === "") return "caseId is missing or not a string";
  if (typeof event !== "string" || event === "") return "event is missing or not a string";
  if (caseId.length > maxLength || event.length > maxLength) return `caseId or event is longer than ${maxLength} characters`;
  if (url !== undefined && (typeof url !== "string" || url.length > maxLength)) return `url is not a string of at most ${maxLength} characters`;
  return undefined;
}

/**
 * Returns a streaming analyzer of event rows laid onto `map`: `add` rows in any order,
 * then read `result()` — the `JourneyAnalytics` of DESIGN.md "Measured journeys". Bad rows
 * are counted and the first ones kept with their index, line and reason; rows never throw.
 * Throws a TypeError or RangeError for a bad option. Memory holds 16 bytes per matched
 * event and a little per case, not the rows.
 *
 * @example
 * ```ts
 * import { createEventAnalyzer, parseJourneyMap } from "journeykit";
 *
 * const map = parseJourneyMap({
 *   schemaVersion: 1, id: "m", title: "Shop", stages: [{ id: "s", name: "Buy" }],
 *   touchpoints: [
 *     { id: "cart", stageId: "s", name: "Cart", observe: [{ event: "cart.*" }] },
 *     { id: "pay", stageId: "s", name: "Pay", observe: [{ url: "/pay/:id" }] },
 *   ],
 * });
 * const analyzer = createEventAnalyzer(map);
 * analyzer.add({ caseId: "u1", event: "cart.add", time: "2026-03-01T10:00:00Z" });
 * analyzer.add({ caseId: "u1", event: "page_view", url: "/pay/7?x=1", time: "2026-03-01T10:04:00Z" });
 * analyzer.result().transitions[1]; // { from: "cart", to: "pay", count: 1, cases: 1, medianMinutes: 4, p90Minutes: 4, designed: true }
 * ```
 */
export function createEventAnalyzer(map: JourneyMap, options: CreateEventAnalyzerOptions = {}): EventAnalyzer {
  const opts = resolveAnalyzerOptions(options);
  const frame = analysisFrame(map);
  const n = frame.touchpoints.length;
  const match = compileMatcher(frame.touchpoints);
  const store = new EventStore();
  const touchpointEvents = new Float64Array(n);
  const unmatched = new Map<string, number>();
  const overlaps = new Map<number, number>();
  const segmentIndex = new Map<string, number>();
  const rejected: RejectedRow[] = [];
  let rows = 0;
  let events = 0;
  let rejectedCount = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const reject = (index: number, row: EventRow, reason: string) => {
    rejectedCount++;
    if (rejected.length >= opts.maxRejected) return;
    const line = typeof row === "object" && row !== null && typeof row.line === "number" ? row.line : undefined;
    rejected.push(line === undefined ? { index, reason } : { index, line, reason });
  };
  const add = (row: EventRow) => {
    const index = rows++;
    if (opts.onProgress && rows % opts.progressEvery === 0) opts.onProgress({ rows, matchedEvents: store.size, cases: store.cases });
    const bad = problem(row, opts.maxFieldLength);
    if (bad !== undefined) return reject(index, row, bad);
    const time = parseEventTime(row.time);
    if (Number.isNaN(time)) return reject(index, row, `time ${JSON.stringify(String(row.time)).slice(0, 80)} is neither ISO 8601 nor epoch milliseconds`);
    const { winner, overlap } = match(row.event, row.url, row.properties);
    if (winner !== -1) {
      const caseIndex = store.caseOf(row.caseId);
      if ((store.counts[caseIndex] as number) >= opts.maxEventsPerCase)
        return reject(index, row, `the case has more than ${opts.maxEventsPerCase} matched events (maxEventsPerCase)`);
      store.push(caseIndex, winner, time);
      touchpointEvents[winner]!++;
      if (overlap !== -1) overlaps.set(winner * n + overlap, (overlaps.get(winner * n + overlap) ?? 0) + 1);
      if (time < first) first = time;
      if (time > last) last = time;
      if (opts.segmentBy !== undefined) {
        const value = segmentOf(row, opts.segmentBy);
        if (value !== undefined) {
          let segment = segmentIndex.get(value);
          if (segment === undefined) {
            segment = segmentIndex.size;
            segmentIndex.set(value, segment);
          }
          store.setSegment(caseIndex, segment, time);
        }
      }
    } else if (unmatched.has(row.event) || unmatched.size < MAX_UNMATCHED_NAMES) {
      unmatched.set(row.event, (unmatched.get(row.event) ?? 0) + 1);
    }
    events++;
  };
  const result = (): JourneyAnalytics => {
    const seqs = buildSequences(store, {
      collapseRepeats: opts.collapseRepeats,
      sessionGapMs: opts.sessionGapMinutes * 60_000,
      touchpointCount: n,
      segmentCount: segmentIndex.size,
    });
    const all = Int32Array.from({ length: seqs.count }, (_, i) => i);
    const overall = aggregateSequences(frame, seqs, all, touchpointEvents, opts.maxVariants);
    const { segments, suppressed } = segmentFigures(frame, seqs, store, segmentIndex, touchpointEvents.length, opts);
    const id = (i: number) => (frame.touchpoints[i] as { id: string }).id;
    return {
      ...overall,
      events,
      unmatched: [...unmatched]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, opts.maxUnmatched)
        .map(([event, count]) => ({ event, count })),
      overlaps: [...overlaps]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .map(([key, count]) => ({ touchpointId: id(Math.floor(key / n)), otherTouchpointId: id(key % n), events: count })),
      rejected: rejected.slice(),
      rejectedCount,
      period: store.size === 0 ? null : { from: new Date(first).toISOString(), to: new Date(last).toISOString() },
      ...(opts.segmentBy === undefined ? {} : { segmentBy: opts.segmentBy }),
      segments,
      suppressedSegments: suppressed,
    };
  };
  return {
    add,
    addAll(list) {
      for (const row of list) add(row);
    },
    result,
  };
}

function segmentFigures(
  frame: ReturnType<typeof analysisFrame>,
  seqs: ReturnType<typeof buildSequences>,
  store: EventStore,
  segmentIndex: Map<string, number>,
  n: number,
  opts: ReturnType<typeof resolveAnalyzerOptions>,
): { segments: SegmentAnalytics[]; suppressed: number } {
  if (segmentIndex.size === 0) return { segments: [], suppressed: 0 };
  const members: number[][] = [...segmentIndex.keys()].map(() => []);
  for (let s = 0; s < seqs.count; s++) {
    const segment = store.segments[seqs.caseOf[s] as number] as number;
    if (segment >= 0) (members[segment] as number[]).push(s);
  }
  const segments: SegmentAnalytics[] = [];
  let suppressed = 0;
  const names = [...segmentIndex.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const segment of names) {
    const index = segmentIndex.get(segment) as number;
    const chosen = members[index] as number[];
    // A value seen on a row but held by no case (a later row of a case that already has one) is no segment.
    if (chosen.length === 0) continue;
    if (chosen.length < opts.minSegmentCases) {
      suppressed++;
      continue;
    }
    const events = seqs.segmentEvents.subarray(index * n, (index + 1) * n);
    segments.push({ segment, ...aggregateSequences(frame, seqs, chosen, events, opts.maxVariants) });
  }
  return { segments, suppressed };
}
