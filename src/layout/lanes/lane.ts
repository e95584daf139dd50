import type { JourneyAnalytics } from "../../measure/journey-analytics";
import type { JourneyMap } from "../../model/journey-map";
import type { Touchpoint } from "../../model/touchpoint";
import type { ColumnPlan } from "../columns";
import type { FlowPlan } from "../flow/plan-flow";
import type { EmotionValues } from "../emotion-values";
import type { Fonts } from "../fonts";
import type { ItemSink } from "../measured-items";
import type { BoxMemo } from "../stack-cells";
import type { ResolvedLayoutOptions } from "../options";
import type { Placements } from "../placement";
import type { ColumnScale } from "../scales";
import type { Wrap } from "../wrap";
import type { LayoutCell, LayoutEmotion } from "../types";

/**
 * The theme token that fills a kind of box. The names are {@link Theme} tokens; the
 * renderer's typecheck fails if a lane names one the theme lacks.
 */
export type FillToken = "background" | "labelFill" | "stageFill" | "touchpointFill" | "itemFill" | "painFill" | "opportunityFill" | "momentFill" | "legendFill";

/** What a lane's items are made from. */
export interface LaneContext {
  map: JourneyMap;
  plan: ColumnPlan;
  fonts: Fonts;
  /** The lane being laid out: the module's id, or a custom lane's own id. */
  laneId: string;
}

/** What placing needs: everything decided before it (the plan, the columns, the fonts, the emotion values). */
export interface Placing {
  map: JourneyMap;
  plan: ColumnPlan;
  columns: ColumnScale;
  options: ResolvedLayoutOptions;
  fonts: Fonts;
  wrap: Wrap;
  /** The emotion values of the map, computed once for the lane and the summary alike. */
  emotions: EmotionValues;
  /** The flow to draw; absent when it is the plain chain of the touchpoints. */
  flow?: FlowPlan;
}

/** What a lane with a layout of its own (the emotion curve) gets from the rest of the layout. */
export interface DrawLaneInput extends Placing {
  /** Top of the lane. */
  top: number;
  /** The lane's name, for its label. */
  name: string;
  /** Where the lane's stacked boxes get their cells: a renderer's, which hands back the previous call's cell of an unchanged box (see `stackCells`). */
  boxes?: BoxMemo;
}

/** A lane with a layout of its own: its height, its label, and what it draws. */
export interface DrawnLane {
  height: number;
  label: LayoutCell;
  emotion?: LayoutEmotion;
  /** Boxes the lane made in place, added to the layout's `cells`. */
  cells?: LayoutCell[];
}

interface LaneBase<Id extends string, Kind extends string> {
  id: Id;
  /** The name drawn in the lane's label. */
  label: string;
  /** Whether the lane is shown when `options.lanes` is left out. */
  default: boolean;
  /** For a lane that is not `default`: whether it is shown when `options.lanes` is left out, given the map and the measurements passed in. */
  shownWhen?: (map: JourneyMap, analytics: JourneyAnalytics | undefined) => boolean;
  /** The kinds of box the lane draws, each with the theme token it is filled with. */
  cells: { readonly [K in Kind]: FillToken };
  /** Whether some of the lane's items belong in no stage, so the columns end with the journey column. */
  needsJourneyColumn?: (places: Placements) => boolean;
  /** For a lane with a layout of its own: whether it has something to draw for the planned columns (with `lanes: "auto"`, a lane without is left out). */
  hasContent?: (map: JourneyMap, plan: ColumnPlan) => boolean;
}

/** A lane of boxes: it hands its items to the layout, which measures and places them. */
export interface ItemLane<Id extends string = string, Kind extends string = string> extends LaneBase<Id, Kind> {
  items(context: LaneContext, sink: ItemSink<Kind>): void;
  draw?: undefined;
}

/** A lane that lays itself out once the columns have their positions (the emotion curve). */
export interface DrawLane<Id extends string = string, Kind extends string = string> extends LaneBase<Id, Kind> {
  draw(input: DrawLaneInput): DrawnLane;
  items?: undefined;
}

/** One lane module: id, label, the kinds of box it draws and their fills, and its items or its own layout. */
export type LaneModule<Id extends string = string, Kind extends string = string> = ItemLane<Id, Kind> | DrawLane<Id, Kind>;

/** Returns `lane` as it is, with its id and cell kinds inferred as literal types. */
export function defineLane<const Id extends string, const Kind extends string>(lane: LaneModule<Id, Kind>): LaneModule<Id, Kind> {
  return lane;
}

/** Calls `fn` with each touchpoint that has a column, and that column, left to right. */
export function eachTouchpoint(context: LaneContext, fn: (tp: Touchpoint, column: number) => void): void {
  const { map, plan } = context;
  for (let c = 0; c < plan.touchpointOf.length; c++) {
    const t = plan.touchpointOf[c];
    if (t !== undefined) fn(map.touchpoints[t] as Touchpoint, c);
  }
}
