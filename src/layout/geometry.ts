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
    for (let c = group.first; c <= group.last; c++) {
      const cells = content.cols[c];
      if (!cells) continue;
      let yc = below;
      const x = columns.xs[c] as number;
      const width = columns.widths[c] as number;
      for (const cell of cells) {
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

function stack(item: Item, laneId: string, x: number, y: number, width: number, padding: number, gap: number, out: LayoutCell[]): number {
  const cell = makeCell(item, laneId, x, y, width, padding);
  out.push(cell);
  return round2(y + cell.height + gap);
}
