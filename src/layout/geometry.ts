import { makeCell, placeCell, round2 } from "./cell";
import type { ColumnPlan } from "./columns";
import type { Item } from "./content";
import { type LaneContent, type Wrap, wrapItem } from "./measure";
import type { ResolvedLayoutOptions } from "./options";
import type { ColumnScale } from "./scales";
import type { LayoutCell } from "./types";

/**
 * The geometry phase for one lane: stacks its boxes top-down from `top + gap`, stage by
 * stage — first the items that span the stage, then each column's own items below them —
 * `gap` apart. Boxes never overlap: columns are `gap` apart and a stack never shares rows
 * with a span. Pushes the cells onto `out` and returns the height the lane's content needs
 * (from `top`, with `gap` below the last box).
 */
export function layoutLane(
  content: LaneContent,
  laneId: string,
  top: number,
  plan: ColumnPlan,
  columns: ColumnScale,
  options: ResolvedLayoutOptions,
  wrap: Wrap,
  out: LayoutCell[],
): number {
  const { gap, padding, columnMax } = options;
  let bottom = top + gap;
  const order = columnOrder(content, plan.kinds.length);
  let next = 0;
  for (let g = 0; g < plan.groups.length; g++) {
    const group = plan.groups[g] as ColumnPlan["groups"][number];
    let y = top + gap;
    const spans = content.span[g];
    if (spans) {
      const x = columns.groupX[g] as number;
      const width = columns.groupWidth[g] as number;
      for (const item of spans) {
        // Spanning text was wrapped to one maximal column; the stage may be wider or narrower.
        if (width !== columnMax) wrapItem(item, width - 2 * padding, wrap);
        y = stack(item, laneId, x, y, width, padding, gap, out);
      }
    }
    const below = y;
    // Groups are left to right and cells in column order, so one cursor walks them all.
    while (next < order.length) {
      const c = content.columns[order[next] as number] as number;
      if (c > group.last) break;
      let yc = below;
      const x = columns.xs[c] as number;
      const width = columns.widths[c] as number;
      for (; next < order.length && content.columns[order[next] as number] === c; next++) {
        const cell = content.cells[order[next] as number] as LayoutCell;
        placeCell(cell, x, yc, width);
        out.push(cell);
        yc = round2(yc + cell.height + gap);
      }
      if (yc > y) y = yc;
    }
    if (y > bottom) bottom = y;
  }
  return round2(bottom - top);
}

/**
 * Returns the indexes of `content.cells` in column order, each column's cells in the order
 * they were made (a stable counting sort; the identity when they came in order already).
 */
function columnOrder(content: LaneContent, columnCount: number): ArrayLike<number> {
  const n = content.cells.length;
  const order = new Uint32Array(n);
  if (content.ordered) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order;
  }
  const start = new Uint32Array(columnCount + 1);
  for (const c of content.columns) start[c + 1] = (start[c + 1] ?? 0) + 1;
  for (let c = 0; c < columnCount; c++) start[c + 1] = (start[c + 1] ?? 0) + (start[c] ?? 0);
  for (let i = 0; i < n; i++) {
    const c = content.columns[i] as number;
    order[start[c] ?? 0] = i;
    start[c] = (start[c] ?? 0) + 1;
  }
  return order;
}

function stack(item: Item, laneId: string, x: number, y: number, width: number, padding: number, gap: number, out: LayoutCell[]): number {
  const cell = makeCell(item, laneId, x, y, width, padding);
  out.push(cell);
  return round2(y + cell.height + gap);
}
