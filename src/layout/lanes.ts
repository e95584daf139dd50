/** The built-in lanes a layout can show, with the name drawn in their label. */
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

/** The lanes a layout shows when `options.lanes` is left out, in order. */
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
