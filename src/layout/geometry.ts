import { round2 } from "./cell";
import type { ColumnPlan } from "./columns";
import type { MeasuredLane } from "./measure";
import { textCell } from "./measured-items";
import type { ResolvedLayoutOptions } from "./options";
import type { ColumnScale } from "./scales";
import type { LayoutCell } from "./types";
import type { Wrap } from "./wrap";

/**
 * The geometry phase for one lane of boxes: makes each cell once, in its place, stacking
 * them top-down from `top + gap`, stage by stage — first the boxes across the stage
 * (wrapped now, to the stage's width), then each column's own boxes below them — `gap`
 * apart. Boxes never overlap: columns are `gap` apart and a stack never shares rows with a
 * span. Pushes the cells onto `out` and returns the height the lane's content needs (from
 * `top`, with `gap` below the last box).
 */
export function placeLane(
  lane: MeasuredLane,
  laneId: string,
  top: number,
  plan: ColumnPlan,
  columns: ColumnScale,
  options: ResolvedLayoutOptions,
  wrap: Wrap,
  out: LayoutCell[],
): number {
  const { gap, padding } = options;
  const items = lane.columns;
  let bottom = top + gap;
  const order = columnOrder(lane, plan.kinds.length);
  let next = 0;
  let nextSpan = 0;
  const spans = spansInGroupOrder(lane);
  for (let g = 0; g < plan.groups.length; g++) {
    const group = plan.groups[g] as ColumnPlan["groups"][number];
    let y = top + gap;
    for (; nextSpan < spans.length && spans[nextSpan]?.group === g; nextSpan++) {
      const span = spans[nextSpan] as MeasuredLane["spans"][number];
      const place = { laneId, x: columns.groupX[g] as number, y, width: columns.groupWidth[g] as number, padding };
      const cell = textCell(wrap, span.kind, span.entityId, span.paragraphs, place);
      out.push(cell);
      y = round2(y + cell.height + gap);
    }
    const below = y;
    // Groups are left to right and boxes in column order, so one cursor walks them all.
    while (next < order.length) {
      const c = items.slots[order[next] as number] as number;
      if (c > group.last) break;
      let yc = below;
      const x = columns.xs[c] as number;
      const width = columns.widths[c] as number;
      for (; next < order.length && items.slots[order[next] as number] === c; next++) {
        const cell = items.cell(order[next] as number, laneId, x, yc, width, padding);
        out.push(cell);
        yc = round2(yc + cell.height + gap);
      }
      if (yc > y) y = yc;
    }
    if (y > bottom) bottom = y;
  }
  return round2(bottom - top);
}

/** The boxes across stages, by group, each group's in the order they were made. */
function spansInGroupOrder(lane: MeasuredLane): MeasuredLane["spans"] {
  const spans = lane.spans;
  for (let i = 1; i < spans.length; i++) {
    if ((spans[i] as { group: number }).group < (spans[i - 1] as { group: number }).group) {
      return spans.map((s, k) => ({ s, k })).sort((a, b) => a.s.group - b.s.group || a.k - b.k).map((e) => e.s);
    }
  }
  return spans;
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
