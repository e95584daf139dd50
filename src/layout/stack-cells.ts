import { round2 } from "./cell";
import type { ColumnScale } from "./scales";
import type { ColumnPlan } from "./columns";
import type { LayoutCell } from "./types";

/** Makes one box at its place. */
export type MakeCell = (x: number, y: number, width: number) => LayoutCell;

/** The boxes of a lane that lays itself out: across stages (by group) and in columns. */
export interface StackedBoxes {
  spans: { group: number; make: MakeCell }[];
  columns: { column: number; make: MakeCell }[];
}

/**
 * Returns the boxes made in place, stacked top-down from `top + gap` like a lane of items:
 * stage by stage, first the boxes across the stage, then each column's boxes below them,
 * `gap` apart; and the lane's bottom (with `gap` below the last box).
 */
export function stackCells(boxes: StackedBoxes, plan: ColumnPlan, columns: ColumnScale, top: number, gap: number): { cells: LayoutCell[]; bottom: number } {
  const cells: LayoutCell[] = [];
  const spansOf = bucket(boxes.spans, (s) => s.group, plan.groups.length);
  const columnsOf = bucket(boxes.columns, (b) => b.column, plan.kinds.length);
  let bottom = top + gap;
  plan.groups.forEach((group, g) => {
    // A stage of another row, in a wrapped layout: nothing of it is drawn here.
    if (group.last < group.first) return;
    let y = top + gap;
    for (const span of spansOf[g] ?? []) {
      const cell = span.make(columns.groupX[g] as number, y, columns.groupWidth[g] as number);
      cells.push(cell);
      y = round2(y + cell.height + gap);
    }
    let lowest = y;
    for (let c = group.first; c <= group.last; c++) {
      let yc = y;
      for (const box of columnsOf[c] ?? []) {
        const cell = box.make(columns.xs[c] as number, yc, columns.widths[c] as number);
        cells.push(cell);
        yc = round2(yc + cell.height + gap);
      }
      if (yc > lowest) lowest = yc;
    }
    if (lowest > bottom) bottom = lowest;
  });
  return { cells, bottom: round2(bottom) };
}

/** Returns the items by slot, each slot's in the order given. */
function bucket<T>(items: readonly T[], slot: (item: T) => number, count: number): T[][] {
  const out: T[][] = Array.from({ length: count }, () => []);
  for (const item of items) out[slot(item)]?.push(item);
  return out;
}
