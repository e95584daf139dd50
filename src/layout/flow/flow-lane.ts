/*
 * What the touchpoints lane of a drawn flow shares between placing its boxes
 * (place-flow-lane.ts) and routing its edges (route-edges.ts).
 */
import type { FlowEdge } from "../../model/flow-graph";
import { round2 } from "../cell";
import type { Fonts } from "../fonts";
import type { MeasuredLane } from "../measure";
import type { ResolvedLayoutOptions } from "../options";
import type { Row } from "../rows";
import type { ColumnScale } from "../scales";
import type { LayoutCell } from "../types";
import type { Wrap } from "../wrap";
import type { FlowPlan, FlowRoute } from "./plan-flow";

/** The room a gutter level takes besides its labels: its line runs in the middle of it. */
export const LEVEL = 12;
/** What the touchpoints lane of one row needs. */
export interface FlowLaneInput {
  content: MeasuredLane;
  laneId: string;
  top: number;
  row: Row;
  columns: ColumnScale;
  options: ResolvedLayoutOptions;
  wrap: Wrap;
  fonts: Fonts;
  flow: FlowPlan;
  /** The row's index, written on each edge when the layout wraps. */
  rowIndex?: number;
}

/** An edge drawn in this row: its index in the plan, its route, and its label's text and box size. */
export interface Drawn {
  index: number;
  edge: FlowEdge;
  route: FlowRoute;
  text?: string;
  /** The label's height and its slot (`track`, column) or arc level. */
  labelHeight: number;
  slot?: string;
  level?: number;
}

/** Where the row's tracks and gutters are, once the boxes have their places. */
export interface Geometry {
  boxes: ReadonlyMap<string, LayoutCell>;
  boxTop: ReadonlyMap<number, number>;
  bandTop: ReadonlyMap<number, number>;
  trackOf: (id: string) => number;
  /** The bottom of the gutter above (where its level 0 ends) and the height of each level. */
  aboveBottom: number;
  above: readonly number[];
  /** The top of the gutter below and the height of each level. */
  belowTop: number;
  below: readonly number[];
}

/** The sum of `values`. */
export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The track of a label slot `"track:column"`. */
export function slotTrack(slot: string): number {
  return Number(slot.slice(0, slot.indexOf(":")));
}
/** Where an edge's label goes across: its target's column for a slot on a track, else every column its arc spans. */
export function labelSpan(d: Drawn, flow: FlowPlan, columns: ColumnScale): { x: number; width: number } {
  const a = flow.columnOf.get(d.edge.from) as number;
  const b = flow.columnOf.get(d.edge.to) as number;
  const [first, last] = d.slot === undefined ? [Math.min(a, b), Math.max(a, b)] : [b, b];
  const x = columns.xs[first] as number;
  return { x, width: round2((columns.xs[last] as number) + (columns.widths[last] as number) - x) };
}
