import { round2 } from "./cell";
import type { MeasuredLane } from "./measure";
import { textCell } from "./measured-items";
import type { ResolvedLayoutOptions } from "./options";
import type { Piece } from "./rows";
import type { ColumnScale } from "./scales";
import type { LayoutCell } from "./types";
import type { Wrap } from "./wrap";

/**
 * The geometry phase for one lane of boxes in one row: makes each cell once, in its place,
 * stacking them top-down from `top + gap`, piece by piece (a stage, or the part of one in
 * this row) — first the boxes across the stage (wrapped now, to the piece's width; a
 * stage's name in every piece, other boxes in its first), then each column's own boxes
 * below them — `gap` apart. Boxes never overlap: columns are `gap` apart and a stack never
 * shares rows with a span. Pushes the cells onto `out` and returns the height the lane's
 * content needs (from `top`, with `gap` below the last box).
 */
export function placeLane(
  lane: MeasuredLane,
  laneId: string,
  top: number,
  pieces: readonly Piece[],
  columns: ColumnScale,
  options: ResolvedLayoutOptions,
  wrap: Wrap,
  out: LayoutCell[],
): number {
  const { gap, padding } = options;
  const items = lane.columns;
  let bottom = top + gap;
  lane.order ??= columnOrder(lane, columns.xs.length);
  lane.spansByGroup ??= spansByGroup(lane);
  const { order, spansByGroup: spans } = lane;
  const slots = items.slots;
  let next = firstAtOrAfter(order, slots, pieces[0]?.first ?? 0);
  for (const piece of pieces) {
    let y = top + gap;
    const x0 = columns.xs[piece.first] as number;
    const pieceWidth = (columns.xs[piece.last] as number) + (columns.widths[piece.last] as number) - x0;
    for (const span of spans.get(piece.group) ?? []) {
      if (!piece.firstOfGroup && span.kind !== "stage") continue;
      const cell = textCell(wrap, span.kind, span.entityId, span.paragraphs, { laneId, x: x0, y, width: pieceWidth, padding });
      out.push(cell);
      y = round2(y + cell.height + gap);
    }
    const below = y;
    // Pieces are left to right and boxes in column order, so one cursor walks them all.
    while (next < order.length) {
      const c = slots[order[next] as number] as number;
      if (c > piece.last) break;
      let yc = below;
      const x = columns.xs[c] as number;
      const width = columns.widths[c] as number;
      for (; next < order.length && slots[order[next] as number] === c; next++) {
        const cell = lane.cell ? lane.cell(order[next] as number, laneId, x, yc, width, padding) : items.cell(order[next] as number, laneId, x, yc, width, padding);
        out.push(cell);
        yc = round2(yc + cell.height + gap);
      }
      if (yc > y) y = yc;
    }
    if (y > bottom) bottom = y;
  }
  return round2(bottom - top);
}

/** The index in `order` of the first box whose column is `column` or later. */
function firstAtOrAfter(order: ArrayLike<number>, slots: ArrayLike<number>, column: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((slots[order[mid] as number] as number) < column) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The boxes across stages, by group, each group's in the order they were made. */
function spansByGroup(lane: MeasuredLane): Map<number, MeasuredLane["spans"]> {
  const byGroup = new Map<number, MeasuredLane["spans"]>();
  for (const span of lane.spans) {
    const list = byGroup.get(span.group);
    if (list) list.push(span);
    else byGroup.set(span.group, [span]);
  }
  return byGroup;
}

/**
 * Returns the indexes of the column boxes in column order, each column's boxes in the
 * order they were made (a stable counting sort; the identity when they came in order).
 */
function columnOrder(lane: MeasuredLane, columnCount: number): ArrayLike<number> {
  const slots = lane.columns.slots;
  const n = slots.length;
  const order = new Uint32Array(n);
  if (lane.ordered) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order;
  }
  const start = new Uint32Array(columnCount + 1);
  for (const c of slots) start[c + 1] = (start[c + 1] ?? 0) + 1;
  for (let c = 0; c < columnCount; c++) start[c + 1] = (start[c + 1] ?? 0) + (start[c] ?? 0);
  for (let i = 0; i < n; i++) {
    const c = slots[i] as number;
    order[start[c] ?? 0] = i;
    start[c] = (start[c] ?? 0) + 1;
  }
  return order;
}
