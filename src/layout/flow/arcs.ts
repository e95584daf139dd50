/*
 * Arcs in the gutters. An arc leaves its source box straight up (a loop, in the gutter
 * above the touchpoints) or down (any other edge that the tracks cannot carry, in the
 * gutter below), runs horizontally on a level of the gutter and enters its target box
 * from the same side. A column holds one touchpoint, so the vertical parts cross no box;
 * arcs whose columns overlap get different levels (interval partitioning again), so no two
 * horizontal parts lie on one another; and each box spreads the ends that meet one of its
 * sides evenly along it, ordered by where their other end lies, so no two ends coincide.
 */
import { formatNumber as r } from "../../analysis/format";
import { round2 } from "../cell";
import { assignTracks } from "./assign-tracks";

/** A box's side where vertical edge ends meet it. */
export type Side = "top" | "bottom";

/** One end of an edge that meets a box's top or bottom. */
export interface EndRequest {
  /** The box (touchpoint id). */
  box: string;
  side: Side;
  /** The edge, by index, and which of its ends this is. */
  edge: number;
  end: "start" | "end";
  /** The column of the edge's other end, which orders the ends along the side. */
  towards: number;
}

/**
 * Returns the x of each end request (in the order given), spread evenly along its box's
 * side: `box.x + box.width · (k + 1) / (n + 1)` for the k-th of n ends, ordered by the
 * column they lead towards; for a loop back to the same box, its end left of its start.
 */
export function spreadEnds(requests: readonly EndRequest[], boxOf: (id: string) => { x: number; width: number }): number[] {
  const groups = new Map<string, number[]>();
  requests.forEach((q, i) => {
    const k = `${q.box}\u0000${q.side}`;
    const list = groups.get(k);
    if (list) list.push(i);
    else groups.set(k, [i]);
  });
  const xs = new Array<number>(requests.length).fill(0);
  const rank = (q: EndRequest) => q.towards * 2 + (q.end === "end" ? 0 : 1);
  for (const list of groups.values()) {
    list.sort((a, b) => rank(requests[a] as EndRequest) - rank(requests[b] as EndRequest) || a - b);
    const box = boxOf((requests[list[0] as number] as EndRequest).box);
    list.forEach((i, k) => {
      xs[i] = round2(box.x + (box.width * (k + 1)) / (list.length + 1));
    });
  }
  return xs;
}

/** Returns the gutter level of each arc, given the columns it spans: arcs whose columns overlap (ends included) never share one. */
export function arcLevels(spans: readonly { from: number; to: number }[]): number[] {
  return assignTracks(spans.map((s) => ({ start: Math.min(s.from, s.to), end: Math.max(s.from, s.to) })));
}

/** Returns the path data of an arc from `(x1, y1)` out to the level at `y`, across to `x2` and back to `(x2, y2)`. */
export function arcPath(x1: number, y1: number, y: number, x2: number, y2: number): string {
  return `M${r(x1)},${r(y1)}V${r(y)}H${r(x2)}V${r(y2)}`;
}

/** Returns the path data of an edge along a track, optionally bending at its start (`entry`) or its end (`exit`). */
export function trackPath(start: { x: number; y: number }, end: { x: number; y: number }, bend: "none" | "entry" | "exit"): string {
  const from = `M${r(start.x)},${r(start.y)}`;
  if (bend === "entry") return `${from}V${r(end.y)}H${r(end.x)}`;
  if (bend === "exit") return `${from}H${r(end.x)}V${r(end.y)}`;
  return `${from}H${r(end.x)}`;
}

/** The length and half width of an arrowhead, in px. */
const HEAD = { length: 8, half: 4 } as const;

/**
 * Returns the path data of an arrowhead: a closed triangle whose tip is `end`, pointing
 * from `before` (the point the last piece of the line comes from) to `end`; rightwards
 * when the two coincide.
 */
export function arrowHead(before: { x: number; y: number }, end: { x: number; y: number }): string {
  const dx = end.x - before.x;
  const dy = end.y - before.y;
  const length = Math.hypot(dx, dy);
  const [ux, uy] = length > 0 ? [dx / length, dy / length] : [1, 0];
  const bx = end.x - HEAD.length * ux;
  const by = end.y - HEAD.length * uy;
  return `M${r(end.x)},${r(end.y)}L${r(bx - HEAD.half * uy)},${r(by + HEAD.half * ux)}L${r(bx + HEAD.half * uy)},${r(by - HEAD.half * ux)}Z`;
}
