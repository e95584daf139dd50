/*
 * From stored events to sequences: events are grouped by case with a counting sort (which
 * keeps input order), each case is sorted by time (a stable sort, so ties keep input
 * order), split into sessions after a gap, and consecutive repeats of one touchpoint are
 * collapsed — all in three flat typed arrays, compacted in place.
 */
import type { EventStore } from "./event-store";

/** Every sequence, flat: sequence `s` is `touchpoints[starts[s] … starts[s + 1])`. */
export interface Sequences {
  /** Number of sequences. */
  count: number;
  /** Start offset of each sequence, and the end as the last entry. */
  starts: Int32Array;
  /** The case each sequence came from. */
  caseOf: Int32Array;
  /** Touchpoint indices. */
  touchpoints: Int32Array;
  /** Times in epoch milliseconds. */
  times: Float64Array;
  /** Raw matched events per segment and touchpoint (`segment × touchpointCount + touchpoint`), before collapsing. */
  segmentEvents: Float64Array;
}

/** Options of {@link buildSequences}. */
export interface BuildSequencesOptions {
  collapseRepeats: boolean;
  sessionGapMs: number;
  touchpointCount: number;
  segmentCount: number;
}

function sortCase(touchpoints: Int32Array, times: Float64Array, from: number, to: number): void {
  let sorted = true;
  for (let i = from + 1; i < to && sorted; i++) sorted = (times[i - 1] as number) <= (times[i] as number);
  if (sorted) return;
  const order = Array.from({ length: to - from }, (_, i) => from + i).sort((a, b) => (times[a] as number) - (times[b] as number));
  const tp = order.map((i) => touchpoints[i] as number);
  const time = order.map((i) => times[i] as number);
  touchpoints.set(tp, from);
  times.set(time, from);
}

/** Groups, sorts, splits and collapses the stored events into sequences; see the file comment. */
export function buildSequences(store: EventStore, options: BuildSequencesOptions): Sequences {
  const { collapseRepeats, sessionGapMs, touchpointCount, segmentCount } = options;
  const offsets = new Int32Array(store.cases + 1);
  for (let c = 0; c < store.cases; c++) offsets[c + 1] = (offsets[c] as number) + (store.counts[c] as number);
  const cursor = offsets.slice(0, store.cases);
  const touchpoints = new Int32Array(store.size);
  const times = new Float64Array(store.size);
  const segmentEvents = new Float64Array(Math.max(1, segmentCount * touchpointCount));
  store.forEach((c, tp, time) => {
    const at = cursor[c]!++;
    touchpoints[at] = tp;
    times[at] = time;
    const segment = store.segments[c] as number;
    if (segment >= 0) segmentEvents[segment * touchpointCount + tp]!++;
  });
  const starts: number[] = [];
  const caseOf: number[] = [];
  let w = 0;
  for (let c = 0; c < store.cases; c++) {
    const from = offsets[c] as number;
    const to = offsets[c + 1] as number;
    if (from === to) continue;
    sortCase(touchpoints, times, from, to);
    let previous = Number.NEGATIVE_INFINITY;
    for (let r = from; r < to; r++) {
      const tp = touchpoints[r] as number;
      const time = times[r] as number;
      const newSession = r === from || time - previous > sessionGapMs;
      previous = time;
      if (newSession) {
        starts.push(w);
        caseOf.push(c);
      } else if (collapseRepeats && touchpoints[w - 1] === tp) continue;
      touchpoints[w] = tp;
      times[w] = time;
      w++;
    }
  }
  starts.push(w);
  return {
    count: caseOf.length,
    starts: Int32Array.from(starts),
    caseOf: Int32Array.from(caseOf),
    touchpoints: touchpoints.subarray(0, w),
    times: times.subarray(0, w),
    segmentEvents,
  };
}
