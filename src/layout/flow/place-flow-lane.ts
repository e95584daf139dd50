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
import type { FlowRoute } from "./plan-flow";
import { routeEdges } from "./route-edges";

export type { FlowLaneInput } from "./flow-lane";

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
    const c = items.slotOf(i);
    if (inRow(c)) heights.set(items.entityIds[i] as string, items.cell(i, laneId, 0, 0, columns.widths[c] as number, padding).height);
  }
  const trackOf = (id: string) => flow.trackOf.get(id) ?? 0;
  const tracks = [...new Set([...heights.keys()].map(trackOf))].sort((a, b) => a - b);
  const drawn = drawnEdges(input, heights);
  const above = levelHeights(drawn, "above");
  const below = levelHeights(drawn, "below");
  const bands = new Map<number, number>();
  for (const d of drawn)
    if (d.slot !== undefined && d.route !== "above" && d.route !== "below") bands.set(slotTrack(d.slot), Math.max(bands.get(slotTrack(d.slot)) ?? 0, d.labelHeight + gap));
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
    const c = items.slotOf(i);
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
