export { BUILT_IN_LANES, DEFAULT_LANES, type BuiltInLaneId } from "./lanes";
export { layoutJourneyMap } from "./layout-journey-map";
export { normalizeLayoutOptions } from "./normalize-options";
export type { LayoutFontSizes, LayoutOptions, ResolvedLane, ResolvedLayoutOptions } from "./options";
export * from "./text/index";
export type {
  CellKind,
  JourneyLayout,
  LayoutCell,
  LayoutColumn,
  LayoutEmotion,
  LayoutGlyph,
  LayoutLane,
  LayoutLine,
  LayoutPoint,
  LayoutSeries,
  LayoutStage,
  LayoutSummary,
  LayoutTick,
  PointShape,
} from "./types";
