/*
 * The flow of a map: a graph over its touchpoints. A touchpoint without `next` flows to the
 * following one in journey order (stages in order, then the touchpoints of each stage in
 * array order), so a map that never uses `next` is the simple chain. Edges are listed by
 * their source in journey order; a source's own edges (its `next` in the order written,
 * or the implicit one) come before the skip edges that optional touchpoints add. The graph
 * itself is worked out over indices (`flow-index.ts`); this file gives it ids and objects.
 */
import { FLOW_EDGE_KINDS, type FlowEdgeKind } from "./flow-edges";
import { type FlowIndex, indexFlow } from "./flow-index";
import type { JourneyMap } from "./journey-map";
import type { Touchpoint } from "./touchpoint";

export { FLOW_EDGE_KINDS, type FlowEdgeKind } from "./flow-edges";

/** One edge of the flow: customers go from `from` to `to` (touchpoint ids). */
export interface FlowEdge {
  /** The touchpoint customers leave. */
  from: string;
  /** The touchpoint they reach. */
  to: string;
  /** `"loop"` when `to` is not later in journey order, `"branch"` for one of several `next`, `"skip"` over an optional touchpoint, else `"sequence"`. */
  kind: FlowEdgeKind;
  /** The `next` entry's label, where given. */
  label?: string;
  /** The `next` entry's share of customers, where given. */
  share?: number;
}

/** The flow of a map, as returned by {@link flowGraph}. */
export interface FlowGraph {
  /** Every edge, by source in journey order. */
  edges: FlowEdge[];
  /** Touchpoints where the journey starts, in journey order. */
  starts: string[];
  /** Touchpoints where the journey can end, in journey order. */
  ends: string[];
}

/**
 * Returns the touchpoints of `map` in journey order: stages in order, then each stage's
 * touchpoints in array order. Touchpoints whose stage does not exist are left out; it
 * never throws.
 *
 * @example
 * ```ts
 * import { createJourneyMap, journeyOrder } from "journeykit";
 *
 * journeyOrder(createJourneyMap({ title: "Empty" })); // []
 * ```
 */
export function journeyOrder(map: Pick<JourneyMap, "stages" | "touchpoints">): Touchpoint[] {
  const byStage = new Map<string, Touchpoint[]>();
  for (const stage of map.stages) byStage.set(stage.id, []);
  for (const touchpoint of map.touchpoints) byStage.get(touchpoint.stageId)?.push(touchpoint);
  const out: Touchpoint[] = [];
  for (const stage of map.stages) {
    const list = byStage.get(stage.id);
    if (list) out.push(...list);
    byStage.delete(stage.id);
  }
  return out;
}

/**
 * Returns whether any touchpoint of `map` has a non-empty `next`, or is `optional` or
 * `terminal`: without them the flow is the plain chain in journey order. Never throws.
 *
 * @example
 * ```ts
 * import { createJourneyMap, usesFlowFields } from "journeykit";
 *
 * usesFlowFields(createJourneyMap({ title: "Plain" })); // false
 * ```
 */
export function usesFlowFields(map: Pick<JourneyMap, "touchpoints">): boolean {
  return map.touchpoints.some((t) => (t.next !== undefined && t.next.length > 0) || t.optional === true || t.terminal === true);
}

/**
 * Returns the flow of `map` — its edges, starts and ends — as DESIGN.md's "Flow" defines
 * it; it never throws (references that name no touchpoint are left out). A touchpoint
 * with a non-empty `next` flows exactly there; one without flows to the following
 * touchpoint unless it is `terminal`; an `optional` touchpoint adds a `skip` edge from each
 * predecessor to each successor. `starts` are the touchpoints no edge from another one
 * reaches (the first in journey order when all are reached), `ends` the terminal ones and
 * the last; the successors of an optional start are starts too, and the predecessors of
 * an optional end are ends, since customers may skip it.
 *
 * @example
 * ```ts
 * import { flowGraph, parseJourneyMap } from "journeykit";
 *
 * const map = parseJourneyMap({
 *   schemaVersion: 1, id: "m", title: "Coffee", stages: [{ id: "s", name: "Visit" }],
 *   touchpoints: [
 *     { id: "order", stageId: "s", name: "Order" },
 *     { id: "pay", stageId: "s", name: "Pay" },
 *   ],
 * });
 * flowGraph(map);
 * // { edges: [{ from: "order", to: "pay", kind: "sequence" }], starts: ["order"], ends: ["pay"] }
 * ```
 */
export function flowGraph(map: Pick<JourneyMap, "stages" | "touchpoints">): FlowGraph {
  return flowGraphOf(indexFlow(journeyOrder(map)));
}

/**
 * Returns the {@link FlowGraph} of a flow worked out over indices ({@link indexFlow}): its
 * edges as objects, its starts and ends as ids. Never throws.
 *
 * @example
 * ```ts
 * import { flowGraphOf } from "./flow-graph";
 * import { indexFlow } from "./flow-index";
 *
 * flowGraphOf(indexFlow(journeyOrder(map))); // the same as flowGraph(map)
 * ```
 */
export function flowGraphOf(flow: FlowIndex): FlowGraph {
  const { order } = flow;
  const id = (node: number) => (order[node] as Touchpoint).id;
  const edges: FlowEdge[] = [];
  for (let e = 0; e < flow.edgeCount; e++) {
    const edge: FlowEdge = { from: id(flow.from[e] as number), to: id(flow.to[e] as number), kind: FLOW_EDGE_KINDS[flow.kind[e] as number] as FlowEdgeKind };
    const step = flow.step[e];
    if (step?.label !== undefined) edge.label = step.label;
    if (step?.share !== undefined) edge.share = step.share;
    edges.push(edge);
  }
  return { edges, starts: Array.from(flow.starts, id), ends: Array.from(flow.ends, id) };
}
