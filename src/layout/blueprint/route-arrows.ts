import type { JourneyMap } from "../../model/journey-map";
import { round2 } from "../cell";
import type { JourneyLayout, LayoutCell, LayoutColumn } from "../types";
import { STEP_LANES } from "./layout-badges";
import type { LayoutArrow, LayoutPointXY } from "./types";

/** A drawn step: its box, its column, and the top of its lane. */
interface Placed {
  cell: LayoutCell;
  column: LayoutColumn;
  index: number;
  laneTop: number;
}

/** One end of an arrow, on the left or right edge of a box; its `y` is set once every end of that edge is known. */
interface End {
  placed: Placed;
  side: "left" | "right";
  point: LayoutPointXY;
}

/** Returns the dependencies to draw, once each: from the step needed to the step that needs it; a mutual pair once, double-headed. */
export function dependencies(map: JourneyMap): { from: string; to: string; mutual: boolean }[] {
  const seen = new Map<string, { from: string; to: string; mutual: boolean }>();
  for (const step of map.serviceSteps ?? []) {
    for (const d of step.dependsOn) {
      if (d.stepId === step.id) continue;
      const pair = [d.stepId, step.id].sort().join("\u0000");
      const had = seen.get(pair);
      if (had) had.mutual ||= d.mutual === true || had.to !== step.id;
      else seen.set(pair, { from: d.stepId, to: step.id, mutual: d.mutual === true });
    }
  }
  return [...seen.values()];
}

function placedSteps(layout: JourneyLayout, map: JourneyMap): Map<string, Placed> {
  const touchpointOf = new Map((map.serviceSteps ?? []).map((s) => [s.id, s.touchpointId]));
  const columnOf = new Map<string, number>();
  layout.columns.forEach((c, i) => {
    if (c.touchpointId !== undefined) columnOf.set(c.touchpointId, i);
  });
  const out = new Map<string, Placed>();
  for (const cell of layout.cells) {
    if (!STEP_LANES.includes(cell.laneId)) continue;
    const index = columnOf.get(touchpointOf.get(cell.entityId) ?? "");
    const column = index === undefined ? undefined : layout.columns[index];
    const lane = layout.lanes.find((l) => l.id === cell.laneId && l.row === column?.row);
    if (column && lane && index !== undefined) out.set(cell.entityId, { cell, column, index, laneTop: lane.y });
  }
  return out;
}

/** A gap between columns that vertical runs of arrows share: its left and right end (the boxes either side of it). */
interface Gutter {
  left: number;
  right: number;
  runs: LayoutPointXY[][];
}

/** Whether the column of `p` has another column right of it in its row. */
function hasRightNeighbour(layout: JourneyLayout, p: Placed): boolean {
  const next = layout.columns[p.index + 1];
  return next !== undefined && next.row === p.column.row;
}

/** The gap right (or left) of a column: up to its neighbour in the row, else `gap` out. */
function gutter(layout: JourneyLayout, gutters: Map<string, Gutter>, p: Placed, side: "left" | "right", gap: number): Gutter {
  const next = layout.columns[p.index + (side === "right" ? 1 : -1)];
  const c = p.column;
  const near = next && next.row === c.row ? next : undefined;
  const left = side === "right" ? c.x + c.width : near ? near.x + near.width : c.x - gap;
  const right = side === "right" ? (near ? near.x : c.x + c.width + gap) : c.x;
  const key = `${round2(left)} ${round2(right)} ${c.row ?? 0}`;
  const had = gutters.get(key);
  if (had) return had;
  const g: Gutter = { left, right, runs: [] };
  gutters.set(key, g);
  return g;
}

/** Sets the x of every vertical run: the runs of one gap side by side across it, evenly spaced. */
function spreadRuns(gutters: Map<string, Gutter>): void {
  for (const g of gutters.values()) {
    g.runs.forEach((run, i) => {
      const x = round2(g.left + ((g.right - g.left) * (i + 1)) / (g.runs.length + 1));
      for (const p of run) p.x = x;
    });
  }
}

/** Sets the `y` of every end: the ends of one box edge spread evenly over it, clear of the badges on its top edge. */
function spreadEnds(ends: End[], clearance: number): void {
  const byEdge = new Map<string, End[]>();
  for (const e of ends) {
    const key = `${e.placed.cell.entityId}\u0000${e.side}`;
    byEdge.set(key, [...(byEdge.get(key) ?? []), e]);
  }
  for (const list of byEdge.values()) {
    list.forEach((e, i) => {
      const { y, height } = e.placed.cell;
      const lo = Math.min(clearance, height / 2);
      e.point.y = round2(y + lo + ((height - lo) * (i + 1)) / (list.length + 1));
    });
  }
}

/**
 * Returns the dependency arrows of a placed layout, between steps drawn in one row. The
 * route leaves the first box by its side into the gap between columns, runs along that gap
 * (and, to reach a column further away, along the gap above the lower of the two lanes),
 * and enters the second box by its side: gaps hold no text, so no arrow crosses any. The
 * runs that share a gap lie side by side across it, and the ends on one edge of a box are
 * spread along it, so no two arrows share a segment.
 */
export function routeArrows(map: JourneyMap, layout: JourneyLayout, gap: number, clearance: number, size: number): LayoutArrow[] {
  const placed = placedSteps(layout, map);
  const ends: End[] = [];
  const gutters = new Map<string, Gutter>();
  const arrows: { arrow: LayoutArrow; route: (LayoutPointXY | End)[] }[] = [];
  for (const d of dependencies(map)) {
    const a = placed.get(d.from);
    const b = placed.get(d.to);
    if (!a || !b || a.column.row !== b.column.row) continue;
    // Two steps of one column meet in the gap right of it, or left of it where the row ends there (the margin may be narrower than a gap).
    const outward = a.index === b.index && !hasRightNeighbour(layout, a) ? "left" : "right";
    const sideA = a.index > b.index ? "left" : a.index < b.index ? "right" : outward;
    const sideB = a.index < b.index ? "left" : a.index > b.index ? "right" : outward;
    const start: End = { placed: a, side: sideA, point: { x: edge(a.cell, sideA), y: 0 } };
    const end: End = { placed: b, side: sideB, point: { x: edge(b.cell, sideB), y: 0 } };
    ends.push(start, end);
    const gA = gutter(layout, gutters, a, sideA, gap);
    const gB = gutter(layout, gutters, b, sideB, gap);
    const band = round2(Math.max(a.laneTop, b.laneTop));
    // −1 and −2 stand for the y of the first and the last end, known only once every end is.
    const runA = [
      { x: 0, y: -1 },
      { x: 0, y: gA === gB ? -2 : band },
    ];
    gA.runs.push(runA);
    const runB =
      gA === gB
        ? runA
        : [
            { x: 0, y: band },
            { x: 0, y: -2 },
          ];
    if (gA !== gB) gB.runs.push(runB);
    const route = gA === gB ? [start, ...runA, end] : [start, ...runA, ...runB, end];
    arrows.push({ arrow: { fromStepId: d.from, toStepId: d.to, mutual: d.mutual, points: [], path: "", heads: [] }, route });
  }
  spreadEnds(ends, clearance);
  spreadRuns(gutters);
  return arrows.map(({ arrow, route }) => {
    const first = (route[0] as End).point;
    const last = (route[route.length - 1] as End).point;
    arrow.points = route.map((p) => ("point" in p ? p.point : { x: p.x, y: p.y === -1 ? first.y : p.y === -2 ? last.y : p.y }));
    arrow.path = arrow.points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join("");
    const n = arrow.points.length;
    arrow.heads = [head(arrow.points[n - 1] as LayoutPointXY, arrow.points[n - 2] as LayoutPointXY, size)];
    if (arrow.mutual) arrow.heads.push(head(arrow.points[0] as LayoutPointXY, arrow.points[1] as LayoutPointXY, size));
    return arrow;
  });
}

/** Returns the triangle of an arrowhead: its tip at `tip`, pointing away from `from`, `size` long and as wide. */
function head(tip: LayoutPointXY, from: LayoutPointXY, size: number): LayoutPointXY[] {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const half = size / 2;
  return [tip, { x: round2(bx - uy * half), y: round2(by + ux * half) }, { x: round2(bx + uy * half), y: round2(by - ux * half) }];
}

function edge(cell: LayoutCell, side: "left" | "right"): number {
  return round2(side === "left" ? cell.x : cell.x + cell.width);
}
