/*
 * The edges of a flow as they are built, over touchpoint indices in journey order: each
 * touchpoint's own edges (its `next`, or the implicit one to the following touchpoint),
 * then the skip edges that optional touchpoints add. Parallel typed arrays, grouped by
 * source: the edges leaving `i` are `first[i]` up to `first[i + 1]`. `flow-index.ts` adds
 * the edges by target, the starts and the ends.
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

/** The kind codes of `FlowIndex.kind`: each kind's index in {@link FLOW_EDGE_KINDS}. */
export const FLOW_KIND = { sequence: SEQUENCE, branch: BRANCH, skip: SKIP, loop: LOOP } as const;

/** Edges under construction: parallel arrays, `first` by source (length: nodes + 1). */
export interface Edges {
  /** How many edges. */
  m: number;
  /** The source node of each edge. */
  from: Int32Array;
  /** The target node of each edge. */
  to: Int32Array;
  /** The kind of each edge, as its index in {@link FLOW_EDGE_KINDS}. */
  kind: Uint8Array;
  /** The `next` entry behind each edge, `undefined` for implicit and skip edges. */
  step: (NextStep | undefined)[];
  /** The edges leaving node `i` are `first[i]` … `first[i + 1] - 1`. */
  first: Int32Array;
}

/** The node of each touchpoint id, or `undefined` when no touchpoint has a non-empty `next` (nothing to look up). */
function positions(order: readonly Touchpoint[]): Map<string, number> | undefined {
  if (!order.some((t) => t.next !== undefined && t.next.length > 0)) return undefined;
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
export function ownEdges(order: readonly Touchpoint[]): Edges {
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
export function withSkips(order: readonly Touchpoint[], own: Edges): Edges {
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
