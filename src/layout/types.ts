import type { FlowEdgeKind } from "../model/flow-graph";
import type { FlowRoute } from "./flow/plan-flow";
import type { LayoutBlueprint } from "./blueprint/types";
import type { LaneCellKind } from "./lanes/index";
import type { FontSpec } from "./text/types";

/**
 * One line of text, already wrapped: drawn from `x` (its left end) on the alphabetic
 * baseline `y`. With Liberation Sans a line occupies `[y − 0.905·size, y + 0.212·size]`.
 */
export interface LayoutLine {
  x: number;
  /** The alphabetic baseline. */
  y: number;
  text: string;
  font: FontSpec;
  /** Secondary text (a channel, a severity): drawn in the theme's muted colour. */
  muted?: boolean;
}

/**
 * The kinds of box a layout holds; a renderer styles boxes by kind. The map's title, the
 * lane labels, the labels of flow edges, and every kind a lane module declares in its `cells`.
 */
export type CellKind = "title" | "lane" | "flow-label" | LaneCellKind;

/**
 * What a bar segment shows, which the renderer paints: the empty `track` behind a bar, a
 * measured share (`value`), and the bottom, neutral and top box of a survey's answers.
 */
export type BarTone = "track" | "value" | "bottom" | "neutral" | "top";

/**
 * A small drawing inside a cell: a point symbol, a sample of a curve's stroke, or a
 * segment of a bar (a rectangle; its share is also written in the cell's text, so colour
 * never carries it alone).
 */
export type LayoutGlyph =
  | { type: "symbol"; shape: PointShape; x: number; y: number }
  | { type: "stroke"; series: number; x1: number; y1: number; x2: number; y2: number }
  | { type: "bar"; tone: BarTone; x: number; y: number; width: number; height: number };

/**
 * A box with text in it. `entityId` names the entity the box shows (a touchpoint for its
 * actions, thoughts and feelings and its custom-lane notes; a stage for its metrics; the
 * pain point, opportunity, team or evidence itself otherwise; the lane for a lane label;
 * the map for the title). Every line lies inside the box, `padding` away from its edges.
 */
export interface LayoutCell {
  kind: CellKind;
  entityId: string;
  /** The lane the box belongs to (`"title"` for the map's title). */
  laneId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: LayoutLine[];
  /** The full text, present only when `maxLines` cut a paragraph short. */
  fullText?: string;
  glyphs?: LayoutGlyph[];
  /** `"dashed"`: the box is drawn with a dashed outline (a designed touchpoint no case reached). */
  outline?: "dashed";
}

/** A column: one touchpoint, an empty stage, or the trailing column of unplaced items. */
export interface LayoutColumn {
  kind: "touchpoint" | "empty-stage" | "journey";
  /** The stage the column belongs to (absent for the `journey` column). */
  stageId?: string;
  /** The touchpoint the column shows (only for `touchpoint` columns). */
  touchpointId?: string;
  x: number;
  width: number;
  /** The row the column sits in; present only with `wrap`. */
  row?: number;
}

/**
 * The horizontal extent of a stage: the columns of its touchpoints. With `wrap`, a stage
 * too wide for a row has one entry per row it takes, left to right.
 */
export interface LayoutStage {
  stageId: string;
  x: number;
  width: number;
  /** The row; present only with `wrap`. */
  row?: number;
}

/** A row of stages (only with `wrap`): its lanes, from `y` down `height` px, and its emotion curve. */
export interface LayoutRow {
  y: number;
  height: number;
  emotion?: LayoutEmotion;
}

/** A row of the map. */
export interface LayoutLane {
  /** A built-in lane name (`"actions"`) or a custom lane's id. */
  id: string;
  custom: boolean;
  name: string;
  y: number;
  height: number;
  /** The box with the lane's name, in the label column. */
  label: LayoutCell;
  /** The row of stages the lane belongs to; present only with `wrap` (every row repeats the lanes). */
  row?: number;
}

/** The shape of a point: by sentiment, so that colour never carries meaning alone. */
export type PointShape = "circle" | "triangle-up" | "triangle-down" | "diamond" | "star";

/** One point of an emotion curve. */
export interface LayoutPoint {
  touchpointId: string;
  x: number;
  y: number;
  emotion: number;
  shape: PointShape;
}

/** One emotion curve: what a persona felt, or expected, along the touchpoints. */
export interface LayoutSeries {
  kind: "actual" | "expected";
  /** The persona, or absent for "the customer" of a map without personas. */
  personaId?: string;
  name: string;
  /** Position in the legend and the theme's curve palette. */
  index: number;
  /** SVG path data; breaks where a touchpoint has no emotion. Empty when nothing to draw. */
  path: string;
  /** Stroke dash pattern in px (empty for a solid line), distinct per curve. */
  dash: number[];
  points: LayoutPoint[];
}

/** A tick of the emotion axis. */
export interface LayoutTick {
  value: number;
  y: number;
  /** The label, drawn with its left end at `x` on baseline `baseline`. */
  label: LayoutLine;
}

/** One measured emotion: a survey's mean as an emotion, with its 95% interval (a whisker from `yLow` to `yHigh`). */
export interface LayoutMeasuredPoint {
  touchpointId: string;
  /** The survey it comes from. */
  surveyId: string;
  /** The curve (by index) whose persona answered; its colour draws the point. */
  series: number;
  x: number;
  y: number;
  emotion: number;
  /** The y of the interval's low and high end. */
  yLow: number;
  yHigh: number;
  /** The (effective) number of answers. */
  n: number;
  /** Fewer answers than `minN`: drawn hollow, with dashed segments to its neighbours. */
  hollow: boolean;
}

/** A straight segment between two measured points of one curve; dashed where either end is hollow. */
export interface LayoutMeasuredSegment {
  series: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  dashed: boolean;
}

/** The emotion lane's drawing: curves over a linear 1–5 scale. */
export interface LayoutEmotion {
  laneId: "emotion";
  /** The plot area: `y` is where emotion 5 sits, `y + height` where 1 does. */
  plot: { x: number; y: number; width: number; height: number };
  ticks: LayoutTick[];
  series: LayoutSeries[];
  /** Path data of each point shape, centred on 0,0; draw translated to a point. */
  symbols: Record<PointShape, string>;
  /** Labels of the moments of truth (with a star), legend entries and the answer counts of measured points. */
  cells: LayoutCell[];
  /** Emotions measured by surveys, present only where the map has surveys on drawn touchpoints. */
  measured?: { points: LayoutMeasuredPoint[]; segments: LayoutMeasuredSegment[] };
}

export type { FlowRoute } from "./flow/plan-flow";

/**
 * One edge of the flow as drawn in the touchpoints lane: an orthogonal path from the border
 * of its `from` box to the border of its `to` box (`start` and `end`), where the
 * arrowhead goes. Along the tracks for the main path and the runs of a branch; as an arc in
 * the gutter above the touchpoints for a loop, below them for any other edge.
 */
export interface LayoutFlowEdge {
  from: string;
  to: string;
  kind: FlowEdgeKind;
  route: FlowRoute;
  /** SVG path data: moves and horizontal and vertical lines only. */
  path: string;
  /** SVG path data of the arrowhead: a closed triangle whose tip is `end`, pointing along the last piece of `path`. */
  arrow: string;
  start: { x: number; y: number };
  end: { x: number; y: number };
  /** The text written beside the edge: its label and share (`"Order ahead · 40%"`). */
  label?: string;
  /** The box of `label`, which overlaps no other box. */
  labelBox?: LayoutCell;
  /** The row of stages the edge is drawn in; present only with `wrap` (edges between rows are not drawn). */
  row?: number;
}

/**
 * The flow of a map as drawn, present only when the flow is not the plain chain of its
 * touchpoints and the touchpoints lane is shown.
 */
export interface LayoutFlow {
  /** The drawn edges, in `flowGraph` order (row by row with `wrap`). */
  edges: LayoutFlowEdge[];
  /** The main path, then each other way through with the touchpoints it leaves from and rejoins at: touchpoint ids, left to right. Each has its emotion curve. */
  paths: string[][];
  /** The track each touchpoint sits on in the touchpoints lane: 0 for the main path, 1, 2, … below it. */
  tracks: { touchpointId: string; track: number }[];
}

/** How much of a journey is not a straight line: counted from the flow, for the SVG's `<desc>`. */
export interface LayoutFlowSummary {
  /** Touchpoints where the journey branches (two or more ways forward). */
  branches: number;
  /** Edges back to an earlier touchpoint (or the same one). */
  loops: number;
  /** Touchpoints customers may skip. */
  optional: number;
}

/** Numbers behind the SVG's `<desc>`. */
export interface LayoutSummary {
  title: string;
  /** The map's `accTitle`, which the SVG's `<title>` shows instead of `title`. */
  accTitle?: string;
  /** The map's `accDescr`, which the SVG's `<desc>` shows instead of a generated description. */
  accDescr?: string;
  stageNames: string[];
  touchpointCount: number;
  painPointCount: number;
  opportunityCount: number;
  lowest?: { touchpointId: string; name: string; emotion: number };
  highest?: { touchpointId: string; name: string; emotion: number };
  /** How the journey branches and loops; present only when the flow is drawn. */
  flow?: LayoutFlowSummary;
}

/**
 * A journey map laid out: plain numbers and strings only, so `JSON.stringify` round-trips
 * it and any renderer (SVG, canvas, a component tree) can draw it without measuring text.
 * Coordinates are in px with the origin at the top left.
 */
export interface JourneyLayout {
  mapId: string;
  width: number;
  height: number;
  /** The CSS font stack the text was measured for. */
  fontFamily: string;
  padding: number;
  summary: LayoutSummary;
  title?: LayoutCell;
  columns: LayoutColumn[];
  stages: LayoutStage[];
  lanes: LayoutLane[];
  /** Every text box of every lane except the emotion lane's, lane by lane (row by row with `wrap`). */
  cells: LayoutCell[];
  /** The emotion lane's drawing (of the first row, with `wrap`; each row's is in `rows`). */
  emotion?: LayoutEmotion;
  /** The rows of stages, top to bottom; present only with `wrap`. */
  rows?: LayoutRow[];
  /** The flow's edges as drawn; present only when the map's flow is not the plain chain and the touchpoints lane is shown. */
  flow?: LayoutFlow;
  /** The lines, dependency arrows and badges of a service blueprint; present only when a blueprint lane is shown. */
  blueprint?: LayoutBlueprint;
}
