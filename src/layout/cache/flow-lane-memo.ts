import { type FlowLaneInput, type FlowLanePlacement, makeBoxes, placeFlowLane, placeTracks, rowBoxes } from "../flow/place-flow-lane";
import type { LayoutCell, LayoutFlowEdge } from "../types";

type SameNumbers = (a: readonly number[], b: readonly number[]) => boolean;

/** Whether `previous` placed this row from the same flow plan, top and columns: then, if its boxes kept their heights, its tracks, gutters and edges are this call's too. */
function samePlace(previous: FlowLanePlacement | undefined, input: FlowLaneInput, sameNumbers: SameNumbers): previous is FlowLanePlacement {
  const { flow, top, row, columns, rowIndex } = input;
  if (!previous || previous.flow !== flow || previous.top !== top || previous.first !== row.first || previous.last !== row.last) return false;
  return previous.rowIndex === rowIndex && sameNumbers(previous.xs, columns.xs) && sameNumbers(previous.widths, columns.widths);
}

/**
 * Places the touchpoints lane of a drawn flow in one row as `placeFlowLane` does, reusing
 * `previous` (the previous call's placement of this row) where it can: when that was made
 * from the same flow plan, top and columns, the boxes are first set at its tracks' tops
 * (through the lane's `cell`, which hands back the previous call's cells where nothing
 * changed); if they kept their heights, its tracks, edges and height are this call's too.
 * `sameNumbers` compares two arrays of numbers (the cache's, which every lane of a call shares).
 */
export function placeFlowLaneAgain(
  input: FlowLaneInput,
  cells: LayoutCell[],
  edges: LayoutFlowEdge[],
  previous: FlowLanePlacement | undefined,
  sameNumbers: SameNumbers,
): FlowLanePlacement {
  if (!samePlace(previous, input, sameNumbers)) return placeFlowLane(input, cells, edges);
  const boxes = rowBoxes(input);
  const made = makeBoxes(input, boxes, previous.boxTop);
  const heights = made.map((cell) => cell.height);
  if (!sameNumbers(heights, previous.heights)) return placeTracks(input, boxes, heights, cells, edges);
  for (const cell of made) cells.push(cell);
  for (const e of previous.edges) edges.push(e);
  const { columns } = input;
  return { ...previous, xs: columns.xs, widths: columns.widths, heights };
}
