import { round2 } from "../cell";
import type { LayoutCell, LayoutFlowEdge } from "../types";
import { arcPath, arrowHead, type EndRequest, spreadEnds, trackPath } from "./arcs";
import { edgeLabelCell } from "./edge-labels";
import { type Drawn, type FlowLaneInput, type Geometry, LEVEL, labelSpan, slotTrack, sum } from "./flow-lane";

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
export function routeEdges(input: FlowLaneInput, drawn: readonly Drawn[], g: Geometry): LayoutFlowEdge[] {
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
