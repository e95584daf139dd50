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
import type { NextStep, Touchpoint } from "./touchpoint";

/** The kinds of flow edge: the plain next step, one way of several, a skip over an optional touchpoint, a step back. */
export const FLOW_EDGE_KINDS = ["sequence", "branch", "skip", "loop"] as const;

/** The kind of a flow edge. */
export type FlowEdgeKind = (typeof FLOW_EDGE_KINDS)[number];

const SEQUENCE = 0;
const BRANCH = 1;
const SKIP = 2;
const LOOP = 3;

/** The kind codes of {@link FlowIndex.kind}: each kind's index in {@link FLOW_EDGE_KINDS}. */
export const FLOW_KIND = { sequence: SEQUENCE, branch: BRANCH, skip: SKIP, loop: LOOP } as const;

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
  /** The kind of each edge, as its index in {@link FLOW_EDGE_KINDS}. */
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

/** Edges under construction: parallel arrays, `first` by source. */
interface Edges {
  m: number;
  from: Int32Array;
  to: Int32Array;
  kind: Uint8Array;
  step: (NextStep | undefined)[];
  first: Int32Array;
}

/** The node of each touchpoint id, or `undefined` when no touchpoint has a non-empty `next` (nothing to look up). */
function positions(order: readonly Touchpoint[]): Map<string, number> | undefined {
  let capacity = 0;
  for (const t of order) if (t.next !== undefined && t.next.length > 0) capacity++;
  if (capacity === 0) return undefined;
  const out = new Map<string, number>();
  for (let i = 0; i < order.length; i++) out.set((order[i] as Touchpoint).id, i);
  return out;
}

/** Whether `to[begin…end - 1]` holds `node` (a touchpoint's `next` is short: a scan beats a set). */
function listed(to: Int32Array, begin: number, end: number, node: number): boolean {
  for (let e = begin; e < end; e++) if (to[e] === node) return true;
  return false;
}

/** Each touchpoint's own edges: its `next` (first entry per target, known targets only), or the implicit one. */
function ownEdges(order: readonly Touchpoint[]): Edges {
  const n = order.length;
  let capacity = 0;
  for (const t of order) capacity += t.next !== undefined && t.next.length > 1 ? t.next.length : 1;
  const edges: Edges = { m: 0, from: new Int32Array(capacity), to: new Int32Array(capacity), kind: new Uint8Array(capacity), step: [], first: new Int32Array(n + 1) };
  const position = positions(order);
  const { from, to, kind, step, first } = edges;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const touchpoint = order[i] as Touchpoint;
    const next = touchpoint.next;
    first[i] = m;
    if (next === undefined || next.length === 0 || position === undefined) {
      if (i + 1 < n && touchpoint.terminal !== true) {
        from[m] = i;
        to[m] = i + 1;
        step.push(undefined);
        m++;
      }
      continue;
    }
    const own = m;
    for (const entry of next) {
      const at = position.get(entry.touchpointId);
      if (at === undefined || listed(to, own, m, at)) continue;
      from[m] = i;
      to[m] = at;
      kind[m] = at <= i ? LOOP : next.length > 1 ? BRANCH : SEQUENCE;
      step.push(entry);
      m++;
    }
  }
  first[n] = m;
  edges.m = m;
  return edges;
}

/**
 * The skip edges of the optional touchpoints, by source: from each predecessor of an
 * optional touchpoint to each of its successors (skip edges made for earlier optional
 * touchpoints included, so a run of them is skipped as a whole), never doubling an edge.
 */
function skipTargets(order: readonly Touchpoint[], own: Edges): (number[] | undefined)[] {
  const n = order.length;
  const has = new Set<number>();
  const into: number[][] = Array.from({ length: n }, () => []);
  const skips: (number[] | undefined)[] = new Array(n).fill(undefined);
  for (let e = 0; e < own.m; e++) {
    const a = own.from[e] as number;
    const b = own.to[e] as number;
    has.add(a * n + b);
    if (a !== b) (into[b] as number[]).push(a);
  }
  for (let i = 0; i < n; i++) {
    if ((order[i] as Touchpoint).optional !== true) continue;
    const successors: number[] = [];
    for (let e = own.first[i] as number; e < (own.first[i + 1] as number); e++) if (own.to[e] !== i) successors.push(own.to[e] as number);
    for (const to of skips[i] ?? []) if (to !== i) successors.push(to);
    for (const before of [...(into[i] as number[])]) {
      for (const onward of successors) {
        if (before === onward || has.has(before * n + onward)) continue;
        has.add(before * n + onward);
        (into[onward] as number[]).push(before);
        const list = skips[before];
        if (list) list.push(onward);
        else skips[before] = [onward];
      }
    }
  }
  return skips;
}

/** The own edges with the skip edges of each source after them, sorted by target. */
function withSkips(order: readonly Touchpoint[], own: Edges): Edges {
  const n = order.length;
  const skips = skipTargets(order, own);
  let m = own.m;
  for (const list of skips) if (list) m += list.length;
  const out: Edges = { m, from: new Int32Array(m), to: new Int32Array(m), kind: new Uint8Array(m), step: [], first: new Int32Array(n + 1) };
  let e = 0;
  for (let i = 0; i < n; i++) {
    out.first[i] = e;
    for (let k = own.first[i] as number; k < (own.first[i + 1] as number); k++, e++) {
      out.from[e] = i;
      out.to[e] = own.to[k] as number;
      out.kind[e] = own.kind[k] as number;
      out.step.push(own.step[k]);
    }
    for (const to of (skips[i] ?? []).sort((a, b) => a - b)) {
      out.from[e] = i;
      out.to[e] = to;
      out.kind[e] = SKIP;
      out.step.push(undefined);
      e++;
    }
  }
  out.first[n] = e;
  return out;
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
