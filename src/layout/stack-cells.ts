import { type BarSegment, barCell } from "./bar-cell";
import { round2 } from "./cell";
import type { ColumnScale } from "./scales";
import type { ColumnPlan } from "./columns";
import type { TextSpec } from "./measured-items";
import type { CellKind, LayoutCell } from "./types";
import type { Wrap } from "./wrap";

/**
 * One box of a lane that lays itself out, as data: what {@link barCell} makes of it at
 * its place (no bar without `segments`), dashed when `outline` says so. The box is all a
 * cell depends on besides its place, so a renderer can hand back the previous call's cell
 * for an equal box in the same place (see {@link BoxMemo}).
 */
export interface StackedBox {
  kind: CellKind;
  entityId: string;
  laneId: string;
  padding: number;
  paragraphs: readonly TextSpec[];
  segments?: readonly BarSegment[];
  outline?: "dashed";
}

/** The boxes of a lane that lays itself out: across stages (by group) and in columns. */
export interface StackedBoxes {
  spans: { group: number; box: StackedBox }[];
  columns: { column: number; box: StackedBox }[];
}

/** Makes the cell of a box at its place, or hands back an equal one made before (a renderer's). */
export interface BoxMemo {
  cell(wrap: Wrap, box: StackedBox, x: number, y: number, width: number): LayoutCell;
}

/** Returns the cell of `box` at `x, y`, `width` wide. */
export function boxCell(wrap: Wrap, box: StackedBox, x: number, y: number, width: number): LayoutCell {
  const cell = barCell(wrap, { ...box, x, y, width });
  if (box.outline) cell.outline = box.outline;
  return cell;
}

/**
 * Returns the boxes made in place, stacked top-down from `top + gap` like a lane of items:
 * stage by stage, first the boxes across the stage, then each column's boxes below them,
 * `gap` apart; and the lane's bottom (with `gap` below the last box). With `memo`, each
 * cell comes from it.
 */
export function stackCells(
  boxes: StackedBoxes,
  plan: ColumnPlan,
  columns: ColumnScale,
  top: number,
  gap: number,
  wrap: Wrap,
  memo?: BoxMemo,
): { cells: LayoutCell[]; bottom: number } {
  const cells: LayoutCell[] = [];
  const make = memo
    ? (box: StackedBox, x: number, y: number, width: number) => memo.cell(wrap, box, x, y, width)
    : (box: StackedBox, x: number, y: number, width: number) => boxCell(wrap, box, x, y, width);
  const spansOf = bucket(boxes.spans, (s) => s.group, plan.groups.length);
  const columnsOf = bucket(boxes.columns, (b) => b.column, plan.kinds.length);
  let bottom = top + gap;
  plan.groups.forEach((group, g) => {
    // A stage of another row, in a wrapped layout: nothing of it is drawn here.
    if (group.last < group.first) return;
    let y = top + gap;
    for (const span of spansOf[g] ?? []) {
      const cell = make(span.box, columns.groupX[g] as number, y, columns.groupWidth[g] as number);
      cells.push(cell);
      y = round2(y + cell.height + gap);
    }
    let lowest = y;
    for (let c = group.first; c <= group.last; c++) {
      let yc = y;
      for (const { box } of columnsOf[c] ?? []) {
        const cell = make(box, columns.xs[c] as number, yc, columns.widths[c] as number);
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
