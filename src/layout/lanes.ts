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
export const BUILT_IN_LANES = {
  stages: "Stages",
  touchpoints: "Touchpoints",
  actions: "Actions",
  thoughts: "Thoughts",
  feelings: "Feelings",
  emotion: "Emotion",
  painPoints: "Pain points",
  opportunities: "Opportunities",
  owners: "Owners",
  metrics: "Metrics",
  evidence: "Evidence",
} as const;

/** The name of a built-in lane. */
export type BuiltInLaneId = keyof typeof BUILT_IN_LANES;

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
export const DEFAULT_LANES: readonly BuiltInLaneId[] = [
  "stages",
  "touchpoints",
  "actions",
  "thoughts",
  "feelings",
  "emotion",
  "painPoints",
  "opportunities",
  "owners",
];

/** Returns whether `id` names a built-in lane. */
export function isBuiltInLane(id: string): id is BuiltInLaneId {
  return Object.hasOwn(BUILT_IN_LANES, id);
}
