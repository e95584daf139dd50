import { formatCount } from "../analysis/format";
import { formatValue } from "../layout/format-value";
import type { LayoutSummary } from "../layout/types";

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * Returns a sentence or three that describe the journey in words, for the SVG's `<desc>`:
 * its stages, how many touchpoints, pain points and opportunities it has, and where the
 * emotion is lowest and highest.
 *
 * @example
 * ```ts
 * import { describeLayout, layoutJourneyMap } from "journeykit";
 *
 * describeLayout(layoutJourneyMap(map).summary);
 * // Journey map "Morning coffee": 5 stages (Awareness, ...), 12 touchpoints, 7 pain points and 5 opportunities. Lowest emotion 1 of 5 at "Queue"; highest 5 of 5 at "First sip".
 * ```
 */
export function describeLayout(summary: LayoutSummary): string {
  const stages = summary.stageNames.length
    ? `${plural(summary.stageNames.length, "stage", "stages")} (${summary.stageNames.join(", ")})`
    : "no stages";
  let text = `Journey map "${summary.title}": ${stages}, ${plural(summary.touchpointCount, "touchpoint", "touchpoints")}, ${plural(summary.painPointCount, "pain point", "pain points")} and ${plural(summary.opportunityCount, "opportunity", "opportunities")}.`;
  if (summary.lowest && summary.highest) {
    text += ` Lowest emotion ${formatValue(summary.lowest.emotion)} of 5 at "${summary.lowest.name}"; highest ${formatValue(summary.highest.emotion)} of 5 at "${summary.highest.name}".`;
  } else {
    text += " No emotions recorded.";
  }
  return text;
}
