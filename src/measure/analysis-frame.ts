import { type FlowGraph, flowGraph, journeyOrder } from "../model/flow-graph";
import type { JourneyMap } from "../model/journey-map";
import type { Touchpoint } from "../model/touchpoint";

/** What the aggregation needs to know about the map, by touchpoint index in journey order. */
export interface AnalysisFrame {
  /** Touchpoints in journey order. */
  touchpoints: Touchpoint[];
  /** Stage ids in order. */
  stageIds: string[];
  /** Stage index of each touchpoint. */
  stageOf: Int32Array;
  /** The last stage index that has touchpoints (−1 without any). */
  lastStage: number;
  /** The flow. */
  flow: FlowGraph;
  /** Flow edges as touchpoint index pairs, in flow order. */
  edges: [number, number][];
  /** Designed pairs: `from × n + to`. */
  designed: Set<number>;
  /** Whether each touchpoint starts (or ends) the flow. */
  isStart: Uint8Array;
  isEnd: Uint8Array;
}

/** The frame of a map: journey order, stages and flow by index. */
export function analysisFrame(map: JourneyMap): AnalysisFrame {
  const touchpoints = journeyOrder(map);
  const n = touchpoints.length;
  const index = new Map<string, number>();
  touchpoints.forEach((t, i) => {
    index.set(t.id, i);
  });
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const stageOf = Int32Array.from(touchpoints, (t) => stageIndex.get(t.stageId) ?? 0);
  const flow = flowGraph(map);
  const edges = flow.edges.map((e) => [index.get(e.from), index.get(e.to)] as [number, number]);
  const designed = new Set(edges.map(([a, b]) => a * n + b));
  const isStart = new Uint8Array(n);
  const isEnd = new Uint8Array(n);
  for (const id of flow.starts) isStart[index.get(id) as number] = 1;
  for (const id of flow.ends) isEnd[index.get(id) as number] = 1;
  return { touchpoints, stageIds: map.stages.map((s) => s.id), stageOf, lastStage: n === 0 ? -1 : (stageOf[n - 1] as number), flow, edges, designed, isStart, isEnd };
}
