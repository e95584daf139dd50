import type { JourneyMap } from "../model/journey-map";
import type { EmotionValues } from "./emotion-values";
import { sanitizeText } from "./text/index";
import type { LayoutSummary } from "./types";

/**
 * Returns the numbers a text description of the map needs: its stages, how many
 * touchpoints and pain points it has, and the lowest and highest emotion of the first
 * curve of `emotions` (the first such touchpoint on a tie) — the curve the emotion lane
 * draws first, whether or not the lane is shown.
 */
export function summarize(map: JourneyMap, emotions: EmotionValues): LayoutSummary {
  const summary: LayoutSummary = {
    title: sanitizeText(map.title),
    stageNames: map.stages.map((s) => sanitizeText(s.name)),
    touchpointCount: map.touchpoints.length,
    painPointCount: map.painPoints.length,
    opportunityCount: map.opportunities.length,
    ...(map.accTitle?.trim() ? { accTitle: sanitizeText(map.accTitle) } : {}),
    ...(map.accDescr?.trim() ? { accDescr: sanitizeText(map.accDescr) } : {}),
  };
  const values = emotions.series[0]?.values ?? [];
  let low = -1;
  let high = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined) continue;
    if (low < 0 || v < (values[low] as number)) low = i;
    if (high < 0 || v > (values[high] as number)) high = i;
  }
  if (low < 0) return summary;
  const point = (i: number) => {
    const id = emotions.touchpointIds[i] as string;
    return { touchpointId: id, name: sanitizeText(map.touchpoints.find((t) => t.id === id)?.name ?? id), emotion: values[i] as number };
  };
  summary.lowest = point(low);
  summary.highest = point(high);
  return summary;
}
