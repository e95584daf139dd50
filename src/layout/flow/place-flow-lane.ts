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
 * cache hands it to the next call's placement of the same row (see {@link placeFlowLane}).
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

const sameNumbers = (a: readonly number[], b: readonly number[]) => a === b || (a.length === b.length && a.every((v, i) => v === b[i]));

/** Whether `previous` placed this row from the same flow plan, top and columns: then, if its boxes kept their heights, its tracks, gutters and edges are this call's too. */
function samePlace(previous: FlowLanePlacement | undefined, input: FlowLaneInput): previous is FlowLanePlacement {
  const { flow, top, row, columns, rowIndex } = input;
  if (!previous || previous.flow !== flow || previous.top !== top || previous.first !== row.first || previous.last !== row.last) return false;
  return previous.rowIndex === rowIndex && sameNumbers(previous.xs, columns.xs) && sameNumbers(previous.widths, columns.widths);
}

/** The row's boxes: each box's index in the lane, column and track. */
interface RowBoxes {
  index: number[];
  column: number[];
  track: number[];
}

function rowBoxes(input: FlowLaneInput): RowBoxes {
  const { content, row, flow } = input;
  const items = content.columns;
  const out: RowBoxes = { index: [], column: [], track: [] };
  for (let i = 0; i < items.length; i++) {
    const c = items.slotOf(i);
    if (c < row.first || c > row.last) continue;
    out.index.push(i);
    out.column.push(c);
    out.track.push(flow.trackOf.get(items.entityIds[i] as string) ?? 0);
  }
  return out;
}

/** Makes the row's boxes with their tops at `boxTop` (through the lane's `cell`, which a cache may set). */
function makeBoxes(input: FlowLaneInput, boxes: RowBoxes, boxTop: ReadonlyMap<number, number>): LayoutCell[] {
  const { content, laneId, columns, options } = input;
  const items = content.columns;
  const make = content.cell ?? ((i, lane, x, y, width, padding) => items.cell(i, lane, x, y, width, padding));
  return boxes.index.map((i, k) => {
    const c = boxes.column[k] as number;
    return make(i, laneId, columns.xs[c] as number, boxTop.get(boxes.track[k] as number) as number, columns.widths[c] as number, options.padding);
  });
}

/**
 * Places the boxes of the touchpoints lane on their tracks in one row, pushing them onto
 * `cells` (in column order) and the row's edges onto `edges`; returns what it made, the
 * lane's height included. When `previous` (the previous call's placement of this row) was
 * made from the same flow plan, top and columns, and the boxes set at its tracks' tops keep
 * their heights, its tracks and edges are reused and only the boxes are placed (through the
 * lane's `cell`, which a cache sets to hand back unchanged cells).
 */
export function placeFlowLane(input: FlowLaneInput, cells: LayoutCell[], edges: LayoutFlowEdge[], previous?: FlowLanePlacement): FlowLanePlacement {
  const { content, top, row, columns, flow } = input;
  const boxes = rowBoxes(input);
  const placement = { flow, top, first: row.first, last: row.last, rowIndex: input.rowIndex, xs: columns.xs, widths: columns.widths };
  let heights: number[];
  if (samePlace(previous, input)) {
    const made = makeBoxes(input, boxes, previous.boxTop);
    heights = made.map((cell) => cell.height);
    if (sameNumbers(heights, previous.heights)) {
      for (const cell of made) cells.push(cell);
      for (const e of previous.edges) edges.push(e);
      return { ...placement, heights, boxTop: previous.boxTop, edges: previous.edges, height: previous.height };
    }
  } else heights = boxes.index.map((i) => content.columns.height(i, input.options.padding));
  const byId = new Map<string, number>(boxes.index.map((i, k) => [content.columns.entityIds[i] as string, heights[k] as number]));
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
  return { ...placement, heights, boxTop, edges: routed, height: round2(belowTop + sum(below) + gap - top) };
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
