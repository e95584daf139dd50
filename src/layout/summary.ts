import type { JourneyMap } from "../model/journey-map";
import { sanitizeText } from "./text/index";
import type { LayoutSummary } from "./types";

type Point = { touchpointId: string; emotion: number };

/**
 * Returns the numbers a text description of the map needs: its stages, how many
 * touchpoints and pain points it has, and the lowest and highest of `points` (the first
 * emotion curve; the first such touchpoint on a tie).
 */
export function summarize(map: JourneyMap, points: readonly Point[]): LayoutSummary {
  const summary: LayoutSummary = {
    title: sanitizeText(map.title),
    stageNames: map.stages.map((s) => sanitizeText(s.name)),
    touchpointCount: map.touchpoints.length,
    painPointCount: map.painPoints.length,
    opportunityCount: map.opportunities.length,
    ...(map.accTitle?.trim() ? { accTitle: sanitizeText(map.accTitle) } : {}),
    ...(map.accDescr?.trim() ? { accDescr: sanitizeText(map.accDescr) } : {}),
  };
  if (points.length === 0) return summary;
  let low = points[0] as Point;
  let high = low;
  for (const p of points) {
    if (p.emotion < low.emotion) low = p;
    if (p.emotion > high.emotion) high = p;
  }
  const point = (p: Point) => ({ touchpointId: p.touchpointId, name: sanitizeText(map.touchpoints.find((t) => t.id === p.touchpointId)?.name ?? p.touchpointId), emotion: p.emotion });
  summary.lowest = point(low);
  summary.highest = point(high);
  return summary;
}
