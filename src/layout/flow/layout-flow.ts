import type { JourneyMap } from "../../model/journey-map";
import type { LayoutFlow, LayoutFlowEdge, LayoutFlowSummary } from "../types";
import type { FlowPlan } from "./plan-flow";

/** Returns the layout's {@link LayoutFlow}: the drawn edges, the paths and each touchpoint's track. */
export function layoutFlow(flow: FlowPlan, edges: LayoutFlowEdge[]): LayoutFlow {
  return {
    edges,
    paths: flow.paths.map((p) => [...p]),
    tracks: [...flow.trackOf].sort(([a], [b]) => (flow.columnOf.get(a) as number) - (flow.columnOf.get(b) as number)).map(([touchpointId, track]) => ({ touchpointId, track })),
  };
}

/** Returns how often the journey branches, loops back and may skip a touchpoint, counted from the plan. */
export function flowSummary(map: JourneyMap, flow: FlowPlan): LayoutFlowSummary {
  const forward = new Map<string, number>();
  let loops = 0;
  for (const e of flow.edges) {
    const back = (flow.columnOf.get(e.to) as number) <= (flow.columnOf.get(e.from) as number);
    if (back) loops++;
    else if (e.kind !== "skip") forward.set(e.from, (forward.get(e.from) ?? 0) + 1);
  }
  const branches = [...forward.values()].filter((n) => n > 1).length;
  const optional = map.touchpoints.filter((t) => t.optional === true && flow.columnOf.has(t.id)).length;
  return { branches, loops, optional };
}
