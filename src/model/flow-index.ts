/*
 * The flow of a map over dense indices: touchpoint `i` is the `i`-th in journey order, and
 * edge `e` goes from `from[e]` to `to[e]` with kind `kind[e]` (an index into
 * FLOW_EDGE_KINDS). Edges are listed as `flowGraph` lists them — by source in journey
 * order, a source's own edges (its `next` as written, or the implicit one) before the skip
 * edges that optional touchpoints add, those by target — so the edges leaving `i` are
 * `first[i]` up to `first[i + 1]` (compressed sparse rows), and the edges reaching `i` are
 * `inEdge[inFirst[i]]` up to `inEdge[inFirst[i + 1]]`, in edge order. Built in time linear
 * in the map (plus the skip edges), with one Map lookup per `next` entry and none at all for
 * a map without `next`; `flowGraph` turns it into objects, and the analysis walks it as is.
 */
import { type Edges, FLOW_KIND, ownEdges, withSkips } from "./flow-edges";
import type { NextStep, Touchpoint } from "./touchpoint";

export { FLOW_EDGE_KINDS, FLOW_KIND, type FlowEdgeKind } from "./flow-edges";

const LOOP = FLOW_KIND.loop;

/** The flow of a map over touchpoint indices in journey order (see the file comment). */
export interface FlowIndex {
  /** The touchpoints in journey order: node `i` is `order[i]`. */
  readonly order: readonly Touchpoint[];
  /** How many edges. */
  readonly edgeCount: number;
  /** The source node of each edge. */
  readonly from: Int32Array;
  /** The target node of each edge. */
  readonly to: Int32Array;
  /** The kind of each edge, as its index in `FLOW_EDGE_KINDS`. */
  readonly kind: Uint8Array;
  /** The `next` entry behind each edge (its label and share), `undefined` for implicit and skip edges. */
  readonly step: readonly (NextStep | undefined)[];
  /** The edges leaving node `i` are `first[i]` … `first[i + 1] - 1` (length: nodes + 1). */
  readonly first: Int32Array;
  /** The edges reaching node `i` are `inEdge[inFirst[i]]` … `inEdge[inFirst[i + 1] - 1]` (length: nodes + 1). */
  readonly inFirst: Int32Array;
  /** Edge ids grouped by target, in edge order within each target. */
  readonly inEdge: Int32Array;
  /** The start nodes, in journey order. */
  readonly starts: Int32Array;
  /** The end nodes, in journey order. */
  readonly ends: Int32Array;
  /** Whether any edge is a loop (without one the flow has no cycle: every other edge goes later). */
  readonly hasLoop: boolean;
}
/** The edges grouped by target (counting sort, so edge order is kept within a target). */
function incoming(n: number, edges: Edges): { inFirst: Int32Array; inEdge: Int32Array } {
  const inFirst = new Int32Array(n + 1);
  for (let e = 0; e < edges.m; e++) (inFirst[(edges.to[e] as number) + 1] as number)++;
  for (let i = 0; i < n; i++) inFirst[i + 1] = (inFirst[i + 1] as number) + (inFirst[i] as number);
  const fill = inFirst.slice(0, n);
  const inEdge = new Int32Array(edges.m);
  for (let e = 0; e < edges.m; e++) {
    const b = edges.to[e] as number;
    inEdge[fill[b] as number] = e;
    fill[b] = (fill[b] as number) + 1;
  }
  return { inFirst, inEdge };
}

/** The nodes marked in `marks`, in order. */
function marked(marks: Uint8Array): Int32Array {
  let count = 0;
  for (let i = 0; i < marks.length; i++) count += marks[i] as number;
  const out = new Int32Array(count);
  for (let i = 0, k = 0; i < marks.length; i++) if (marks[i] === 1) out[k++] = i;
  return out;
}

/**
 * Marks, from the optional touchpoints marked in `marks`, every node one non-loop edge away
 * (forward or backward), and on through optional ones: skipping an optional start or end
 * makes its neighbours starts or ends too.
 */
function spread(order: readonly Touchpoint[], edges: Edges, into: { inFirst: Int32Array; inEdge: Int32Array }, marks: Uint8Array, forward: boolean): void {
  const queue: number[] = [];
  for (let i = 0; i < order.length; i++) if (marks[i] === 1 && (order[i] as Touchpoint).optional === true) queue.push(i);
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    const begin = forward ? (edges.first[node] as number) : (into.inFirst[node] as number);
    const end = forward ? (edges.first[node + 1] as number) : (into.inFirst[node + 1] as number);
    for (let k = begin; k < end; k++) {
      const e = forward ? k : (into.inEdge[k] as number);
      if (edges.kind[e] === LOOP) continue;
      const other = (forward ? edges.to[e] : edges.from[e]) as number;
      if (marks[other] === 1) continue;
      marks[other] = 1;
      if ((order[other] as Touchpoint).optional === true) queue.push(other);
    }
  }
}

/** The starts and ends of a flow whose edges are known, as DESIGN.md's "Flow" defines them. */
function startsAndEnds(order: readonly Touchpoint[], edges: Edges, into: { inFirst: Int32Array; inEdge: Int32Array }, optional: boolean) {
  const n = order.length;
  if (n === 0) return { starts: new Int32Array(0), ends: new Int32Array(0) };
  const start = new Uint8Array(n);
  let any = false;
  for (let i = 0; i < n; i++) {
    let reached = false;
    for (let k = into.inFirst[i] as number; k < (into.inFirst[i + 1] as number); k++) if (edges.from[into.inEdge[k] as number] !== i) reached = true;
    if (!reached) start[i] = 1;
    any ||= !reached;
  }
  if (!any) start[0] = 1;
  const end = new Uint8Array(n);
  for (let i = 0; i < n; i++) if ((order[i] as Touchpoint).terminal === true) end[i] = 1;
  end[n - 1] = 1;
  if (optional) {
    spread(order, edges, into, start, true);
    spread(order, edges, into, end, false);
  }
  return { starts: marked(start), ends: marked(end) };
}

/**
 * Returns the flow of the touchpoints `order` (a map's journey order, as `journeyOrder`
 * gives it) over their indices: the same edges, starts and ends as `flowGraph`, as typed
 * arrays (see {@link FlowIndex}). References that name no touchpoint are left out; it never
 * throws.
 *
 * @example
 * ```ts
 * import { indexFlow } from "./flow-index";
 * import { journeyOrder } from "./flow-graph";
 *
 * const flow = indexFlow(journeyOrder(map));
 * for (let e = flow.first[0]; e < flow.first[1]; e++) flow.order[flow.to[e]]; // where customers go after the first touchpoint
 * ```
 */
export function indexFlow(order: readonly Touchpoint[]): FlowIndex {
  const own = ownEdges(order);
  const optional = order.some((t) => t.optional === true);
  const edges = optional ? withSkips(order, own) : own;
  const into = incoming(order.length, edges);
  let hasLoop = false;
  for (let e = 0; e < edges.m && !hasLoop; e++) hasLoop = edges.kind[e] === LOOP;
  const { m, from, to, kind, step, first } = edges;
  return {
    order,
    edgeCount: m,
    from: from.subarray(0, m),
    to: to.subarray(0, m),
    kind: kind.subarray(0, m),
    step,
    first,
    ...into,
    ...startsAndEnds(order, edges, into, optional),
    hasLoop,
  };
}
