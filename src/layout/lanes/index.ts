import type { JourneyAnalytics } from "../../measure/journey-analytics";
import type { JourneyMap } from "../../model/journey-map";
import type { FillToken, LaneModule } from "./lane";
import { CUSTOM_LANE_MODULE, LANE_MODULES } from "./registry";

export type { DrawLane, DrawLaneInput, DrawnLane, FillToken, ItemLane, LaneContext, LaneModule } from "./lane";
export { CUSTOM_LANE_MODULE, LANE_MODULES } from "./registry";

type Modules = (typeof LANE_MODULES)[number] | typeof CUSTOM_LANE_MODULE;

/** The name of a built-in lane. */
export type BuiltInLaneId = (typeof LANE_MODULES)[number]["id"];

/** The kinds of box the lanes draw (every kind but the title's and the lane labels'). */
export type LaneCellKind = Modules extends infer M ? (M extends LaneModule<string, infer K> ? K : never) : never;

const byId = /* @__PURE__ */ new Map<string, LaneModule>(LANE_MODULES.map((lane) => [lane.id, lane]));

/**
 * The built-in lanes a layout can show, with the name drawn in their label.
 *
 * @example
 * ```ts
 * import { BUILT_IN_LANES, layoutJourneyMap } from "journeykit";
 *
 * const everything = layoutJourneyMap(map, { lanes: [...Object.keys(BUILT_IN_LANES), ...map.lanes.map((l) => l.id)] });
 * ```
 */
export const BUILT_IN_LANES: Readonly<Record<BuiltInLaneId, string>> = Object.fromEntries(LANE_MODULES.map((lane) => [lane.id, lane.label])) as Record<BuiltInLaneId, string>;

/**
 * The lanes a layout shows when `options.lanes` is left out, in order.
 *
 * @example
 * ```ts
 * import { DEFAULT_LANES, layoutJourneyMap } from "journeykit";
 *
 * const withMetrics = layoutJourneyMap(map, { lanes: [...DEFAULT_LANES, "metrics"] });
 * ```
 */
export const DEFAULT_LANES: readonly BuiltInLaneId[] = LANE_MODULES.filter((lane) => lane.default).map((lane) => lane.id);

/**
 * The lanes of `view: "blueprint"`, in order: the stages and touchpoints, the physical
 * evidence, the customer's actions, the frontstage, backstage and support steps, and the
 * time lane. Like `"auto"`, the view leaves out the lanes with nothing in them.
 *
 * @example
 * ```ts
 * import { BLUEPRINT_LANES, layoutJourneyMap } from "journeykit";
 *
 * const withPains = layoutJourneyMap(map, { lanes: [...BLUEPRINT_LANES, "painPoints"] });
 * ```
 */
export const BLUEPRINT_LANES: readonly BuiltInLaneId[] = ["stages", "touchpoints", "props", "actions", "frontstage", "backstage", "support", "time"];

/** Returns the lanes shown when `options.lanes` is left out: {@link DEFAULT_LANES} and each lane whose `shownWhen` says so, in registry order. */
export function defaultLanesFor(map: JourneyMap, analytics: JourneyAnalytics | undefined): readonly BuiltInLaneId[] {
  const extra = LANE_MODULES.filter((lane: LaneModule) => !lane.default && lane.shownWhen?.(map, analytics));
  if (extra.length === 0) return DEFAULT_LANES;
  return LANE_MODULES.filter((lane: LaneModule) => lane.default || extra.includes(lane as never)).map((lane) => lane.id);
}

/** Returns whether `id` names a built-in lane. */
export function isBuiltInLane(id: string): id is BuiltInLaneId {
  return byId.has(id);
}

/** Returns the module of a lane: the built-in one of that id, or the custom-lane module. */
export function laneModule(lane: { id: string; custom: boolean }): LaneModule {
  return (lane.custom ? undefined : byId.get(lane.id)) ?? CUSTOM_LANE_MODULE;
}

/** The theme token that fills each kind of box the lanes draw, from every lane module's `cells`. */
export const LANE_CELL_FILLS: Readonly<Record<LaneCellKind, FillToken>> = /* @__PURE__ */ Object.assign({}, ...[...LANE_MODULES, CUSTOM_LANE_MODULE].map((lane) => lane.cells));
