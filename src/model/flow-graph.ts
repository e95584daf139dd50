/*
 * The flow of a map: a graph over its touchpoints. A touchpoint without `next` flows to the
 * following one in journey order (stages in order, then the touchpoints of each stage in
 * array order), so a map that never uses `next` is the simple chain. Edges are listed by
 * their source in journey order; a source's own edges (its `next` in the order written,
 * or the implicit one) come before the skip edges that optional touchpoints add.
 *
 * This is the flow as ids and objects, worked out directly from the definition; the gap
 * analysis walks the same flow over dense indices (`flow-index.ts`), and the tests hold the
 * two to the same edges, starts and ends. The layout (and so a page that only draws maps)
 * needs only this one.
 */
import type { FlowEdgeKind } from "./flow-edges";
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

/** The explicit or implicit edges leaving the touchpoint at `i`, without skip edges. */
function ownEdges(order: readonly Touchpoint[], i: number, position: Map<string, number>): FlowEdge[] {
  const touchpoint = order[i] as Touchpoint;
  const next = touchpoint.next ?? [];
  if (next.length === 0) {
    const following = order[i + 1];
    return following && touchpoint.terminal !== true ? [{ from: touchpoint.id, to: following.id, kind: "sequence" }] : [];
  }
  const out: FlowEdge[] = [];
  const seen = new Set<string>();
  for (const step of next) {
    const at = position.get(step.touchpointId);
    if (at === undefined || seen.has(step.touchpointId)) continue;
    seen.add(step.touchpointId);
    const kind: FlowEdgeKind = at <= i ? "loop" : next.length > 1 ? "branch" : "sequence";
    const edge: FlowEdge = { from: touchpoint.id, to: step.touchpointId, kind };
    if (step.label !== undefined) edge.label = step.label;
    if (step.share !== undefined) edge.share = step.share;
    out.push(edge);
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
  const order = journeyOrder(map);
  const position = new Map<string, number>();
  for (let i = 0; i < order.length; i++) position.set((order[i] as Touchpoint).id, i);
  const out: FlowEdge[][] = order.map((_, i) => ownEdges(order, i, position));
  // Without an optional touchpoint there is nothing to skip: the edges are each touchpoint's own.
  if (!order.some((t) => t.optional === true)) {
    const edges = out.flat();
    return { edges, ...startsAndEnds(order, edges) };
  }
  const skips: FlowEdge[][] = order.map(() => []);
  const has = new Set<string>();
  const key = (from: string, to: string) => `${from}\u0000${to}`;
  const into = new Map<string, FlowEdge[]>();
  const link = (e: FlowEdge) => {
    has.add(key(e.from, e.to));
    if (e.from === e.to) return;
    const list = into.get(e.to);
    if (list) list.push(e);
    else into.set(e.to, [e]);
  };
  for (const list of out) for (const e of list) link(e);
  for (let i = 0; i < order.length; i++) {
    const skipped = order[i] as Touchpoint;
    if (skipped.optional !== true) continue;
    const successors = [...(out[i] as FlowEdge[]), ...(skips[i] as FlowEdge[])].filter((e) => e.to !== skipped.id);
    for (const before of [...(into.get(skipped.id) ?? [])]) {
      for (const onward of successors) {
        if (before.from === onward.to || has.has(key(before.from, onward.to))) continue;
        const edge: FlowEdge = { from: before.from, to: onward.to, kind: "skip" };
        link(edge);
        (skips[position.get(before.from) as number] as FlowEdge[]).push(edge);
      }
    }
  }
  const edges = order.flatMap((_, i) => [...(out[i] as FlowEdge[]), ...(skips[i] as FlowEdge[]).sort((a, b) => (position.get(a.to) as number) - (position.get(b.to) as number))]);
  return { edges, ...startsAndEnds(order, edges) };
}

/** The starts and ends of a flow whose edges are known. */
function startsAndEnds(order: readonly Touchpoint[], edges: readonly FlowEdge[]): Pick<FlowGraph, "starts" | "ends"> {
  if (order.length === 0) return { starts: [], ends: [] };
  const reached = new Set<string>();
  for (const e of edges) if (e.from !== e.to) reached.add(e.to);
  const start = new Set(order.filter((t) => !reached.has(t.id)).map((t) => t.id));
  if (start.size === 0) start.add((order[0] as Touchpoint).id);
  const end = new Set(order.filter((t) => t.terminal === true).map((t) => t.id));
  end.add((order[order.length - 1] as Touchpoint).id);
  const optional = new Set(order.filter((t) => t.optional === true).map((t) => t.id));
  // Skipping an optional start or end: walk on through optional touchpoints, once each.
  const spread = (set: Set<string>, forward: boolean) => {
    const queue = [...set].filter((id) => optional.has(id));
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      for (const e of edges) {
        if (e.kind === "loop" || (forward ? e.from : e.to) !== id) continue;
        const other: string = forward ? e.to : e.from;
        if (set.has(other)) continue;
        set.add(other);
        if (optional.has(other)) queue.push(other);
      }
    }
  };
  spread(start, true);
  spread(end, false);
  const inOrder = (set: Set<string>) => order.filter((t) => set.has(t.id)).map((t) => t.id);
  return { starts: inOrder(start), ends: inOrder(end) };
}
