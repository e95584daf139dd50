import type { MeasuredLane, Natural } from "../measure";
import type { LayoutCell } from "../types";
import type { PlacementRecord } from "./lane-placement";

/** One lane's boxes as the previous layout call measured them, and the cell it made of each. */
export interface LaneRecord {
  measured: MeasuredLane;
  /** The widest line this lane alone wants in each column and group. */
  natural: Natural;
  cells: LayoutCell[];
  /** The lane's placements, one per row, in order. */
  placements: PlacementRecord[];
}

/**
 * Sets `lane.cell` so that a box gets the previous call's cell when that call had, at the
 * same place in the same column's stack (the `k`-th box of column `c`), a box with the same
 * content set at the same position and width; any other box is made anew. Returns the
 * record of this call, whose `cells` fill in as the lane is placed.
 *
 * The padding is the layout's, the same for every call of one cache (a cache belongs to
 * one set of options). Boxes are matched by column and stack position, not by entity: when a column moves, every
 * box in it moves too, so an entity-keyed match would find nothing it could reuse.
 */
export function reuseCells(lane: MeasuredLane, natural: Natural, previous: LaneRecord | undefined, changed?: ReadonlyMap<number, unknown>): LaneRecord {
  // The same boxes as the previous call's: their cells array goes on, a box placed nowhere
  // this call keeping its cell. Box i's entry is only ever a cell of box i's content, so the
  // previous call's record, dropped after this call, needs no copy.
  const cells = previous?.measured === lane ? previous.cells : new Array<LayoutCell>(lane.columns.length);
  const record: LaneRecord = { measured: lane, natural, cells, placements: [] };
  if (previous && (previous.measured === lane || changed)) {
    // Box i is the previous call's box i (with new paragraphs where `changed` says), so only its place can differ.
    const before = previous.cells;
    lane.cell = (i, laneId, x, y, width, padding) => {
      const old = changed?.has(i) ? undefined : before[i];
      const cell = old && old.x === x && old.y === y && old.width === width && old.laneId === laneId ? old : lane.columns.cell(i, laneId, x, y, width, padding);
      record.cells[i] = cell;
      return cell;
    };
    return record;
  }
  const items = lane.columns;
  let column = -1;
  let k = 0;
  let starts: Uint32Array | undefined;
  lane.cell = (i, laneId, x, y, width, padding) => {
    const c = items.slotOf(i);
    k = c === column ? k + 1 : 0;
    column = c;
    let cell: LayoutCell | undefined;
    if (previous) {
      starts ??= columnStarts(previous.measured);
      const at = (starts[Math.min(c, starts.length - 1)] as number) + k;
      const end = starts[Math.min(c + 1, starts.length - 1)] as number;
      if (at < end) {
        const j = (previous.measured.order as ArrayLike<number>)[at] as number;
        const old = previous.cells[j];
        if (old && old.x === x && old.y === y && old.width === width && old.laneId === laneId && items.sameBox(i, previous.measured.columns, j)) {
          cell = old;
        }
      }
    }
    cell ??= items.cell(i, laneId, x, y, width, padding);
    record.cells[i] = cell;
    return cell;
  };
  return record;
}

/** For each column `c`, where its boxes start in the lane's column order (`order`); the last entry is the number of boxes. */
function columnStarts(lane: MeasuredLane): Uint32Array {
  const order = lane.order ?? [];
  const slots = lane.columns.slots;
  const n = order.length;
  const columns = n ? (slots[order[n - 1] as number] as number) + 1 : 0;
  const starts = new Uint32Array(columns + 1);
  let p = 0;
  for (let c = 0; c <= columns; c++) {
    while (p < n && (slots[order[p] as number] as number) < c) p++;
    starts[c] = p;
  }
  return starts;
}
