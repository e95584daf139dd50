/*
 * The touchpoints lane of a map whose flow is drawn, in one row of stages. From the top:
 * the gutter of loops, then each track (a band for the labels of the edges that arrive on
 * it, then its boxes), then the gutter of the other arcs. Every box keeps its column; only
 * its track moves it down. The label of an edge along the tracks sits in the band of the
 * track it arrives on, in the column of its target — one label per such slot, because a
 * box has one way in along the tracks and a run has its columns to itself on its track —
 * and the label of an arc sits beside its level, across the columns it spans, where no
 * other arc of that level reaches.
 */
import { round2 } from "../cell";
import type { LayoutCell, LayoutFlowEdge } from "../types";
import { arcLevels } from "./arcs";
import { edgeLabelCell, edgeLabelText } from "./edge-labels";
import { type Drawn, type FlowLaneInput, LEVEL, labelSpan, slotTrack, sum } from "./flow-lane";
import type { FlowPlan, FlowRoute } from "./plan-flow";
import { routeEdges } from "./route-edges";

export type { FlowLaneInput } from "./flow-lane";

/**
 * What placing the touchpoints lane in one row made, with what it was made from: a layout
 * cache hands it to the next call's placement of the same row.
 */
export interface FlowLanePlacement {
  flow: FlowPlan;
  top: number;
  first: number;
  last: number;
  rowIndex: number | undefined;
  xs: readonly number[];
  widths: readonly number[];
  /** The height of each of the row's boxes, in the lane's order. */
  heights: readonly number[];
  /** The top of each track's boxes. */
  boxTop: ReadonlyMap<number, number>;
  edges: readonly LayoutFlowEdge[];
  /** The lane's height. */
  height: number;
}

/** Returns the indexes in the lane of the boxes of the touchpoints lane that sit in this row. */
export function rowBoxes(input: FlowLaneInput): number[] {
  const { content, row } = input;
  const out: number[] = [];
  for (let i = 0; i < content.columns.length; i++) {
    const c = content.columns.slotOf(i);
    if (c >= row.first && c <= row.last) out.push(i);
  }
  return out;
}

/** Makes the row's boxes (by index, {@link rowBoxes}) with their tracks' tops at `boxTop`, through the lane's `cell` (which a cache may set). */
export function makeBoxes(input: FlowLaneInput, boxes: readonly number[], boxTop: ReadonlyMap<number, number>): LayoutCell[] {
  const { content, laneId, columns, options, flow } = input;
  const items = content.columns;
  const make = content.cell ?? ((i, lane, x, y, width, padding) => items.cell(i, lane, x, y, width, padding));
  return boxes.map((i) => {
    const c = items.slotOf(i);
    const top = boxTop.get(flow.trackOf.get(items.entityIds[i] as string) ?? 0) as number;
    return make(i, laneId, columns.xs[c] as number, top, columns.widths[c] as number, options.padding);
  });
}

/**
 * Places the boxes of the touchpoints lane on their tracks in one row, pushing them onto
 * `cells` (in column order) and the row's edges onto `edges`; returns what it made, the
 * lane's height included (a layout cache hands it to the next call, see `cache/flow-lane-memo.ts`).
 */
export function placeFlowLane(input: FlowLaneInput, cells: LayoutCell[], edges: LayoutFlowEdge[]): FlowLanePlacement {
  const boxes = rowBoxes(input);
  return placeTracks(
    input,
    boxes,
    boxes.map((i) => input.content.columns.height(i, input.options.padding)),
    cells,
    edges,
  );
}

/** {@link placeFlowLane} for the row's `boxes` of these `heights`: their tracks, the boxes in place and the edges routed. */
export function placeTracks(input: FlowLaneInput, boxes: readonly number[], heights: number[], cells: LayoutCell[], edges: LayoutFlowEdge[]): FlowLanePlacement {
  const { content, top, row, columns, flow } = input;
  const byId = new Map<string, number>(boxes.map((i, k) => [content.columns.entityIds[i] as string, heights[k] as number]));
  const trackOf = (id: string) => flow.trackOf.get(id) ?? 0;
  const tracks = trackTops(input, byId, trackOf);
  const made = makeBoxes(input, boxes, tracks.boxTop);
  const placed = new Map<string, LayoutCell>();
  for (const cell of made) {
    placed.set(cell.entityId, cell);
    cells.push(cell);
  }
  const { gap } = input.options;
  const { drawn, above, below, bandTop, boxTop, bottom } = tracks;
  const belowTop = round2(bottom + (below.length ? gap : 0));
  const geometry = { boxes: placed, boxTop, bandTop, trackOf, aboveBottom: round2(top + gap + sum(above)), above, belowTop, below };
  const routed = routeEdges(input, drawn, geometry);
  for (const e of routed) edges.push(e);
  const height = round2(belowTop + sum(below) + gap - top);
  return { flow, top, first: row.first, last: row.last, rowIndex: input.rowIndex, xs: columns.xs, widths: columns.widths, heights, boxTop, edges: routed, height };
}

/** The row's drawn edges, its gutters' levels, and where each track's label band and boxes start; `bottom` is below the last track's boxes. */
interface TrackTops {
  drawn: Drawn[];
  above: number[];
  below: number[];
  bandTop: Map<number, number>;
  boxTop: Map<number, number>;
  bottom: number;
}

function trackTops(input: FlowLaneInput, heights: ReadonlyMap<string, number>, trackOf: (id: string) => number): TrackTops {
  const { gap } = input.options;
  const tracks = [...new Set([...heights.keys()].map(trackOf))].sort((a, b) => a - b);
  const drawn = drawnEdges(input, heights);
  const above = levelHeights(drawn, "above");
  const below = levelHeights(drawn, "below");
  const bands = new Map<number, number>();
  for (const d of drawn)
    if (d.slot !== undefined && d.route !== "above" && d.route !== "below") bands.set(slotTrack(d.slot), Math.max(bands.get(slotTrack(d.slot)) ?? 0, d.labelHeight + gap));
  let y = input.top + gap + sum(above);
  const bandTop = new Map<number, number>();
  const boxTop = new Map<number, number>();
  tracks.forEach((t, k) => {
    if (k > 0) y += 2 * gap;
    bandTop.set(t, round2(y));
    y = round2(y + (bands.get(t) ?? 0));
    boxTop.set(t, y);
    y += Math.max(...[...heights].filter(([id]) => trackOf(id) === t).map(([, h]) => h));
  });
  return { drawn, above, below, bandTop, boxTop, bottom: y };
}

/** The edges of the plan with both ends in this row, with their labels measured and given a slot or an arc level. */
function drawnEdges(input: FlowLaneInput, heights: ReadonlyMap<string, number>): Drawn[] {
  const { flow, columns } = input;
  const col = (id: string) => flow.columnOf.get(id) as number;
  const track = (id: string) => flow.trackOf.get(id) ?? 0;
  const style = { wrap: input.wrap, fonts: input.fonts, padding: input.options.padding };
  const taken = new Set<string>();
  const drawn: Drawn[] = [];
  flow.edges.forEach((edge, index) => {
    if (!heights.has(edge.from) || !heights.has(edge.to)) return;
    let route = flow.routes[index] as FlowRoute;
    const text = edgeLabelText(edge);
    const d: Drawn = { index, edge, route, labelHeight: 0 };
    if (text !== undefined) d.text = text;
    if (text !== undefined && route !== "above" && route !== "below") {
      const slot = `${route === "exit" ? track(edge.from) : track(edge.to)}:${col(edge.to)}`;
      // Never expected (see the file's opening comment); a second label for a slot goes below instead.
      if (taken.has(slot)) route = d.route = "below";
      else {
        taken.add(slot);
        d.slot = slot;
      }
    }
    if (text !== undefined) d.labelHeight = edgeLabelCell(style, edge, text, 0, 0, labelSpan(d, flow, columns).width).height;
    drawn.push(d);
  });
  for (const side of ["above", "below"] as const) {
    const arcs = drawn.filter((d) => d.route === side);
    const levels = arcLevels(arcs.map((d) => ({ from: col(d.edge.from), to: col(d.edge.to) })));
    arcs.forEach((d, i) => {
      d.level = levels[i] as number;
    });
  }
  return drawn;
}

/** The height of each level of one gutter: {@link LEVEL}, plus the tallest label on it. */
function levelHeights(drawn: readonly Drawn[], side: "above" | "below"): number[] {
  const heights: number[] = [];
  for (const d of drawn) {
    if (d.route !== side || d.level === undefined) continue;
    heights[d.level] = Math.max(heights[d.level] ?? LEVEL, LEVEL + d.labelHeight);
  }
  return Array.from(heights, (h) => h ?? LEVEL);
}
