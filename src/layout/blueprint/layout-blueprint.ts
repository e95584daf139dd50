import type { JourneyMap } from "../../model/journey-map";
import { round2 } from "../cell";
import { makeFonts } from "../fonts";
import type { ResolvedLayoutOptions } from "../options";
import { measureText } from "../text/index";
import type { JourneyLayout } from "../types";
import { badgeRadius, layoutBadges, STEP_LANES } from "./layout-badges";
import { layoutLines } from "./layout-lines";
import { routeArrows } from "./route-arrows";
import type { LayoutBlueprint } from "./types";

const BLUEPRINT_LANE_IDS = [...STEP_LANES, "props", "time"];

/** Returns whether a layout with these (resolved) options shows a lane of the service blueprint, and so draws its lines, arrows and badges. */
export function showsBlueprint(options: ResolvedLayoutOptions): boolean {
  return options.lanes.some((l) => !l.custom && BLUEPRINT_LANE_IDS.includes(l.id));
}

/**
 * Returns what a placed layout draws of the service blueprint besides its boxes — the lines
 * between layers, the dependency arrows and the badges — or `undefined` when no blueprint
 * lane is shown. Reads only the placed lanes and cells, so the boxes are where they would
 * be without it.
 */
export function layoutBlueprint(map: JourneyMap, layout: JourneyLayout, options: ResolvedLayoutOptions): LayoutBlueprint | undefined {
  if (!showsBlueprint(options)) return undefined;
  const fonts = makeFonts(options);
  const r = badgeRadius(options.gap, options.padding);
  const arrowSize = round2(Math.max(3, Math.min(6, options.gap - 1)));
  return {
    lines: layoutLines(layout, options, fonts, options.measureText ?? measureText),
    arrows: routeArrows(map, layout, options.gap, r + 2, arrowSize),
    badges: layoutBadges(map, layout, r),
    arrowSize,
  };
}
