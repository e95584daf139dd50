import type { AnalysisFrame } from "./analysis-frame";
import type { Sequences } from "./build-sequences";
import type { StageAnalytics } from "./journey-analytics";
import { lowerQuantile } from "./quantile";

const MINUTE = 60_000;

/**
 * The stage funnel over the chosen sequences: per stage, the cases that entered, those
 * with an event in a later stage after their first event here, and the minutes from that
 * first event to the first later-stage event after it.
 */
export function stageFunnel(frame: AnalysisFrame, seqs: Sequences, chosen: ArrayLike<number>): StageAnalytics[] {
  const stageCount = frame.stageIds.length;
  const entered = new Float64Array(stageCount);
  const minutes: number[][] = frame.stageIds.map(() => []);
  const first = new Int32Array(stageCount);
  const { starts, touchpoints, times } = seqs;
  let suffix = new Int32Array(64);
  for (let k = 0; k < chosen.length; k++) {
    const s = chosen[k] as number;
    const from = starts[s] as number;
    const to = starts[s + 1] as number;
    if (suffix.length < to - from + 1) suffix = new Int32Array((to - from + 1) * 2);
    // suffix[i]: the highest stage from position i on (−1 past the end).
    suffix[to - from] = -1;
    for (let i = to - 1; i >= from; i--) suffix[i - from] = Math.max(suffix[i - from + 1] as number, frame.stageOf[touchpoints[i] as number] as number);
    first.fill(-1);
    for (let i = from; i < to; i++) {
      const stage = frame.stageOf[touchpoints[i] as number] as number;
      if (first[stage] === -1) first[stage] = i;
    }
    for (let stage = 0; stage < stageCount; stage++) {
      const at = first[stage] as number;
      if (at === -1) continue;
      entered[stage]!++;
      if ((suffix[at - from + 1] as number) <= stage) continue;
      let j = at + 1;
      while ((frame.stageOf[touchpoints[j] as number] as number) <= stage) j++;
      (minutes[stage] as number[]).push(((times[j] as number) - (times[at] as number)) / MINUTE);
    }
  }
  return frame.stageIds.map((stageId, stage) => {
    const times = Float64Array.from(minutes[stage] as number[]).sort();
    const continued = times.length;
    const count = entered[stage] as number;
    return {
      stageId,
      entered: count,
      continued,
      dropOff: stage === frame.lastStage ? null : count - continued,
      medianMinutes: lowerQuantile(times, 1, 2),
      p90Minutes: lowerQuantile(times, 9, 10),
    };
  });
}
