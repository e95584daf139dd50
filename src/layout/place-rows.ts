import { round2 } from "./cell";
import { type FlowLaneInput, type FlowLanePlacement, placeFlowLane } from "./flow/place-flow-lane";
import { placeLane } from "./geometry";
import type { LaneModule } from "./lanes/index";
import type { DrawLane, DrawLaneInput, DrawnLane, Placing } from "./lanes/lane";
import type { MeasuredLane } from "./measure";
import { textCell } from "./measured-items";
import type { Row } from "./rows";
import type { LayoutCell, LayoutEmotion, LayoutFlowEdge, LayoutLane, LayoutRow } from "./types";

export type { Placing };

/** The lanes placed: their labels and cells, the emotion drawing of each row, and where the last row ends. */
export interface PlacedRows {
  lanes: LayoutLane[];
  cells: LayoutCell[];
  emotion: LayoutEmotion | undefined;
  rows: LayoutRow[];
  bottom: number;
  /** The flow's edges as drawn in the touchpoints lane, row by row (only when the flow is drawn). */
  edges: LayoutFlowEdge[];
}

/**
 * Places the rows top to bottom from `top`, `max(margin, 2·gap)` apart, and in each row the
 * lanes top to bottom: each lane's cells and label, made in place. A lane that lays itself
 * out sees only its row: the row's columns, touchpoints and emotion values; `hooks.draw` lays
 * it out, and `hooks.placeFlow` places the touchpoints lane of a drawn flow.
 */
export function placeRows(
  phase: Placing,
  rows: readonly Row[],
  modules: readonly LaneModule[],
  measured: readonly (MeasuredLane | undefined)[],
  top: number,
  hooks: PlaceWith = {},
): PlacedRows {
  const using = { draw: hooks.draw ?? drawLane, placeFlow: hooks.placeFlow ?? placeFlowLane };
  const { options } = phase;
  const out: PlacedRows = { lanes: [], cells: [], emotion: undefined, rows: [], bottom: top, edges: [] };
  let y = top;
  rows.forEach((row, r) => {
    if (r > 0) y = round2(y + Math.max(options.margin, 2 * options.gap));
    const rowTop = y;
    const view = rows.length === 1 ? phase : rowView(phase, row);
    let emotion: LayoutEmotion | undefined;
    options.lanes.forEach((lane, i) => {
      const placed = placeOne(view, row, modules[i] as LaneModule, measured[i], lane, y, out, rows.length > 1 ? r : undefined, using);
      if (placed.emotion) emotion = placed.emotion;
      const entry: LayoutLane = { id: lane.id, custom: lane.custom, name: lane.name, y, height: placed.height, label: placed.label };
      if (options.maxWidth !== undefined) entry.row = r;
      out.lanes.push(entry);
      y = round2(y + placed.height);
    });
    out.emotion ??= emotion;
    const entry: LayoutRow = { y: rowTop, height: round2(y - rowTop) };
    if (emotion) entry.emotion = emotion;
    out.rows.push(entry);
  });
  out.bottom = y;
  return out;
}

/** Lays out a lane that lays itself out: by default its module's `draw`; a layout cache may hand back an earlier drawing. */
export type DrawWith = (module: DrawLane, input: DrawLaneInput) => DrawnLane;

const drawLane: DrawWith = (module, input) => module.draw(input);

/** Places the touchpoints lane of a drawn flow in one row, as `placeFlowLane` does; a layout cache may hand back the previous call's tracks and edges. */
export type PlaceFlowWith = (input: FlowLaneInput, cells: LayoutCell[], edges: LayoutFlowEdge[]) => FlowLanePlacement;

/** How {@link placeRows} lays out the lanes that lay themselves out and the touchpoints lane of a drawn flow; a layout cache sets both. */
export interface PlaceWith {
  draw?: DrawWith;
  placeFlow?: PlaceFlowWith;
}

function placeOne(
  phase: Placing,
  row: Row,
  module: LaneModule,
  content: MeasuredLane | undefined,
  lane: { id: string; name: string },
  y: number,
  out: PlacedRows,
  r: number | undefined,
  using: Required<PlaceWith>,
) {
  const { columns, options, fonts, wrap, flow } = phase;
  const { margin, gap, padding, labelWidth } = options;
  const cells = out.cells;
  if (content === undefined) {
    const drawn = using.draw(module as DrawLane, { ...phase, top: y, name: lane.name });
    if (drawn.cells) for (const c of drawn.cells) cells.push(c);
    return drawn;
  }
  const height =
    flow && module.id === "touchpoints"
      ? using.placeFlow({ content, laneId: lane.id, top: y, row, columns, options, wrap, fonts, flow, ...(r === undefined ? {} : { rowIndex: r }) }, cells, out.edges).height
      : (content.place ?? placeLane)(content, lane.id, y, row.pieces, columns, options, wrap, cells);
  const place = { laneId: lane.id, x: margin, y: y + gap, width: labelWidth, padding };
  const label = textCell(wrap, "lane", lane.id, [{ text: lane.name, font: fonts.heading }], place);
  return { height: Math.max(height, round2(label.height + 2 * gap)), label, emotion: undefined };
}

/** What a lane of one row sees: only that row's touchpoints, columns and emotion values. */
function rowView(phase: Placing, row: Row): Placing {
  const { plan, columns, emotions } = phase;
  let before = 0;
  let inside = 0;
  const touchpointOf = plan.touchpointOf.map((t, c) => {
    if (t === undefined) return undefined;
    if (c < row.first) before++;
    else if (c <= row.last) inside++;
    return c < row.first || c > row.last ? undefined : t;
  });
  const last = row.last;
  const right = last < row.first ? columns.left - phase.options.gap : (columns.xs[last] as number) + (columns.widths[last] as number);
  // Stages clipped to the row (a split stage keeps its piece here; a stage of another row is empty: last < first).
  const groups = plan.groups.map((g) => ({ ...g, first: Math.max(g.first, row.first), last: Math.min(g.last, row.last) }));
  const groupX = groups.map((g) => (g.first <= g.last ? (columns.xs[g.first] as number) : 0));
  const groupWidth = groups.map((g) => (g.first <= g.last ? (columns.xs[g.last] as number) + (columns.widths[g.last] as number) - (columns.xs[g.first] as number) : 0));
  return {
    ...phase,
    plan: { ...plan, touchpointOf, groups },
    columns: { ...columns, right, groupX, groupWidth },
    emotions: {
      touchpointIds: emotions.touchpointIds.slice(before, before + inside),
      series: emotions.series.map((s) => ({ ...s, values: s.values.slice(before, before + inside) })),
    },
  };
}
