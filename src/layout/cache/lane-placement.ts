import { placeLane } from "../geometry";
import type { MeasuredLane } from "../measure";
import type { Piece } from "../rows";
import type { LayoutCell } from "../types";

/** One placement of a lane in one row: where, and what it made. */
export interface PlacementRecord {
  laneId: string;
  top: number;
  pieces: readonly Piece[];
  xs: readonly number[];
  widths: readonly number[];
  cells: LayoutCell[];
  height: number;
}

const samePieces = (a: readonly Piece[], b: readonly Piece[]) =>
  a === b || (a.length === b.length && a.every((p, i) => p.group === b[i]?.group && p.first === b[i]?.first && p.last === b[i]?.last && p.firstOfGroup === b[i]?.firstOfGroup));

/**
 * Sets `lane.place` so that each placement of the lane (one per row) records what it made
 * in `placements`, and — when `previous` holds the previous call's placements of these same
 * boxes — hands back the previous call's cells and height where the row's top, pieces and
 * column positions are unchanged, without visiting a box. `sameNumbers` compares two
 * columns' arrays (the cache shares one answer among the lanes of a call).
 */
export function memoPlacement(
  lane: MeasuredLane,
  previous: readonly PlacementRecord[] | undefined,
  placements: PlacementRecord[],
  sameNumbers: (a: readonly number[], b: readonly number[]) => boolean,
): void {
  lane.place = (measured, laneId, top, pieces, columns, options, wrap, out) => {
    const old = previous?.[placements.length];
    if (old && old.laneId === laneId && old.top === top && samePieces(old.pieces, pieces) && sameNumbers(old.xs, columns.xs) && sameNumbers(old.widths, columns.widths)) {
      for (const cell of old.cells) out.push(cell);
      placements.push({ ...old, pieces, xs: columns.xs, widths: columns.widths });
      return old.height;
    }
    const start = out.length;
    const height = placeLane(measured, laneId, top, pieces, columns, options, wrap, out);
    placements.push({ laneId, top, pieces, xs: columns.xs, widths: columns.widths, cells: out.slice(start), height });
    return height;
  };
}
