export type { BlueprintLineKind, LayoutArrow, LayoutBadge, LayoutBlueprint, LayoutBlueprintLine, LayoutPointXY } from "./blueprint/types";
export { BLUEPRINT_LANES, BUILT_IN_LANES, DEFAULT_LANES, type BuiltInLaneId, type FillToken, type LaneCellKind } from "./lanes/index";
export { layoutJourneyMap } from "./layout-journey-map";
export { normalizeLayoutOptions } from "./normalize-options";
export {
  DEFAULT_LAYOUT_OPTIONS,
  type LayoutFontSizes,
  type LayoutJourneyMapOptions,
  type LayoutOptions,
  type ResolvedLane,
  type ResolvedLayoutOptions,
} from "./options";
export * from "./text/index";
export type {
  BarTone,
  CellKind,
  FlowRoute,
  JourneyLayout,
  LayoutCell,
  LayoutColumn,
  LayoutEmotion,
  LayoutFlow,
  LayoutFlowEdge,
  LayoutFlowSummary,
  LayoutGlyph,
  LayoutLane,
  LayoutLine,
  LayoutMeasuredPoint,
  LayoutMeasuredSegment,
  LayoutPoint,
  LayoutRow,
  LayoutSeries,
  LayoutStage,
  LayoutSummary,
  LayoutTick,
  PointShape,
} from "./types";
