import type { AnalysisFrame } from "./analysis-frame";
import type { Sequences } from "./build-sequences";
import type { ConformanceAnalytics, SequenceAnalytics, TransitionAnalytics, VariantAnalytics } from "./journey-analytics";
import { lowerQuantile } from "./quantile";
import { stageFunnel } from "./stage-funnel";

const MINUTE = 60_000;

/** One observed step while counting. */
interface Step {
  count: number;
  cases: number;
  lastSequence: number;
  minutes: number[];
}

/** What one pass over the chosen sequences counts. */
interface Counts {
  /** Steps keyed `(from + 1) × (n + 1) + to`, with start = −1 and end = n. */
  steps: Map<number, Step>;
  /** Cases per touchpoint. */
  reach: Float64Array;
  /** Sequences whose every consecutive pair is designed. */
  fit: number;
  /** Whole sequences, keyed by their touchpoint indices. */
  variants: Map<string, number>;
}

function take(steps: Map<number, Step>, key: number, s: number, minutes: number | undefined): void {
  let step = steps.get(key);
  if (step === undefined) {
    step = { count: 0, cases: 0, lastSequence: -1, minutes: [] };
    steps.set(key, step);
  }
  step.count++;
  if (step.lastSequence !== s) {
    step.cases++;
    step.lastSequence = s;
  }
  if (minutes !== undefined) step.minutes.push(minutes);
}

/** A sequence as a string key: one UTF-16 unit per touchpoint where indices fit, else comma-joined. */
function variantKey(touchpoints: Int32Array, from: number, to: number, n: number): string {
  if (n >= 0xffff) return Array.prototype.join.call(touchpoints.subarray(from, to), ",");
  let key = "";
  for (let i = from; i < to; i++) key += String.fromCharCode(touchpoints[i] as number);
  return key;
}

function decodeVariant(key: string, n: number): number[] {
  if (n >= 0xffff) return key.split(",").map(Number);
  const out: number[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.charCodeAt(i));
  return out;
}

function count(frame: AnalysisFrame, seqs: Sequences, chosen: ArrayLike<number>): Counts {
  const n = frame.touchpoints.length;
  const { starts, touchpoints, times } = seqs;
  const counts: Counts = { steps: new Map(), reach: new Float64Array(n), fit: 0, variants: new Map() };
  const seen = new Int32Array(n).fill(-1);
  for (let k = 0; k < chosen.length; k++) {
    const s = chosen[k] as number;
    const from = starts[s] as number;
    const to = starts[s + 1] as number;
    let fit = true;
    take(counts.steps, touchpoints[from] as number, s, undefined);
    for (let i = from; i < to; i++) {
      const tp = touchpoints[i] as number;
      if (seen[tp] !== s) {
        seen[tp] = s;
        counts.reach[tp]!++;
      }
      if (i + 1 < to) {
        const next = touchpoints[i + 1] as number;
        if (!frame.designed.has(tp * n + next)) fit = false;
        take(counts.steps, (tp + 1) * (n + 1) + next, s, ((times[i + 1] as number) - (times[i] as number)) / MINUTE);
      }
    }
    take(counts.steps, ((touchpoints[to - 1] as number) + 1) * (n + 1) + n, s, undefined);
    if (fit) counts.fit++;
    const key = variantKey(touchpoints, from, to, n);
    counts.variants.set(key, (counts.variants.get(key) ?? 0) + 1);
  }
  return counts;
}

function transitions(frame: AnalysisFrame, steps: Map<number, Step>): TransitionAnalytics[] {
  const n = frame.touchpoints.length;
  const id = (i: number) => (frame.touchpoints[i] as { id: string }).id;
  return [...steps.keys()]
    .sort((a, b) => a - b)
    .map((key) => {
      const step = steps.get(key) as Step;
      const from = Math.floor(key / (n + 1)) - 1;
      const to = key % (n + 1);
      const minutes = Float64Array.from(step.minutes).sort();
      const edge = from === -1 || to === n;
      const designed = from === -1 ? frame.isStart[to] === 1 : to === n ? frame.isEnd[from] === 1 : frame.designed.has(from * n + to);
      return {
        from: from === -1 ? "start" : id(from),
        to: to === n ? "end" : id(to),
        count: step.count,
        cases: step.cases,
        medianMinutes: edge ? null : lowerQuantile(minutes, 1, 2),
        p90Minutes: edge ? null : lowerQuantile(minutes, 9, 10),
        designed,
      };
    });
}

function variants(frame: AnalysisFrame, all: Map<string, number>, max: number): VariantAnalytics[] {
  const n = frame.touchpoints.length;
  const list = [...all].map(([key, cases]) => ({ key: decodeVariant(key, n), cases }));
  const byPath = (a: number[], b: number[]) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
    return a.length - b.length;
  };
  list.sort((a, b) => b.cases - a.cases || byPath(a.key, b.key));
  return list.slice(0, max).map((v) => ({ touchpointIds: v.key.map((i) => (frame.touchpoints[i] as { id: string }).id), cases: v.cases }));
}

function conformance(frame: AnalysisFrame, counts: Counts, cases: number, list: TransitionAnalytics[]): ConformanceAnalytics {
  const n = frame.touchpoints.length;
  const unobserved = frame.touchpoints.filter((t, i) => (t.observe?.length ?? 0) > 0 && counts.reach[i] === 0).map((t) => t.id);
  const unusedEdges = frame.edges
    .filter(([a, b]) => !counts.steps.has((a + 1) * (n + 1) + b))
    .map(([a, b]) => ({ from: (frame.touchpoints[a] as { id: string }).id, to: (frame.touchpoints[b] as { id: string }).id }));
  const undesigned = list.filter((t) => !t.designed && t.from !== "start" && t.to !== "end").map(({ from, to, cases: c, count: k }) => ({ from, to, cases: c, count: k }));
  // Stable sort: ties keep the transitions' order (journey order of from, then to).
  undesigned.sort((a, b) => b.cases - a.cases || b.count - a.count);
  return { fitness: cases === 0 ? null : counts.fit / cases, unobserved, unusedEdges, undesigned };
}

/**
 * The figures of the chosen sequences: touchpoint reach, the stage funnel, transitions,
 * variants and conformance. `events` holds the raw matched events per touchpoint.
 */
export function aggregateSequences(frame: AnalysisFrame, seqs: Sequences, chosen: ArrayLike<number>, events: ArrayLike<number>, maxVariants: number): SequenceAnalytics {
  const counts = count(frame, seqs, chosen);
  const list = transitions(frame, counts.steps);
  let matchedEvents = 0;
  for (let i = 0; i < frame.touchpoints.length; i++) matchedEvents += events[i] as number;
  return {
    cases: chosen.length,
    matchedEvents,
    touchpoints: frame.touchpoints.map((t, i) => ({ touchpointId: t.id, cases: counts.reach[i] as number, events: events[i] as number })),
    stages: stageFunnel(frame, seqs, chosen),
    transitions: list,
    variants: variants(frame, counts.variants, maxVariants),
    conformance: conformance(frame, counts, chosen.length, list),
  };
}
