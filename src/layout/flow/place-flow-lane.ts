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
import type { FlowEdge } from "../../model/flow-graph";
import { round2 } from "../cell";
import type { Fonts } from "../fonts";
import type { MeasuredLane } from "../measure";
import type { ResolvedLayoutOptions } from "../options";
import type { Row } from "../rows";
import type { ColumnScale } from "../scales";
import type { LayoutCell, LayoutFlowEdge } from "../types";
import type { Wrap } from "../wrap";
import { arcLevels, arcPath, arrowHead, type EndRequest, spreadEnds, trackPath } from "./arcs";
import { edgeLabelCell, edgeLabelText } from "./edge-labels";
import type { FlowPlan, FlowRoute } from "./plan-flow";

/** The room a gutter level takes besides its labels: its line runs in the middle of it. */
const LEVEL = 12;

/** What the touchpoints lane of one row needs. */
export interface FlowLaneInput {
  content: MeasuredLane;
  laneId: string;
  top: number;
  row: Row;
  columns: ColumnScale;
  options: ResolvedLayoutOptions;
  wrap: Wrap;
  fonts: Fonts;
  flow: FlowPlan;
  /** The row's index, written on each edge when the layout wraps. */
  rowIndex?: number;
}

/** An edge drawn in this row: its index in the plan, its route, and its label's text and box size. */
interface Drawn {
  index: number;
  edge: FlowEdge;
  route: FlowRoute;
  text?: string;
  /** The label's height and its slot (`track`, column) or arc level. */
  labelHeight: number;
  slot?: string;
  level?: number;
}

/**
 * Places the boxes of the touchpoints lane on their tracks in one row, pushing them onto
 * `cells` (in column order) and the row's edges onto `edges`; returns the lane's height.
 */
export function placeFlowLane(input: FlowLaneInput, cells: LayoutCell[], edges: LayoutFlowEdge[]): number {
  const { content, laneId, top, row, columns, options, flow } = input;
  const { gap, padding } = options;
  const items = content.columns;
  const inRow = (c: number) => c >= row.first && c <= row.last;
  const heights = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const c = items.slots[i] as number;
    if (inRow(c)) heights.set(items.entityIds[i] as string, items.cell(i, laneId, 0, 0, columns.widths[c] as number, padding).height);
  }
  const trackOf = (id: string) => flow.trackOf.get(id) ?? 0;
  const tracks = [...new Set([...heights.keys()].map(trackOf))].sort((a, b) => a - b);
  const drawn = drawnEdges(input, heights);
  const above = levelHeights(drawn, "above");
  const below = levelHeights(drawn, "below");
  const bands = new Map<number, number>();
  for (const d of drawn) if (d.slot !== undefined && d.route !== "above" && d.route !== "below") bands.set(slotTrack(d.slot), Math.max(bands.get(slotTrack(d.slot)) ?? 0, d.labelHeight + gap));
  let y = top + gap + sum(above);
  const bandTop = new Map<number, number>();
  const boxTop = new Map<number, number>();
  tracks.forEach((t, k) => {
    if (k > 0) y += 2 * gap;
    bandTop.set(t, round2(y));
    y = round2(y + (bands.get(t) ?? 0));
    boxTop.set(t, y);
    y += Math.max(...[...heights].filter(([id]) => trackOf(id) === t).map(([, h]) => h));
  });
  const boxes = new Map<string, LayoutCell>();
  for (let i = 0; i < items.length; i++) {
    const c = items.slots[i] as number;
    if (!inRow(c)) continue;
    const cell = items.cell(i, laneId, columns.xs[c] as number, boxTop.get(trackOf(items.entityIds[i] as string)) as number, columns.widths[c] as number, padding);
    boxes.set(cell.entityId, cell);
    cells.push(cell);
  }
  const belowTop = round2(y + (below.length ? gap : 0));
  const geometry = { boxes, boxTop, bandTop, trackOf, aboveBottom: round2(top + gap + sum(above)), above, belowTop, below };
  for (const e of routeEdges(input, drawn, geometry)) edges.push(e);
  return round2(belowTop + sum(below) + gap - top);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function slotTrack(slot: string): number {
  return Number(slot.slice(0, slot.indexOf(":")));
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

/** Where an edge's label goes across: its target's column for a slot on a track, else every column its arc spans. */
function labelSpan(d: Drawn, flow: FlowPlan, columns: ColumnScale): { x: number; width: number } {
  const a = flow.columnOf.get(d.edge.from) as number;
  const b = flow.columnOf.get(d.edge.to) as number;
  const [first, last] = d.slot === undefined ? [Math.min(a, b), Math.max(a, b)] : [b, b];
  const x = columns.xs[first] as number;
  return { x, width: round2((columns.xs[last] as number) + (columns.widths[last] as number) - x) };
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

/** Where the row's tracks and gutters are, once the boxes have their places. */
interface Geometry {
  boxes: ReadonlyMap<string, LayoutCell>;
  boxTop: ReadonlyMap<number, number>;
  bandTop: ReadonlyMap<number, number>;
  trackOf: (id: string) => number;
  /** The bottom of the gutter above (where its level 0 ends) and the height of each level. */
  aboveBottom: number;
  above: readonly number[];
  /** The top of the gutter below and the height of each level. */
  belowTop: number;
  below: readonly number[];
}

/** The y of each track's wire: halfway down its lowest box, so that it meets every box of the track. */
function wires(g: Geometry): Map<number, number> {
  const lowest = new Map<number, number>();
  for (const box of g.boxes.values()) {
    const t = g.trackOf(box.entityId);
    lowest.set(t, Math.min(lowest.get(t) ?? Number.POSITIVE_INFINITY, box.height));
  }
  return new Map([...lowest].map(([t, h]) => [t, round2((g.boxTop.get(t) as number) + h / 2)]));
}

/** The ends of the edges that meet a box's top or bottom, and their x once spread along it. */
function verticalEnds(input: FlowLaneInput, drawn: readonly Drawn[], g: Geometry): { x: (edge: number, end: "start" | "end") => number } {
  const col = (id: string) => input.flow.columnOf.get(id) as number;
  const requests: EndRequest[] = [];
  const at = new Map<string, number>();
  const add = (box: string, side: EndRequest["side"], edge: number, end: "start" | "end", towards: string) => {
    at.set(`${edge}:${end}`, requests.length);
    requests.push({ box, side, edge, end, towards: col(towards) });
  };
  drawn.forEach((d, i) => {
    const { from, to } = d.edge;
    const down = g.trackOf(to) > g.trackOf(from);
    if (d.route === "above" || d.route === "below") {
      const side = d.route === "above" ? "top" : "bottom";
      add(from, side, i, "start", to);
      add(to, side, i, "end", from);
    } else if (d.route === "entry") add(from, down ? "bottom" : "top", i, "start", to);
    else if (d.route === "exit") add(to, down ? "top" : "bottom", i, "end", from);
  });
  const xs = spreadEnds(requests, (id) => g.boxes.get(id) as LayoutCell);
  return { x: (edge, end) => xs[at.get(`${edge}:${end}`) as number] as number };
}

/** The y of an arc's level, and the top of its label's box. */
function levelY(d: Drawn, g: Geometry): { line: number; label: number } {
  const level = d.level ?? 0;
  if (d.route === "above") {
    const bottom = g.aboveBottom - sum(g.above.slice(0, level));
    return { line: round2(bottom - LEVEL / 2), label: round2(bottom - (g.above[level] as number)) };
  }
  const top = g.belowTop + sum(g.below.slice(0, level));
  return { line: round2(top + LEVEL / 2), label: round2(top + LEVEL) };
}

/** Every drawn edge's path, ends and label box. */
function routeEdges(input: FlowLaneInput, drawn: readonly Drawn[], g: Geometry): LayoutFlowEdge[] {
  const { columns, flow } = input;
  const wire = wires(g);
  const ends = verticalEnds(input, drawn, g);
  const style = { wrap: input.wrap, fonts: input.fonts, padding: input.options.padding };
  return drawn.map((d, i) => {
    const { edge, route } = d;
    const from = g.boxes.get(edge.from) as LayoutCell;
    const to = g.boxes.get(edge.to) as LayoutCell;
    const right = round2(from.x + from.width);
    const wireOf = (box: LayoutCell) => wire.get(g.trackOf(box.entityId)) as number;
    let start: { x: number; y: number };
    let end: { x: number; y: number };
    let path: string;
    /** Where the last piece of the line comes from, for the arrowhead's direction. */
    let before: { x: number; y: number };
    if (route === "above" || route === "below") {
      const side = (box: LayoutCell) => (route === "above" ? box.y : round2(box.y + box.height));
      const level = levelY(d, g).line;
      start = { x: ends.x(i, "start"), y: side(from) };
      end = { x: ends.x(i, "end"), y: side(to) };
      path = arcPath(start.x, start.y, level, end.x, end.y);
      before = { x: end.x, y: level };
    } else {
      const down = g.trackOf(edge.to) > g.trackOf(edge.from);
      start = route === "entry" ? { x: ends.x(i, "start"), y: down ? round2(from.y + from.height) : from.y } : { x: right, y: wireOf(from) };
      end = route === "exit" ? { x: ends.x(i, "end"), y: down ? to.y : round2(to.y + to.height) } : { x: to.x, y: wireOf(to) };
      path = trackPath(start, end, route === "track" ? "none" : route);
      before = route === "exit" ? { x: end.x, y: start.y } : { x: route === "entry" ? start.x : Math.min(start.x, end.x - 1), y: end.y };
    }
    const out: LayoutFlowEdge = { from: edge.from, to: edge.to, kind: edge.kind, route, path, arrow: arrowHead(before, end), start, end };
    if (d.text !== undefined) {
      out.label = d.text;
      const { x, width } = labelSpan(d, flow, columns);
      const y = d.slot === undefined ? levelY(d, g).label : (g.bandTop.get(slotTrack(d.slot)) as number);
      out.labelBox = edgeLabelCell(style, edge, d.text, x, y, width);
    }
    if (input.rowIndex !== undefined) out.row = input.rowIndex;
    return out;
  });
}
