/*
 * The flow of a map, planned for drawing. The main path starts at the first start and
 * follows, from each touchpoint, its most likely way forward (the highest share; without
 * shares, the first in `next` order; a skip only when nothing else goes forward). Every
 * other touchpoint belongs to a run: the leftmost touchpoint not yet placed, then onward
 * along the same rule to touchpoints not yet placed. A run leaves from its entry (the
 * nearest touchpoint before it with an edge into it) and rejoins at its exit (the nearest
 * one after it that its last touchpoint flows to); it occupies the columns from entry to
 * exit. The main path is track 0, and every run gets a track below by interval
 * partitioning, so runs that share a column never share a track (except where one rejoins
 * at the touchpoint the other leaves from: their lines meet that box side by side).
 *
 * Drawn on the tracks ("track" edges): the main path's steps, each run's steps, entry and
 * exit. Because a column holds one touchpoint and a run has its columns to itself on its
 * track, these lines cross no box. Every other edge is an arc in a gutter: a way back (a
 * loop) above the touchpoints, any other way forward (a skip, a second branch into a
 * touchpoint that is already placed) below them.
 */
import { type FlowEdge, flowGraph, usesFlowFields } from "../../model/flow-graph";
import type { JourneyMap } from "../../model/journey-map";
import type { ColumnPlan } from "../columns";
import { assignTracks } from "./assign-tracks";

/**
 * How a flow edge is drawn: `"track"` straight along one track; `"entry"` down (or up) from
 * its source, then along the track of its target (a run leaving); `"exit"` along the
 * track of its source, then up (or down) into its target (a run rejoining); or as an arc
 * in the gutter `"above"` the touchpoints (a loop) or `"below"` them.
 */
export type FlowRoute = "track" | "entry" | "exit" | "above" | "below";

/** The flow of a map, planned for drawing (see the file's opening comment). */
export interface FlowPlan {
  /** The edges between touchpoints that have columns, in `flowGraph` order. */
  edges: readonly FlowEdge[];
  /** How each edge of `edges` is drawn. */
  routes: readonly FlowRoute[];
  /** The column of each touchpoint. */
  columnOf: ReadonlyMap<string, number>;
  /** The track of each touchpoint (0: the main path). */
  trackOf: ReadonlyMap<string, number>;
  /** The main path, then each run with its entry and exit: touchpoint ids, left to right. */
  paths: readonly (readonly string[])[];
}

/** Whether `edges` are exactly the chain through `ids`: the flow of a map that never uses `next`. */
function isChain(ids: readonly string[], edges: readonly FlowEdge[]): boolean {
  if (edges.length !== Math.max(0, ids.length - 1)) return false;
  return edges.every((e, i) => e.kind === "sequence" && e.from === ids[i] && e.to === ids[i + 1]);
}

/**
 * Returns the flow plan of `map` over its columns, or `undefined` when the flow is the plain
 * chain through the touchpoints (then nothing is drawn, and the layout is what it always was).
 */
export function planFlow(map: JourneyMap, plan: ColumnPlan): FlowPlan | undefined {
  // Without these fields the flow is the chain; most maps need no graph at all.
  if (!usesFlowFields(map)) return undefined;
  const ids: string[] = [];
  const columnOf = new Map<string, number>();
  plan.touchpointOf.forEach((t, c) => {
    if (t === undefined) return;
    const id = (map.touchpoints[t] as { id: string }).id;
    ids.push(id);
    columnOf.set(id, c);
  });
  const graph = flowGraph(map);
  const edges = graph.edges.filter((e) => columnOf.has(e.from) && columnOf.has(e.to));
  if (isChain(ids, edges)) return undefined;
  const col = (id: string) => columnOf.get(id) as number;
  const forward = forwardEdges(edges, col);
  const placed = new Set<string>();
  const follow = (first: string) => {
    const path = [first];
    placed.add(first);
    for (let at = first; ; ) {
      const step = (forward.get(at) ?? []).find((e) => !placed.has(e.to));
      if (!step) return path;
      at = step.to;
      path.push(at);
      placed.add(at);
    }
  };
  const start = graph.starts.find((id) => columnOf.has(id)) ?? ids[0];
  const main = start === undefined ? [] : follow(start);
  const runs: Run[] = [];
  for (const id of ids) if (!placed.has(id)) runs.push(withAnchors(follow(id), edges, forward, col));
  return { edges, columnOf, ...tracksAndRoutes(main, runs, edges, col) };
}

/** Each touchpoint's edges to later columns, the most likely first: skips last, then by share (highest first), then in `next` order. */
function forwardEdges(edges: readonly FlowEdge[], col: (id: string) => number): Map<string, FlowEdge[]> {
  const out = new Map<string, FlowEdge[]>();
  for (const e of edges) {
    if (col(e.to) <= col(e.from)) continue;
    const list = out.get(e.from);
    if (list) list.push(e);
    else out.set(e.from, [e]);
  }
  const rank = (e: FlowEdge) => (e.kind === "skip" ? -2 : (e.share ?? -1));
  for (const list of out.values()) list.sort((a, b) => rank(b) - rank(a));
  return out;
}

/** A run with the touchpoints it leaves from and rejoins at, where it has them. */
interface Run {
  ids: string[];
  entry?: FlowEdge;
  exit?: FlowEdge;
}

function withAnchors(ids: string[], edges: readonly FlowEdge[], forward: Map<string, FlowEdge[]>, col: (id: string) => number): Run {
  const first = ids[0] as string;
  const last = ids[ids.length - 1] as string;
  const run: Run = { ids };
  let entry: FlowEdge | undefined;
  for (const e of edges) if (e.to === first && col(e.from) < col(first) && (!entry || col(e.from) > col(entry.from))) entry = e;
  let exit: FlowEdge | undefined;
  for (const e of forward.get(last) ?? []) if (!exit || col(e.to) < col(exit.to)) exit = e;
  if (entry) run.entry = entry;
  if (exit) run.exit = exit;
  return run;
}

/** The tracks of the main path and the runs, and the route of every edge. */
function tracksAndRoutes(main: readonly string[], runs: readonly Run[], edges: readonly FlowEdge[], col: (id: string) => number): Pick<FlowPlan, "trackOf" | "routes" | "paths"> {
  // In half columns: a box takes both halves of its column, a run leaving from a touchpoint
  // only the right half of that column (its line goes right from there), one rejoining only
  // the left half; so a run may end where another starts, on one track.
  const spans = runs.map((r) => ({
    start: r.entry ? 2 * col(r.entry.from) + 1 : 2 * col(r.ids[0] as string),
    end: r.exit ? 2 * col(r.exit.to) : 2 * col(r.ids[r.ids.length - 1] as string) + 1,
  }));
  // The main path first, reaching left to every run, so that it takes track 0.
  const left = Math.min(...spans.map((s) => s.start), main.length ? 2 * col(main[0] as string) : Number.POSITIVE_INFINITY);
  const mainSpan = main.length ? [{ start: left, end: 2 * col(main[main.length - 1] as string) + 1 }] : [];
  const tracks = assignTracks([...mainSpan, ...spans]);
  const trackOf = new Map<string, number>();
  for (const id of main) trackOf.set(id, 0);
  runs.forEach((r, i) => {
    for (const id of r.ids) trackOf.set(id, tracks[i + mainSpan.length] as number);
  });
  const onTrack = new Map<string, FlowRoute>();
  const key = (from: string, to: string) => `${from}\u0000${to}`;
  const mark = (from: string, to: string, route: FlowRoute) => {
    onTrack.set(key(from, to), trackOf.get(from) === trackOf.get(to) ? "track" : route);
  };
  for (let i = 1; i < main.length; i++) mark(main[i - 1] as string, main[i] as string, "track");
  const paths: string[][] = main.length ? [[...main]] : [];
  for (const r of runs) {
    for (let i = 1; i < r.ids.length; i++) mark(r.ids[i - 1] as string, r.ids[i] as string, "track");
    if (r.entry) mark(r.entry.from, r.entry.to, "entry");
    if (r.exit) mark(r.exit.from, r.exit.to, "exit");
    paths.push([...(r.entry ? [r.entry.from] : []), ...r.ids, ...(r.exit ? [r.exit.to] : [])]);
  }
  const routes = edges.map((e): FlowRoute => onTrack.get(key(e.from, e.to)) ?? (col(e.to) <= col(e.from) ? "above" : "below"));
  return { trackOf, routes, paths };
}
